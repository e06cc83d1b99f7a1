package org.reformkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.LocationKind;
import org.reformkit.examples.SeedReport;
import org.reformkit.examples.dashboard.FindingRow;
import org.reformkit.examples.dashboard.FindingRow.Severity;
import org.reformkit.examples.snippets.ValidateOnePost.HrRecord;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Each snippet compiles, runs and does what its documentation says. */
class SnippetsTest {
  @Test
  void goodHrRecordBecomesAPost() {
    ValidateOnePost.Result result =
        ValidateOnePost.validate(new HrRecord("40123", "Policy officer", "P-4", "Geneva", true, "regular budget"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.post()).hasValueSatisfying(post -> {
      assertThat(post.id().toString()).isEqualTo("40123");
      assertThat(post.grade()).contains(Grade.P_4);
      assertThat(post.funding()).contains(FundingSource.REGULAR_BUDGET);
      assertThat(post.location().kind()).isEqualTo(LocationKind.HEADQUARTERS);
    });
  }

  @Test
  void badHrRecordReportsEveryProblemNamingTheField() {
    ValidateOnePost.Result result =
        ValidateOnePost.validate(new HrRecord(" ", "Programme officer", "P-9", "Bangkok", false, "donations"));
    assertThat(result.post()).isEmpty();
    assertThat(result.problems()).hasSize(3);
    assertThat(result.problems().get(0)).startsWith("grade: 'P-9' is not a grade");
    assertThat(result.problems().get(1)).isEqualTo("funding: 'donations' is not a funding source");
    assertThat(result.problems().get(2)).startsWith("post: ");
  }

  @Test
  void validateOnePostMainPrintsTheOutcomes() {
    String out = capture(() -> ValidateOnePost.main(new String[0]));
    assertThat(out).startsWith("ok: 40123 P-4\nproblem: grade: 'P-9' is not a grade");
  }

  @Test
  void customRuleFindsTheStaffCommitmentWithoutAStaffUnionEngagement() {
    assertThat(CustomRule.staffUnionEngaged(SeedReport.november2015()))
        .containsExactly(
            new FindingRow(
                "ORG_STAFF_UNION",
                Severity.WARNING,
                "commitments[hr-mobility]",
                "commitment affects staff but records no engagement with the staff union"));
    assertThat(capture(() -> CustomRule.main(new String[0])))
        .isEqualTo(
            "commitments[hr-mobility]: commitment affects staff but records no engagement with the staff"
                + " union [ORG_STAFF_UNION]\n");
  }

  @Test
  void registeringKeepsTheExistingMappersConfiguration() {
    JsonMapper existing = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    JsonMapper mapper = RegisterJacksonModule.withReformModule(existing);
    assertThat(mapper).isNotSameAs(existing);
    assertThat(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)).isTrue();
    assertThat(capture(() -> RegisterJacksonModule.main(new String[0])))
        .isEqualTo("{\n  \"symbol\" : \"GB.325/INS/15/1\"\n}\n");
  }

  private static String capture(Runnable body) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
