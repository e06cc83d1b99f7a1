package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.examples.who.WhoEmro2015;
import org.reformkit.json.ReformJson;
import org.reformkit.sheets.ReformSheets;

/** {@code reform import}, {@code export}, {@code template}, and {@code validate} of a workbook. */
class SheetsCommandsTest {
  private static final String NL = System.lineSeparator();
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void exportThenImportOfAProgrammeAloneGivesTheProgramme() throws Exception {
    ReformProgramme programme = WhoEmro2015.programme();
    Path source = dir.resolve("emro.json");
    ReformJson.writer().forProgramme().write(programme, source);
    Path workbook = dir.resolve("emro.xlsx");
    Path json = dir.resolve("emro-back.json");

    assertThat(run("export", "--programme", source.toString(), "-o", workbook.toString())).isZero();
    assertThat(run("import", "--programme", workbook.toString(), "-o", json.toString())).isZero();

    assertThat(ReformSheets.reader().readProgramme(workbook)).isEqualTo(programme);
    assertThat(ReformJson.reader().forProgramme().read(json)).isEqualTo(programme);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void importOfAReportWorkbookAsAProgrammeSaysItHoldsAReport() {
    Path workbook = dir.resolve("seed.xlsx");
    assertThat(run("export", SEED_FILE.toString(), "-o", workbook.toString())).isZero();

    assertThat(run("import", "--programme", workbook.toString(), "-o", "x.json")).isEqualTo(2);

    assertThat(err.toString()).contains("a report: the sheet Report has a row");
  }

  @Test
  void exportThenImportGivesTheSeedAndDiffShowsNoChange() throws Exception {
    Path workbook = dir.resolve("seed.xlsx");
    Path json = dir.resolve("seed.json");

    assertThat(run("export", SEED_FILE.toString(), "-o", workbook.toString())).isZero();
    assertThat(run("import", workbook.toString(), "-o", json.toString())).isZero();

    assertThat(out.toString()).isEqualTo(workbook + ": written" + NL + json + ": written" + NL);
    assertThat(ReformJson.readReport(json)).isEqualTo(ReformJson.readReport(SEED_FILE));
    out.getBuffer().setLength(0);
    assertThat(run("diff", SEED_FILE.toString(), workbook.toString())).isZero();
    assertThat(out.toString()).doesNotContain("!");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateReadsAWorkbookByItsExtensionWithTheSameFindingsAsTheJson() throws Exception {
    Path workbook = dir.resolve("seed.XLSX");
    ReformSheets.writer().write(ReformJson.readReport(SEED_FILE), workbook);

    assertThat(run("validate", SEED_FILE.toString())).isZero();
    String fromJson = out.toString().replace(SEED_FILE.toString(), "FILE");
    out.getBuffer().setLength(0);
    assertThat(run("validate", workbook.toString())).isZero();

    assertThat(out.toString().replace(workbook.toString(), "FILE")).isEqualTo(fromJson);
  }

  @Test
  void aWorkbookThatIsNotAReportIsUnreadableWithItsProblemsOnOneLine() throws Exception {
    Path template = dir.resolve("tracker.xlsx");
    Files.write(template, ReformSheets.template(Locale.ENGLISH));

    assertThat(run("validate", template.toString())).isEqualTo(ReformCli.UNREADABLE);

    assertThat(err.toString())
        .isEqualTo(
            "reform: "
                + template
                + ": tracker.xlsx: no report: the sheet Report must have one row"
                + NL);
  }

  @Test
  void importOfAMissingWorkbookSaysSo() {
    assertThat(run("import", dir.resolve("missing.xlsx").toString(), "-o", "x.json"))
        .isEqualTo(ReformCli.UNREADABLE);
    assertThat(err.toString())
        .startsWith("reform: " + dir.resolve("missing.xlsx") + ": no such file");
  }

  @Test
  void templateWritesTheBlankWorkbookInTheLanguageAsked() throws Exception {
    Path template = dir.resolve("tracker.xlsx");

    assertThat(run("template", "-o", template.toString(), "--lang", "fr")).isZero();

    assertThat(out.toString()).isEqualTo(template + " : écrit" + NL);
    assertThat(Files.readAllBytes(template)).isNotEmpty();
    assertThat(ReformSheets.template(Locale.FRENCH)).isNotEmpty();
  }
}
