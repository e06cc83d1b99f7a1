package org.reformkit.examples.who;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.cli.ReformCli;

/** The {@code reform} tool's {@code summary}, {@code validate} and {@code dashboard} on EB138/5. */
class WhoReportCliTest {
  private static final String NL = System.lineSeparator();
  private static final String FILE = WhoJsonTest.FILE.toString();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void summaryPrintsTheWhoPaperWithItsWorkstreamsAndItsIndicator() {
    assertThat(run("summary", FILE)).isZero();
    ProgressReport who = WhoReform2016.january2016();
    assertThat(out.toString())
        .startsWith("EB138/5  Overview of reform implementation  (as of 2016-01-15)" + NL)
        .contains(Analyses.programmeProgress(who).toTable(Locale.ENGLISH).toString())
        .contains("Programmes and priority-setting", "Governance", "Management")
        .contains("Reform of WHO's work in outbreaks and health")
        .contains("== Indicators" + NL + Analyses.indicatorProgress(who).toTable(Locale.ENGLISH))
        .containsPattern("Reform outputs that have reached the +84% \\(by 2016-01-15\\) +no target")
        .containsPattern("Governance +not stated +not stated")
        .containsPattern("overall +4 not stated")
        .contains("== Posts" + NL)
        .contains("== Findings" + NL);
    // no share is invented for streams whose status the paper does not state
    assertThat(Analyses.programmeProgress(who).toTable(Locale.ENGLISH).toString())
        .doesNotContain("%");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateFindsNoErrorOnlyTheUnstatedStatusesAsWhoReportRulesTestExplains() {
    assertThat(run("validate", FILE)).isZero();
    assertThat(out.toString())
        .startsWith(FILE + ": 4 findings (0 errors, 0 warnings)" + NL)
        .contains(
            "info     commitments[governance]: Element commitments[governance] does not state")
        .doesNotContain("DOCUMENT_COVER_FIELDS", "DOCUMENT_SYMBOL_FORM", "DOCUMENT_AGENDA_ITEM");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateWithTheDocumentRulesOnlyFindsNothing() {
    assertThat(
            run(
                "validate",
                FILE,
                "--rules",
                "DOCUMENT_COVER_FIELDS,DOCUMENT_SYMBOL_FORM,DOCUMENT_AGENDA_ITEM,"
                    + "DOCUMENT_RELATED_SESSION,SOURCE_PARAGRAPH"))
        .isZero();
    assertThat(out.toString()).isEqualTo(FILE + ": no findings" + NL);
  }

  @Test
  void dashboardOfTheWhoPaperWritesTheHtmlFile() throws IOException {
    Path html = dir.resolve("who.html");
    assertThat(run("dashboard", FILE, "-o", html.toString())).isZero();
    assertThat(out.toString()).isEqualTo("wrote " + html + " (" + FILE + ", 4 findings)" + NL);
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("EB138/5")
        .contains("Overview of reform implementation")
        .contains("Reform outputs that have reached the implementation stage")
        .contains("<h2>Findings (4)</h2>")
        .contains("not stated");
    assertThat(err.toString()).isEmpty();
  }
}
