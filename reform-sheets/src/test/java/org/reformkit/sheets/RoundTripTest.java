package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;

class RoundTripTest {
  @TempDir Path directory;

  // no shrinking: each step of it writes and reads a workbook, and a failure prints its report
  // whole

  @Test
  void everyReportReadsBackEqualFromAWorkbook() {
    TestSizes.qt()
        .withShrinkCycles(0)
        .withFixedSeed(20151101L)
        .withExamples(TestSizes.examples(300))
        .forAll(ModelGenerators.report())
        .assuming(RoundTripTest::identifiersAreDistinct)
        .checkAssert(
            report -> assertThat(throughWorkbook(report, Locale.ENGLISH)).isEqualTo(report));
  }

  @Test
  void everyReportReadsBackEqualFromCsvFilesWithHeadersInAnotherLanguage() {
    TestSizes.qt()
        .withShrinkCycles(0)
        .withFixedSeed(325L)
        .withExamples(TestSizes.examples(100))
        .forAll(ModelGenerators.report())
        .assuming(RoundTripTest::identifiersAreDistinct)
        .checkAssert(
            report -> {
              Path target = directory.resolve("csv-" + System.nanoTime());
              ReformSheets.writer().withLanguage(Locale.FRENCH).write(report, target);
              assertThat(ReformSheets.reader().read(target)).isEqualTo(report);
            });
  }

  @Test
  void aWorkbookWithChineseHeadersReadsBackEqual() {
    ProgressReport report = Fixture.report();
    assertThat(throughWorkbook(report, Locale.CHINESE)).isEqualTo(report);
    assertThat(throughWorkbook(report, Locale.forLanguageTag("es"))).isEqualTo(report);
  }

  static ProgressReport throughWorkbook(ProgressReport report, Locale language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReformSheets.writer().withLanguage(language).write(report, out);
    return ReformSheets.reader().read(new ByteArrayInputStream(out.toByteArray()));
  }

  /**
   * Whether each row of the workbook has a key of its own: two commitments (or two phases of one
   * commitment, two footnotes, ...) with the same identifier are one element to a spreadsheet,
   * which the reader reports; the generators draw identifiers at random and rarely repeat one.
   */
  static boolean identifiersAreDistinct(ProgressReport report) {
    return programmeIdentifiersAreDistinct(report.programme())
        && distinct(report.document().footnotes().stream().map(Footnote::number).toList())
        && statementsDistinct(report.statements());
  }

  static boolean programmeIdentifiersAreDistinct(ReformProgramme p) {
    return distinct(p.commitments().stream().map(c -> c.id().value()).toList())
        && distinct(p.postLines().stream().map(c -> c.id().value()).toList())
        && distinct(p.posts().stream().map(c -> c.id().value()).toList())
        && distinct(p.indicators().stream().map(c -> c.id().value()).toList())
        && distinct(p.policies().stream().map(c -> c.id().value()).toList())
        && distinct(p.committees().stream().map(c -> c.id().value()).toList())
        && distinct(p.recommendations().listed().stream().map(r -> r.id().value()).toList())
        && statementsDistinct(p.statements())
        && p.commitments().stream().allMatch(RoundTripTest::distinctWithin);
  }

  private static boolean distinctWithin(Commitment c) {
    return distinct(c.phases().stream().map(x -> x.id().value()).toList())
        && distinct(c.deliverables().stream().map(x -> x.id().value()).toList())
        && statementsDistinct(c.statements())
        && c.phases().stream()
            .allMatch(
                (Phase x) ->
                    distinct(x.deliverables().stream().map(d -> d.id().value()).toList())
                        && statementsDistinct(x.statements()));
  }

  private static boolean statementsDistinct(List<Statement> statements) {
    return distinct(statements.stream().map(s -> s.id().value()).toList());
  }

  private static boolean distinct(List<?> keys) {
    Set<Object> seen = new HashSet<>(keys);
    return seen.size() == keys.size();
  }
}
