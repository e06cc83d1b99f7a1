package org.reformkit.examples.aps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.examples.cli.ReformCli;

/**
 * The {@code reform} tool's {@code summary} and {@code validate} on the APS Reform annual progress
 * report 2023.
 */
class ApsReportCliTest {
  private static final String NL = System.lineSeparator();
  private static final String FILE = ApsJsonTest.FILE.toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void summaryPrintsTheRiskInItsOwnSectionAsNotRated() {
    assertThat(run("summary", FILE)).isZero();
    String matrix = Analyses.riskMatrix(ApsReform2023.report()).toTable(Locale.ENGLISH).toString();
    assertThat(matrix).contains("absorb-reform");
    assertThat(out.toString())
        .startsWith(
            "APS Reform Annual Progress Report 2023  Australian Public Service Reform: Annual"
                + " progress report 2023  (as of 2023)"
                + NL)
        .contains("== Risks" + NL + matrix)
        // unrated: in the "not rated" row, never placed in a cell of the matrix
        .containsPattern("not rated +absorb-reform")
        // tied to no commitment: it threatens the programme as a whole
        .containsPattern("programme as a whole +absorb-reform")
        // no money, recommendation or relocation is stated: no such section
        .doesNotContain("== Money", "== Recommendations of oversight bodies", "== Relocated posts");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateReportsOnlyTheSymbolWarningAsApsReportRulesTestExplainsAndExitsZero() {
    assertThat(run("validate", FILE)).isZero();
    assertThat(out.toString())
        .startsWith(FILE + ": 1 finding (0 errors, 1 warning)" + NL)
        .contains("warning  document.symbol: Symbol APS Reform Annual Progress Report 2023")
        .contains("[DOCUMENT_SYMBOL_FORM]")
        .doesNotContain("RISK_");
    assertThat(err.toString()).isEmpty();
  }
}
