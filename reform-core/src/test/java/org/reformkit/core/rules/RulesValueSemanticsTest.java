package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.PostDetails;

/** Equality, hashing and printing of the rules package's values, and its small factories. */
class RulesValueSemanticsTest {
  private static final Rule<PostDetails> GRADE_STATED =
      Rule.of(
          "POST_GRADE_STATED",
          PostDetails.class,
          Severity.INFO,
          "A post states its grade",
          (post, at) -> {
            if (post.grade().isEmpty()) {
              at.report("No grade", ImmutableMap.of());
            }
          });
  private static final Rule<Milestone> MILESTONE_SEEN =
      Rule.of(
          "MILESTONE_SEEN",
          Milestone.class,
          Severity.WARNING,
          "Every milestone is seen",
          (milestone, at) ->
              at.report(
                  "Seen {0} in {1}", ImmutableMap.of("id", milestone.id(), "locale", at.locale())));

  @Test
  void emptyRuleSetHasNoRulesAndFindsNothing() {
    assertThat(RuleSet.empty().rules()).isEmpty();
    assertThat(RuleSet.empty().validate(Fixtures.report(), Fixtures.CONTEXT).isEmpty()).isTrue();
    assertThat(RuleSet.empty()).hasToString("RuleSet[]").isEqualTo(RuleSet.of());
  }

