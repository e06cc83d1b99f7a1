package org.reformkit.examples.fao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.examples.cli.ReformCli;

/** The {@code reform} tool's {@code summary} and {@code validate} on the FAO paper C 2013/26/ES. */
class FaoReportCliTest {
  private static final String NL = System.lineSeparator();
  private static final String FILE = FaoJsonTest.FILE.toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void summaryPrintsTheStatedCountOfTheIeeRecommendationsInItsOwnSection() {
    assertThat(run("summary", FILE)).isZero();
    String stated =
        Analyses.recommendations(FaoReform2013.march2013())
            .statedTotalsTable(Locale.ENGLISH)
            .toString();
    assertThat(stated).contains("109").contains("330");
    assertThat(out.toString())
        .startsWith("C 2013/26/ES  Final Management Report on Immediate Plan of Action")
        .contains("== Recommendations of oversight bodies" + NL)
        .contains(stated)
        // no money, risk or relocation is stated: no such section
        .doesNotContain("== Money", "== Risks", "== Relocated posts");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validateFindsNothingAndExitsZero() {
    assertThat(run("validate", FILE)).isZero();
    assertThat(out.toString()).isEqualTo(FILE + ": no findings" + NL);
    assertThat(err.toString()).isEmpty();
  }
}
