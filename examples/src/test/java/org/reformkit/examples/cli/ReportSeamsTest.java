package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.examples.March2015Snapshot;
import org.reformkit.examples.SeedReport;
import org.reformkit.examples.dashboard.FindingRow;
import org.reformkit.json.ReformJsonException;

/** The three seams to reform-json, the rule engine and the analyses. */
class ReportSeamsTest {
  @TempDir Path dir;

  @Test
  void unreadableReportMessageNamesFilePointerLineAndColumnInOneLine() {
    Path file = Path.of("reports", "2016-03.json");
    assertThat(
            new UnreadableReportException(
                    file,
                    "not a reform document: expected a date",
                    Optional.of("/asOf"),
                    OptionalInt.of(3),
                    OptionalInt.of(12),
                    null)
                .oneLine())
        .isEqualTo(
            "reports/2016-03.json: not a reform document: expected a date at /asOf (line 3, column 12)");
    assertThat(new UnreadableReportException(file, "no such file").oneLine())
        .isEqualTo("reports/2016-03.json: no such file");
    assertThat(
            new UnreadableReportException(
                    file, "bad", Optional.of(""), OptionalInt.empty(), OptionalInt.empty(), null)
                .oneLine())
        .isEqualTo("reports/2016-03.json: bad at /");
  }

  @Test
  void readingKeepsTheBindingsPointerLineAndColumn() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"asOf\": 2015-11}");
    UnreadableReportException e =
        catchThrowableOfType(UnreadableReportException.class, () -> ReportFiles.read(file));
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.reason()).isNotBlank();
    assertThat(e.pointer()).isPresent();
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).isPresent();
    assertThat(e.getCause()).isInstanceOf(ReformJsonException.class);
  }

  @Test
  void readingTheBundledSeedJsonGivesTheSeedReport() throws Exception {
    assertThat(
            ReportFiles.read(
                Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json")))
        .isEqualTo(SeedReport.november2015());
  }

  @Test
  void checksRunTheStandardRulesInTheGivenLanguage() {
    ProgressReport seed = SeedReport.november2015();
    assertThat(ReportChecks.check(seed, Optional.empty(), Locale.ENGLISH, Set.of()))
        .extracting(FindingRow::code)
        .isEqualTo(
            RuleSet.standard().validate(seed, Locale.ENGLISH).findings().stream()
                .map(Finding::code)
                .toList());
    List<FindingRow> zh = ReportChecks.check(seed, Optional.empty(), Locale.CHINESE, Set.of());
    List<FindingRow> en = ReportChecks.check(seed, Optional.empty(), Locale.ENGLISH, Set.of());
    assertThat(zh).hasSameSizeAs(en);
    assertThat(zh)
        .extracting(FindingRow::message)
        .isNotEqualTo(en.stream().map(FindingRow::message).toList());
  }

  @Test
  void checksRestrictedToRuleCodesReportOnlyThoseRules() {
    ProgressReport bad = badReport();
    List<FindingRow> findings =
        ReportChecks.check(
            bad, Optional.empty(), Locale.ENGLISH, Set.of("POST_LINE_COUNT_POSITIVE"));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("POST_LINE_COUNT_POSITIVE");
              assertThat(f.severity()).isEqualTo(FindingRow.Severity.ERROR);
              assertThat(f.path()).isEqualTo("postLines[field-technical]");
            });
  }

  @Test
  void catalogueListsEveryStandardRuleAndUnknownCodesAreFound() {
    assertThat(ReportChecks.catalogue(Locale.ENGLISH))
        .extracting(RuleRow::code)
        .containsExactlyElementsOf(RuleSet.standard().codes());
    assertThat(ReportChecks.catalogue(Locale.ENGLISH).get(0).severity())
        .isEqualTo(
            FindingRow.Severity.valueOf(
                RuleSet.standard().rules().get(0).defaultSeverity().name()));
    assertThat(
            ReportChecks.unknownCodes(
                new LinkedHashSet<>(List.of("PHASE_ORDER", "NO_SUCH", "ALSO_NOT"))))
        .containsExactly("NO_SUCH", "ALSO_NOT");
  }

  @Test
  void diffOfMarchAndNovemberIsTheAnalysesComparison() {
    StringWriter out = new StringWriter();
    ReportComparison changes =
        ReportAnalyses.diff(
            March2015Snapshot.reconstructed(),
            SeedReport.november2015(),
            Locale.ENGLISH,
            new PrintWriter(out));
    assertThat(changes)
        .isEqualTo(Analyses.compare(March2015Snapshot.reconstructed(), SeedReport.november2015()));
    assertThat(out.toString())
        .startsWith(
            "GB.323/INS/INF/2 (2015-03, reconstructed) -> GB.325/INS/15/1 (2015-11): 23 changes\n")
        .contains("commitments[bpr].phases[a].status")
        .endsWith(changes.toTable(Locale.ENGLISH).toString());
  }

  @Test
  void diffOfAReportWithItselfFindsNoChange() {
    StringWriter out = new StringWriter();
    ProgressReport seed = SeedReport.november2015();
    assertThat(ReportAnalyses.diff(seed, seed, Locale.ENGLISH, new PrintWriter(out)).isEmpty())
        .isTrue();
    assertThat(out.toString())
        .isEqualTo(
            "GB.325/INS/15/1 (2015-11) -> GB.325/INS/15/1 (2015-11): 0 changes"
                + System.lineSeparator());
  }

  static ProgressReport badReport() {
    try {
      return ReportFiles.read(badReportFile());
    } catch (UnreadableReportException e) {
      throw new AssertionError(e);
    }
  }

  static Path badReportFile() {
    try {
      return Path.of(ReportSeamsTest.class.getResource("post-line-counts-nothing.json").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
