package org.reformkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.MissingFacts;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationContext;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.examples.SeedReport;
import org.reformkit.examples.snippets.ValidateOnePost.HrRecord;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Each snippet compiles, runs and does what its documentation says. */
class SnippetsTest {
  @Test
  void goodHrRecordBecomesAPost() {
    ValidateOnePost.Result result =
        ValidateOnePost.validate(
            new HrRecord("40123", "Policy officer", "P-4", "Geneva", true, "regular budget"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.post())
        .hasValueSatisfying(
            post -> {
              assertThat(post.id().toString()).isEqualTo("40123");
              assertThat(post.grade()).contains(Grade.P_4);
              assertThat(post.funding()).contains(FundingSource.REGULAR_BUDGET);
              assertThat(post.location().kind()).isEqualTo(LocationKind.HEADQUARTERS);
            });
  }

  @Test
  void badHrRecordReportsEveryProblemNamingTheField() {
    ValidateOnePost.Result result =
        ValidateOnePost.validate(
            new HrRecord(" ", "Programme officer", "P-9", "Bangkok", false, "donations"));
    assertThat(result.post()).isEmpty();
    assertThat(result.problems()).hasSize(3);
    assertThat(result.problems().get(0)).startsWith("grade: 'P-9' is not a grade");
    assertThat(result.problems().get(1)).isEqualTo("funding: 'donations' is not a funding source");
    assertThat(result.problems().get(2)).startsWith("post: ");
  }

  @Test
  void nationalOfficerAtHeadquartersIsFoundByTheGradeLocationRule() {
    ValidateOnePost.Result result =
        ValidateOnePost.validate(
            new HrRecord(
                "40124", "National programme officer", "NO-B", "Geneva", true, "regular budget"));
    assertThat(result.post()).isEmpty();
    assertThat(result.problems()).singleElement().asString().startsWith("POST_GRADE_LOCATION: ");
  }

  @Test
  void nationalOfficerInTheFieldPassesTheGradeLocationRule() {
    ValidateOnePost.Result result =
        ValidateOnePost.validate(
            new HrRecord(
                "40125", "National programme officer", "NO-B", "Bangkok", false, "regular budget"));
    assertThat(result.problems()).isEmpty();
    assertThat(ValidateOnePost.checkGradeLocation(result.post().orElseThrow()).isEmpty()).isTrue();
  }

  @Test
  void validateOnePostMainPrintsTheOutcomes() {
    String out = capture(() -> ValidateOnePost.main(new String[0]));
    assertThat(out)
        .startsWith("ok: 40123 P-4\nproblem: grade: 'P-9' is not a grade")
        .contains("problem: POST_GRADE_LOCATION: ");
  }

  @Test
  void customRuleRunsAfterTheStandardRulesAndFindsTheStaffCommitmentWithoutAStaffUnionEngagement() {
    assertThat(CustomRule.RULES.codes()).endsWith("ORG_STAFF_UNION");
    assertThat(CustomRule.STAFF_UNION.whenFactsMissing())
        .isEqualTo(MissingFacts.SKIP_IF_ANY_MISSING);
    assertThat(CustomRule.STAFF_UNION.description()).startsWith("A commitment that affects staff");
    assertThat(CustomRule.RULES.codes()).containsAll(RuleSet.standard().codes());
    List<Finding> findings = CustomRule.staffUnionEngaged(SeedReport.november2015());
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("ORG_STAFF_UNION");
              assertThat(f.severity()).isEqualTo(org.reformkit.core.rules.Severity.WARNING);
              assertThat(f.path()).hasToString("commitments[hr-mobility]");
              assertThat(f.message())
                  .isEqualTo(
                      "commitment affects staff but records no engagement with the staff union");
            });
    ValidationResult all = CustomRule.validate(SeedReport.november2015());
    assertThat(all.findings())
        .hasSize(
            RuleSet.standard().validate(SeedReport.november2015(), Locale.ENGLISH).findings().size()
                + 1);
    assertThat(capture(() -> CustomRule.main(new String[0])))
        .isEqualTo(
            "commitments[hr-mobility]: commitment affects staff but records no engagement with the staff"
                + " union [ORG_STAFF_UNION]\n");
  }

  @Test
  void customRuleSaysNothingOnACommitmentCheckedWithoutItsProgramme() {
    Commitment hr =
        SeedReport.november2015().programme().commitment(SeedReport.HUMAN_RESOURCES).orElseThrow();
    assertThat(
            RuleSet.of(CustomRule.STAFF_UNION)
                .validate(hr, ValidationContext.of(LocalDate.of(2015, 11, 30), Locale.ENGLISH))
                .isEmpty())
        .isTrue();
  }

  @Test
  void registeringKeepsTheExistingMappersConfigurationAndReadsReportsBack() {
    JsonMapper existing = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    JsonMapper mapper = RegisterJacksonModule.withReformModule(existing);
    assertThat(mapper).isNotSameAs(existing);
    assertThat(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)).isTrue();
    ProgressReport seed = SeedReport.november2015();
    assertThat(mapper.readValue(mapper.writeValueAsString(seed), ProgressReport.class))
        .isEqualTo(seed);
    assertThat(capture(() -> RegisterJacksonModule.main(new String[0])))
        .startsWith("{\n")
        .endsWith("...\nread back GB.325/INS/15/1, equal: true\n");
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
