package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.PostSummary;
import org.reformkit.core.model.ProgressReport;

/**
 * Every analysis and the validation, printed in English and Chinese, compared character for
 * character with the expected printouts under {@code src/test/resources/.../printed/}.
 *
 * <p>{@code handBuilt.txt} is the hand-built report of {@link Fixtures}, checked by hand. {@code
 * generated.txt} is a characterization of reports from {@link ProgrammeGenerator} with a fixed
 * seed: it pins every figure, label and finding the code gives today, so that a change to any of
 * them is noticed. After an intended change, review the difference and rewrite the files with
 * {@code -Dreformkit.printed.update=true}.
 */
class PrintedResultsTest {
  private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.CHINESE};

  @Test
  void handBuiltReportPrintsAsCheckedByHand() throws IOException {
    ProgressReport november = Fixtures.report();
    ProgressReport march = november.withAsOf(Fixtures.date("2015-03"));

    assertPrinted("handBuilt.txt", everything(march, november));
  }

  @Test
  void generatedReportsPrintAsBefore() throws IOException {
    List<ProgressReport> reports = new ArrayList<>();
    qt().withExamples(12)
        .withFixedSeed(20260125L)
        .forAll(ProgrammeGenerator.reports())
        .checkAssert(reports::add);
    StringBuilder printed = new StringBuilder();
    for (int i = 0; i < reports.size(); i++) {
      printed.append("######## report ").append(i).append('\n');
      printed.append(
          everything(reports.get((i + reports.size() - 1) % reports.size()), reports.get(i)));
    }

    assertPrinted("generated.txt", printed.toString());
  }

  private static String everything(ProgressReport older, ProgressReport report) {
    StringBuilder b = new StringBuilder();
    PostSummary posts = Analyses.postSummary(report);
    for (Locale locale : LOCALES) {
      b.append("== post summary ").append(locale).append('\n').append(posts.toTable(locale));
      b.append("-- entries\n").append(posts.entriesTable(locale));
      b.append("-- stated totals\n").append(posts.statedTotalsTable(locale));
      b.append("== phase timeline ")
          .append(locale)
          .append('\n')
          .append(Analyses.phaseTimeline(report).toTable(locale));
      b.append("== indicator progress ")
          .append(locale)
          .append('\n')
          .append(Analyses.indicatorProgress(report).toTable(locale));
      b.append("== programme progress ")
          .append(locale)
          .append('\n')
          .append(Analyses.programmeProgress(report).toTable(locale));
      b.append("== comparison ")
          .append(locale)
          .append('\n')
          .append(Analyses.compare(older, report).toTable(locale));
      b.append("== validation ")
          .append(locale)
          .append('\n')
          .append(RuleSet.standard().validate(report, locale).table());
    }
    b.append("== printed as themselves\n")
        .append(posts)
        .append('\n')
        .append(Analyses.phaseTimeline(report))
        .append('\n')
        .append(Analyses.indicatorProgress(report))
        .append('\n')
        .append(Analyses.programmeProgress(report))
        .append('\n')
        .append(Analyses.compare(older, report))
        .append('\n')
        .append(RuleSet.standard().validate(report, Locale.ENGLISH))
        .append('\n');
    return b.toString();
  }

  private static void assertPrinted(String name, String actual) throws IOException {
    if (Boolean.getBoolean("reformkit.printed.update")) {
      Files.writeString(
          Path.of("src/test/resources/org/reformkit/core/rules/printed").resolve(name), actual);
    }
    String expected;
    try (InputStream in = PrintedResultsTest.class.getResourceAsStream("printed/" + name)) {
      assertThat(in).as("expected printout %s", name).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(expected);
  }
}
