package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.report;
import static org.reformkit.core.rules.Fixtures.run;

import org.junit.jupiter.api.Test;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

class ReportRulesTest {

  private static ProgressReport following(DocumentReference previous) {
    return report().withPreviousReport(previous);
  }

  @Test
  void previousReportOfTheSameSessionIsNotReported() {
    assertThat(
            run(
                    "REPORT_PREVIOUS_REPORT",
                    following(DocumentReference.of(DocumentSymbol.parse("GB.325/INS/3"))))
                .findings())
        .isEmpty();
  }

  @Test
  void previousReportOfALaterSessionIsReported() {
    ValidationResult result =
        run(
            "REPORT_PREVIOUS_REPORT",
            following(DocumentReference.of(DocumentSymbol.parse("GB.326/INS/3"))));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("REPORT_PREVIOUS_REPORT", "previousReport"));
    assertThat(result.findings().get(0).messageKey()).isEqualTo("REPORT_PREVIOUS_REPORT.session");
  }

  @Test
  void previousReportDatedAfterThisOneIsReported() {
    DocumentReference later =
        DocumentReference.builder()
            .title(Fixtures.text("Next report"))
            .date(date("2016-03"))
            .build();

    assertThat(codesAndPaths(run("REPORT_PREVIOUS_REPORT", following(later))))
        .containsExactly(tuple("REPORT_PREVIOUS_REPORT", "previousReport"));
  }

  @Test
  void reportFollowingItselfIsReported() {
    ValidationResult result =
        run(
            "REPORT_PREVIOUS_REPORT",
            following(DocumentReference.of(DocumentSymbol.parse("GB.325/INS/15/1"))));

    assertThat(result.findings())
        .extracting(Finding::messageKey)
        .containsExactly("REPORT_PREVIOUS_REPORT.same");
  }

  @Test
  void earlierPreviousReportOrNoneIsNotReported() {
    DocumentReference march =
        DocumentReference.builder()
            .symbol(DocumentSymbol.parse("GB.323/INS/9"))
            .date(date("2015-03"))
            .build();

    assertThat(run("REPORT_PREVIOUS_REPORT", following(march)).findings()).isEmpty();
    assertThat(run("REPORT_PREVIOUS_REPORT", report()).findings()).isEmpty();
  }

  @Test
  void elementOfAReportCitingNoParagraphIsNoted() {
    ReformProgramme programme = report().programme();
    ProgressReport uncited =
        report()
            .withProgramme(
                programme.withPostLines(programme.postLines().get(0), Fixtures.fieldLine()));

    ValidationResult result = run("SOURCE_PARAGRAPH", uncited);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("SOURCE_PARAGRAPH", "postLines[field]"));
    assertThat(result.findings().get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(result.findings().get(0).message())
        .isEqualTo("Element postLines[field] cites no paragraph of the report");
  }

  @Test
  void paragraphsAreNotAskedOfReconstructedReportsOrOfLooseElements() {
    ProgressReport reconstructed =
        report().withProgramme(Fixtures.programme()).withReconstructed(true);

    assertThat(run("SOURCE_PARAGRAPH", report()).findings()).isEmpty();
    assertThat(run("SOURCE_PARAGRAPH", reconstructed).findings()).isEmpty();
    assertThat(run("SOURCE_PARAGRAPH", Fixtures.programme()).findings()).isEmpty();
    assertThat(
            RuleSet.standard()
                .only("SOURCE_PARAGRAPH")
                .validate(Fixtures.fieldLine(), CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void previousReportOfAnotherFamilyOrOfNoKnownFormIsNotComparedBySession() {
    for (String symbol : new String[] {"A/RES/999/1", "EB999/1", "UNW/999/1"}) {
      assertThat(
              run(
                      "REPORT_PREVIOUS_REPORT",
                      following(DocumentReference.of(DocumentSymbol.parse(symbol))))
                  .findings())
          .as(symbol)
          .isEmpty();
    }
  }
}
