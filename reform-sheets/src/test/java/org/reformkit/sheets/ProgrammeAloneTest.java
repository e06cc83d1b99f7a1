package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ReformProgramme;

/** A programme alone, without a report, is written and read back; a report is not taken for one. */
class ProgrammeAloneTest {
  @TempDir Path directory;

  private static byte[] workbook(ReformProgramme programme) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReformSheets.writer().write(programme, out);
    return out.toByteArray();
  }

  private static ReformProgramme read(byte[] xlsx) {
    return ReformSheets.reader().readProgramme(new ByteArrayInputStream(xlsx));
  }

  @Test
  void everyProgrammeReadsBackEqualFromAWorkbook() {
    TestSizes.qt()
        .withShrinkCycles(0)
        .withFixedSeed(2016L)
        .withExamples(TestSizes.examples(100))
        .forAll(ModelGenerators.programme())
        .assuming(RoundTripTest::programmeIdentifiersAreDistinct)
        .checkAssert(p -> assertThat(read(workbook(p))).isEqualTo(p));
  }

  @Test
  void theFixtureProgrammeReadsBackEqualFromCsvFilesAndFromAFile() {
    ReformProgramme programme = Fixture.programme();
    Path csv = directory.resolve("csv");
    ReformSheets.writer().withLanguage(Locale.FRENCH).write(programme, csv);
    assertThat(ReformSheets.reader().readProgramme(csv)).isEqualTo(programme);
    Path xlsx = directory.resolve("programme.xlsx");
    ReformSheets.writer().write(programme, xlsx);
    assertThat(ReformSheets.reader().readProgramme(xlsx)).isEqualTo(programme);
  }

  @Test
  void aWorkbookOfAProgrammeAloneIsNotReadAsAReport() {
    byte[] alone = workbook(Fixture.programme());
    ReformSheetsException e =
        catchThrowableOfType(
            ReformSheetsException.class,
            () -> ReformSheets.reader().read(new ByteArrayInputStream(alone)));
    assertThat(e).hasMessage("workbook: no report: the sheet Report must have one row");
  }

  @Test
  void aWorkbookOfAReportIsNotReadAsAProgrammeAlone() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReformSheets.writer().write(Fixture.report(), out);
    ReformSheetsException e =
        catchThrowableOfType(ReformSheetsException.class, () -> read(out.toByteArray()));
    assertThat(e)
        .hasMessageStartingWith(
            "workbook: a report: the sheet Report has a row; read the workbook");
  }

  @Test
  void aProgrammeAloneWithoutItsRowIsAProblem() {
    Workbook w = Workbook.of(Fixture.report()).clear("Report").clear("Programme");
    ReformSheetsException e =
        catchThrowableOfType(ReformSheetsException.class, () -> read(w.bytes()));
    assertThat(e).hasMessage("workbook: no programme: the sheet Programme must have one row");
  }

  @Test
  void theRowsOfAPaperInAProgrammeAloneAreProblemsEachAtItsRow() {
    Workbook w =
        Workbook.of(Fixture.report())
            .clear("Report")
            .set("Contacts", 2, "name", "A. Person")
            .set("Footnotes", 2, "number", "1")
            .set("Footnotes", 2, "text.en", "A footnote")
            .set("Statements", 2, "holder", "report")
            .set("Statements", 2, "id", "s1")
            .set("Statements", 2, "kind", "context")
            .set("Statements", 2, "text.en", "Text")
            .set("References", 2, "element", "previousReport")
            .set("References", 2, "symbol", "GB.323/INS/9")
            .set("TextLists", 2, "element", "programme.policies[p].measures")
            .set("TextLists", 2, "text.en", "A measure")
            .set("Dimensions", 2, "element", "programme.indicators[x].measurements[0].dimensions")
            .set("Dimensions", 2, "dimension", "region")
            .set("Dimensions", 2, "value", "Africa");
    ReformSheetsException e =
        catchThrowableOfType(ReformSheetsException.class, () -> read(w.bytes()));
    List<String> problems = e.problems().stream().map(SheetProblem::toString).toList();
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("Contacts!2: a contact belongs to a report's"))
        .anySatisfy(p -> assertThat(p).startsWith("Footnotes!2: a footnote belongs to a report's"))
        .anySatisfy(
            p -> assertThat(p).startsWith("Statements!2: a statement of the report belongs to"))
        .anySatisfy(p -> assertThat(p).startsWith("References!A2: no element has the list"))
        .anySatisfy(p -> assertThat(p).startsWith("TextLists!A2: no element has the list"))
        .anySatisfy(p -> assertThat(p).startsWith("Dimensions!A2: no element has the list"));
    assertThat(new HashSet<>(problems)).hasSameSizeAs(problems);
  }
}
