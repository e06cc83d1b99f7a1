package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.Status;

class RuleSetTest {

  @Test
  void consistentFixtureReportGivesNoFindingsUnderTheStandardRules() {
    ValidationResult result = RuleSet.standard().validate(Fixtures.report(), Locale.ENGLISH);

    assertThat(result.findings()).isEmpty();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result).hasToString("no findings\n");
  }

  @Test
  void standardCatalogueHasAtLeastTwentyFiveRulesWithUniqueValidCodes() {
    RuleSet standard = RuleSet.standard();

    assertThat(standard.rules()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(standard.codes()).hasSameSizeAs(standard.rules());
    assertThat(standard.codes()).allMatch(Rule::isValidCode);
    assertThat(standard.rules())
        .allSatisfy(
            r -> {
              assertThat(r.title()).isNotBlank();
              assertThat(r.description()).isNotBlank();
            });
  }

  @Test
  void oneRuleRunsOnOnePostWithoutAProgramme() {
    Post post =
        Post.builder()
            .id(PostId.of("no-1"))
            .location(Location.headquarters())
            .category(PostCategory.TECHNICAL)
            .grade(Grade.NO_B)
            .origin(PostOrigin.of(OriginKind.NEW))
            .build();
    ValidationContext context = ValidationContext.of(LocalDate.of(2015, 11, 30), Locale.ENGLISH);
    ValidationResult result =
        RuleSet.standard().only("POST_GRADE_LOCATION").validate(post, context);

    assertThat(codesAndPaths(result)).containsExactly(tuple("POST_GRADE_LOCATION", "posts[no-1]"));
    assertThat(result.toString())
        .startsWith("1 error, 0 warnings, 0 info\n")
        .containsPattern(
            "\n"
                + "error +posts\\[no-1\\] +National officer grade NO-B is used only in the field,"
                + " not at headquarters +\\[POST_GRADE_LOCATION\\]\n");
    assertThat(result.findings().get(0).message())
        .isEqualTo("National officer grade NO-B is used only in the field, not at headquarters");
    assertThat(result.findings().get(0).values())
        .containsExactly(
            java.util.Map.entry("grade", "NO-B"),
            java.util.Map.entry("location", org.reformkit.core.model.LocationKind.HEADQUARTERS));
  }

  @Test
  void singlePhaseIsCheckedAtItsOwnLevel() {
    Phase phase = Fixtures.phase("c", Status.NOT_STARTED).withActualStart(Fixtures.date("2015-10"));

    ValidationResult result = RuleSet.standard().validate(phase, CONTEXT);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("PHASE_NOT_STARTED_WITH_ACTUAL_DATES", "phases[c]"));
  }

  @Test
  void commitmentLevelRulesNeedingTheProgrammeStaySilentOnASingleElement() {
    ValidationResult result =
        RuleSet.standard()
            .validate(Fixtures.programme().postTotals().get(0).withCount(40), CONTEXT);

    assertThat(result.isEmpty()).isTrue();
  }

  @Test
  void ruleRemovedFromTheSetNoLongerReports() {
    Phase phase = Fixtures.phase("c", Status.NOT_STARTED).withActualStart(Fixtures.date("2015-10"));

    ValidationResult result =
        RuleSet.standard().without("PHASE_NOT_STARTED_WITH_ACTUAL_DATES").validate(phase, CONTEXT);

    assertThat(result.isEmpty()).isTrue();
    assertThat(RuleSet.standard().without("PHASE_ORDER").codes()).doesNotContain("PHASE_ORDER");
  }

  @Test
  void changedSeverityAppliesToTheFindings() {
    Phase phase = Fixtures.phase("c", Status.NOT_STARTED).withActualStart(Fixtures.date("2015-10"));
    RuleSet rules =
        RuleSet.standard().withSeverity("PHASE_NOT_STARTED_WITH_ACTUAL_DATES", Severity.INFO);

    ValidationResult result = rules.validate(phase, CONTEXT);

    assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(result.hasErrors()).isFalse();
    assertThat(rules.severity("PHASE_NOT_STARTED_WITH_ACTUAL_DATES")).isEqualTo(Severity.INFO);
    assertThat(RuleSet.standard().severity("PHASE_NOT_STARTED_WITH_ACTUAL_DATES"))
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void callersOwnRuleWrittenAsALambdaRunsWithTheStandardOnes() {
    Rule<PostDetails> gradeStated =
        Rule.of(
            "POST_GRADE_STATED",
            PostDetails.class,
            Severity.INFO,
            "A post states its grade",
            (post, at) -> {
              if (post.grade().isEmpty()) {
                at.report("The grade of {0} is not stated", ImmutableMap.of("path", at.path()));
              }
            });

    ValidationResult result =
        RuleSet.standard().with(gradeStated).validate(Fixtures.programme(), CONTEXT);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_GRADE_STATED", "postLines[field]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("The grade of postLines[field] is not stated");
    assertThat(result.findings().get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void ruleSetsAreValuesAndRefuseMisuse() {
    assertThat(RuleSet.standard().without("PHASE_ORDER"))
        .isEqualTo(RuleSet.standard().without("PHASE_ORDER"));
    assertThat(RuleSet.standard().withSeverity("PHASE_ORDER", Severity.WARNING))
        .isNotEqualTo(RuleSet.standard());
    assertThatThrownBy(() -> RuleSet.standard().without("NO_SUCH_RULE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NO_SUCH_RULE");
    assertThatThrownBy(
            () -> RuleSet.standard().with(RuleSet.standard().rule("PHASE_ORDER").orElseThrow()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rule.of("lower case", Phase.class, Severity.INFO, "t", (p, at) -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultCountsBySeverityAndPrintsOneLinePerFinding() {
    Phase late = Fixtures.bprPhase("c").withPlannedEnd(Fixtures.date("2015-09"));
    Phase wrong =
        Fixtures.bprPhase("d")
            .withActualStart(Fixtures.date("2015-10"))
            .withStatus(Status.NOT_STARTED);
    ValidationResult result =
        RuleSet.standard()
            .validate(
                Fixtures.replace(
                    Fixtures.programme(),
                    Fixtures.bpr()
                        .withPhases(Fixtures.bprPhase("a"), Fixtures.bprPhase("b"), late, wrong)),
                CONTEXT);

    assertThat(result.count(Severity.ERROR)).isEqualTo(1);
    assertThat(result.count(Severity.WARNING)).isEqualTo(1);
    assertThat(result.counts())
        .containsExactly(
            java.util.Map.entry(Severity.ERROR, 1),
            java.util.Map.entry(Severity.WARNING, 1),
            java.util.Map.entry(Severity.INFO, 0));
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.findings(Severity.WARNING))
        .extracting(Finding::code)
        .containsExactly("PHASE_OVERDUE");
    assertThat(result.findingsAt(ElementPath.parse("commitments[bpr].phases[d]")))
        .extracting(Finding::code)
        .containsExactly("PHASE_NOT_STARTED_WITH_ACTUAL_DATES");
    String[] lines = result.toString().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).isEqualTo("1 error, 1 warning, 0 info");
    assertThat(lines[1]).matches("Severity +Path +Message +Rule");
    assertThat(lines[3])
        .matches(
            "warning +commitments\\[bpr\\]\\.phases\\[c\\] +Phase c is in progress although its"
                + " planned end 2015-09 is before the as-of date 2015-11-30 +\\[PHASE_OVERDUE\\]");
    assertThat(lines[4])
        .matches(
            "error +commitments\\[bpr\\]\\.phases\\[d\\] +Phase d has not started but states actual"
                + " dates \\(start 2015-10, end -\\) +\\[PHASE_NOT_STARTED_WITH_ACTUAL_DATES\\]");
    assertThat(lines[3].indexOf("Phase c")).isEqualTo(lines[4].indexOf("Phase d"));
  }

  @Test
  void findingKeepsMessageKeyAndArgumentsApartFromTheMessage() {
    Phase phase = Fixtures.phase("c", Status.COMPLETED);

    Finding finding = RuleSet.standard().validate(phase, CONTEXT).findings().get(0);

    assertThat(finding.code()).isEqualTo("PHASE_COMPLETED_WITHOUT_END");
    assertThat(finding.messageKey()).isEqualTo("PHASE_COMPLETED_WITHOUT_END");
    assertThat(finding.arguments()).containsExactly(PhaseId.of("c"), Status.COMPLETED);
    assertThat(finding.values()).containsKeys("phase", "status");
    assertThat(finding.message())
        .isEqualTo("Phase c is completed but its actual end is not stated");
    assertThat(finding)
        .hasToString(
            "phases[c]: Phase c is completed but its actual end is not stated"
                + " [PHASE_COMPLETED_WITHOUT_END]");
  }

  @Test
  void findingReadBackFromItsPartsEqualsTheOriginal() {
    Finding finding =
        RuleSet.standard()
            .validate(Fixtures.phase("c", Status.COMPLETED), CONTEXT)
            .findings()
            .get(0);

    Finding copy =
        Finding.of(
            finding.code(),
            finding.severity(),
            ElementPath.parse(finding.path().toString()),
            finding.message(),
            finding.messageKey(),
            finding.values());

    assertThat(copy).isEqualTo(finding).hasSameHashCodeAs(finding);
    assertThat(ValidationResult.of(List.of(copy))).isEqualTo(ValidationResult.of(List.of(finding)));
  }

  @Test
  void messagesFollowTheLocaleOfTheContext() {
    Phase phase = Fixtures.phase("c", Status.COMPLETED);

    Finding finding =
        RuleSet.standard().validate(phase, CONTEXT.withLocale(Locale.CHINESE)).findings().get(0);

    assertThat(finding.message()).isEqualTo("阶段 c 为“已完成”，但未说明实际结束日期");
  }

  @Test
  void contextForAReportIsAsOfTheLastDayTheReportDateMayMean() {
    ValidationContext context = ValidationContext.forReport(Fixtures.report(), Locale.ENGLISH);

    assertThat(context.asOf()).isEqualTo(LocalDate.of(2015, 11, 30));
    assertThat(ValidationContext.builder().asOf(LocalDate.of(2015, 1, 1)).build().locale())
        .isEqualTo(Locale.ENGLISH);
    assertThatThrownBy(() -> ValidationContext.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }
}