  @Test
  void ruleSetOfRulesKeepsTheirOrderAndRefusesASharedCode() {
    RuleSet set = RuleSet.of(MILESTONE_SEEN, GRADE_STATED);

    assertThat(set.codes()).containsExactly("MILESTONE_SEEN", "POST_GRADE_STATED");
    assertThat(set).hasToString("RuleSet[MILESTONE_SEEN, POST_GRADE_STATED]");
    assertThatThrownBy(() -> RuleSet.of(GRADE_STATED, GRADE_STATED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ruleSetsAreEqualByRulesAndChangedSeverities() {
    RuleSet set = RuleSet.of(MILESTONE_SEEN, GRADE_STATED);
    RuleSet changed = set.withSeverity("POST_GRADE_STATED", Severity.ERROR);

    assertThat(set).isEqualTo(RuleSet.of(MILESTONE_SEEN, GRADE_STATED)).isNotEqualTo(changed);
    assertThat(set.hashCode()).isEqualTo(RuleSet.of(MILESTONE_SEEN, GRADE_STATED).hashCode());
    assertThat(set).isNotEqualTo(RuleSet.of(GRADE_STATED, MILESTONE_SEEN)).isNotEqualTo("RuleSet");
    assertThat(changed).hasToString("RuleSet[MILESTONE_SEEN, POST_GRADE_STATED=ERROR]");
    assertThat(changed.hashCode()).isNotEqualTo(set.hashCode());
  }

  @Test
  void milestoneIsValidatedOnItsOwnAtItsPath() {
    Milestone milestone = Fixtures.bpr().milestones().get(0);
    ValidationResult result =
        RuleSet.of(MILESTONE_SEEN).validate(milestone, Fixtures.CONTEXT.withLocale(Locale.CHINESE));

    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path())
                  .isEqualTo(
                      ElementPath.root().key("milestones", MilestoneId.of("remaining-items")));
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).isEqualTo("Seen remaining-items in zh");
            });
  }

  @Test
  void contextCopiesChangeOneThingAndCompareByBoth() {
    ValidationContext context = ValidationContext.of(LocalDate.of(2015, 11, 30), Locale.ENGLISH);

    assertThat(context.withAsOf(LocalDate.of(2016, 1, 1)))
        .isEqualTo(ValidationContext.of(LocalDate.of(2016, 1, 1), Locale.ENGLISH));
    assertThat(context.withLocale(Locale.CHINESE))
        .isEqualTo(ValidationContext.of(LocalDate.of(2015, 11, 30), Locale.CHINESE))
        .isNotEqualTo(context);
    assertThat(context)
        .isEqualTo(Fixtures.CONTEXT)
        .isNotEqualTo(context.withAsOf(LocalDate.of(2015, 11, 29)));
    assertThat(context).isNotEqualTo("ValidationContext");
    assertThat(context.hashCode()).isEqualTo(Fixtures.CONTEXT.hashCode());
    assertThat(context.withLocale(Locale.CHINESE).hashCode()).isNotEqualTo(context.hashCode());
    assertThat(context.withLocale(Locale.SIMPLIFIED_CHINESE))
        .hasToString("ValidationContext{asOf=2015-11-30, locale=zh-CN}");
    assertThat(
            ValidationContext.builder()
                .asOf(LocalDate.of(2015, 11, 30))
                .locale(Locale.CHINESE)
                .build())
        .isEqualTo(context.withLocale(Locale.CHINESE));
    assertThatThrownBy(() -> ValidationContext.builder().locale(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @Test
  void findingsAreEqualOnlyWhenEveryPartIs() {
    ElementPath path = ElementPath.root().field("status");
    Finding finding = Finding.of("A_CODE", Severity.ERROR, path, "m", "k", ImmutableMap.of("v", 1));

    assertThat(finding)
        .isEqualTo(finding)
        .isEqualTo(Finding.of("A_CODE", Severity.ERROR, path, "m", "k", ImmutableMap.of("v", 1)))
        .isNotEqualTo("A_CODE");
    List<Finding> others =
        List.of(
            Finding.of("B_CODE", Severity.ERROR, path, "m", "k", ImmutableMap.of("v", 1)),
            Finding.of("A_CODE", Severity.WARNING, path, "m", "k", ImmutableMap.of("v", 1)),
            Finding.of(
                "A_CODE", Severity.ERROR, ElementPath.root(), "m", "k", ImmutableMap.of("v", 1)),
            Finding.of("A_CODE", Severity.ERROR, path, "n", "k", ImmutableMap.of("v", 1)),
            Finding.of("A_CODE", Severity.ERROR, path, "m", "l", ImmutableMap.of("v", 1)),
            Finding.of("A_CODE", Severity.ERROR, path, "m", "k", ImmutableMap.of("v", 2)));
    assertThat(others).allSatisfy(other -> assertThat(finding).isNotEqualTo(other));
    assertThat(finding.hashCode())
        .isEqualTo(
            Finding.of("A_CODE", Severity.ERROR, path, "m", "k", ImmutableMap.of("v", 1))
                .hashCode())
        .isNotEqualTo(others.get(0).hashCode());
    assertThatThrownBy(
            () -> Finding.of("a code", Severity.ERROR, path, "m", "k", ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a code");
  }

  @Test
  void emptyResultHasNoFindingsAndEqualsAnotherEmptyOne() {
    assertThat(ValidationResult.empty().findings()).isEmpty();
    assertThat(ValidationResult.empty())
        .isEqualTo(ValidationResult.of(List.of()))
        .isNotEqualTo("no findings");
    assertThat(ValidationResult.empty().hashCode())
        .isEqualTo(ValidationResult.of(List.of()).hashCode());
  }

  @Test
  void resultFiltersByCodeAndIsEmptyOnlyWithoutFindings() {
    ElementPath path = ElementPath.root();
    Finding a = Finding.of("A_CODE", Severity.ERROR, path, "m", "k", ImmutableMap.of());
    Finding b = Finding.of("B_CODE", Severity.INFO, path, "m", "k", ImmutableMap.of());
    ValidationResult result = ValidationResult.of(List.of(a, b));

    assertThat(result.isEmpty()).isFalse();
    assertThat(result.findings("A_CODE")).containsExactly(a);
    assertThat(result.findings("C_CODE")).isEmpty();
    assertThat(result.hashCode())
        .isEqualTo(ValidationResult.of(List.of(a, b)).hashCode())
        .isNotEqualTo(ValidationResult.empty().hashCode());
    assertThat(result).isNotEqualTo(ValidationResult.of(List.of(b, a)));
  }

  @Test
  void withoutAndOnlyKeepTheRestAndRefuseUnknownCodes() {
    RuleSet set =
        RuleSet.of(MILESTONE_SEEN, GRADE_STATED).withSeverity("MILESTONE_SEEN", Severity.ERROR);

    assertThat(set.without("MILESTONE_SEEN")).isEqualTo(RuleSet.of(GRADE_STATED));
    assertThat(set.only("POST_GRADE_STATED")).isEqualTo(RuleSet.of(GRADE_STATED));
    assertThat(set.only("MILESTONE_SEEN").severity("MILESTONE_SEEN")).isEqualTo(Severity.ERROR);
    assertThat(set.without("POST_GRADE_STATED").severity("MILESTONE_SEEN"))
        .isEqualTo(Severity.ERROR);
    assertThatThrownBy(() -> set.only("NO_SUCH_RULE")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.without("NO_SUCH_RULE"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void commitmentIsValidatedWithItsPhasesAndMilestones() {
    ValidationResult result = RuleSet.of(MILESTONE_SEEN).validate(Fixtures.bpr(), Fixtures.CONTEXT);

    assertThat(result.findings())
        .extracting(f -> f.path().toString())
        .containsExactly("commitments[bpr].milestones[remaining-items]");
  }

  @Test
  void engagementIsValidatedOnItsOwnAtItsPath() {
    Rule<org.reformkit.core.model.StaffEngagement> seen =
        Rule.of(
            "ENGAGEMENT_SEEN",
            org.reformkit.core.model.StaffEngagement.class,
            Severity.INFO,
            "Seen",
            (e, at) -> at.report("Seen", ImmutableMap.of()));

    assertThat(
            RuleSet.of(seen)
                .validate(
                    Fixtures.unionEngagement(org.reformkit.core.model.Status.IN_PROGRESS),
                    Fixtures.CONTEXT)
                .findings())
        .extracting(f -> f.path().toString())
        .containsExactly("engagements[union]");
  }

  @Test
  void ruleNeedsACodeATitleAndADescriptionAndPrintsThem() {
    assertThatThrownBy(
            () -> Rule.of("lower case", Milestone.class, Severity.INFO, "Title", (m, at) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule code is A-Z, 0-9 and _: lower case");
    assertThatThrownBy(() -> Rule.of("A_RULE", Milestone.class, Severity.INFO, " ", (m, at) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule A_RULE needs a title");
    assertThatThrownBy(
            () ->
                Rule.builder("A_RULE", Milestone.class)
                    .severity(Severity.INFO)
                    .title("Title")
                    .description(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule A_RULE needs a description");
    assertThat(MILESTONE_SEEN)
        .hasToString("MILESTONE_SEEN (WARNING, Milestone): Every milestone is seen");
  }
}
