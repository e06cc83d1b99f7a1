package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Status;

class RuleBuilderTest {
  private static final RuleCheck<Phase> NAMED =
      (phase, at) -> at.report("phase {0} seen", ImmutableMap.of("phase", phase.id()));

  @Test
  void aRuleBuiltByNameHasEveryPartItWasGiven() {
    Rule<Phase> rule =
        Rule.builder("ORG_PHASE_SEEN", Phase.class)
            .severity(Severity.WARNING)
            .title("Every phase is seen")
            .description("Every phase is reported, whatever its facts.")
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .check(NAMED)
            .build();

    assertThat(rule.code()).isEqualTo("ORG_PHASE_SEEN");
    assertThat(rule.elementType()).isEqualTo(Phase.class);
    assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(rule.title()).isEqualTo("Every phase is seen");
    assertThat(rule.description()).isEqualTo("Every phase is reported, whatever its facts.");
    assertThat(rule.whenFactsMissing()).isEqualTo(MissingFacts.NEVER_SKIP);
    assertThat(
            RuleSet.of(rule)
                .validate(Fixtures.phase("a", Status.IN_PROGRESS), Fixtures.CONTEXT)
                .findings())
        .extracting(Finding::severity, Finding::message, Finding::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING, "phase a seen", "phase {0} seen"));
  }

  @Test
  void aRuleWithoutDescriptionIsDescribedByItsTitleAndChecksWhateverFactsArePresent() {
    Rule<Phase> rule =
        Rule.builder("ORG_PHASE_SEEN", Phase.class)
            .severity(Severity.INFO)
            .title("Every phase is seen")
            .check(NAMED)
            .build();

    assertThat(rule.description()).isEqualTo("Every phase is seen");
    assertThat(rule.whenFactsMissing()).isEqualTo(MissingFacts.SKIP_IF_ALL_MISSING);
    assertThat(Rule.of("ORG_PHASE_SEEN", Phase.class, Severity.INFO, "Every phase is seen", NAMED))
        .hasToString(rule.toString());
  }

  @Test
  void aRuleWithoutSeverityTitleOrCheckIsRefusedNamingWhatIsMissing() {
    assertThatThrownBy(() -> Rule.builder("A_RULE", Phase.class).title("t").check(NAMED).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE needs a severity");
    assertThatThrownBy(
            () -> Rule.builder("A_RULE", Phase.class).severity(Severity.INFO).check(NAMED).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE needs a title");
    assertThatThrownBy(
            () -> Rule.builder("A_RULE", Phase.class).severity(Severity.INFO).title("t").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE needs a check");
  }

  @Test
  @SuppressWarnings("NullAway")
  void aNullOrBlankPartIsRefusedNamingTheRuleAndThePart() {
    assertThatThrownBy(() -> Rule.builder("", Phase.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule code is A-Z, 0-9 and _: ");
    assertThatThrownBy(() -> Rule.builder(null, Phase.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a rule needs a code");
    assertThatThrownBy(() -> Rule.builder("A_RULE", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE needs an element type");
    RuleBuilder<Phase> builder = Rule.builder("A_RULE", Phase.class);
    assertThatThrownBy(() -> builder.severity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE: the severity is null");
    assertThatThrownBy(() -> builder.check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE: the check is null");
    assertThatThrownBy(() -> builder.whenFactsMissing(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE: the missing-fact strategy is null");
    assertThatThrownBy(() -> builder.title(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule A_RULE: the title is null");
    assertThatThrownBy(() -> builder.description("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule A_RULE needs a description");
  }

  @Test
  void aStandardRuleDeclaresOnlyItsOwnMessages() {
    RuleBuilder<Phase> builder = Rule.builder("PHASE_LATE_START", Phase.class);
    assertThatThrownBy(() -> builder.messages(MessageKey.of("PHASE_OVERDUE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule PHASE_LATE_START declares a message of rule PHASE_OVERDUE");

    Rule<Phase> rule =
        builder
            .messages(MessageKey.of("PHASE_LATE_START"))
            .severity(Severity.INFO)
            .title("t")
            .check(NAMED)
            .build();
    assertThat(((DefinedRule<Phase>) rule).messageKeys())
        .extracting(MessageKey::key)
        .containsExactly("PHASE_LATE_START");
  }

  @Test
  void aRuleReportingAnotherRulesMessageFailsWhenItReports() {
    Rule<Phase> borrowing =
        Rule.builder("PHASE_LATE_START", Phase.class)
            .severity(Severity.INFO)
            .title("t")
            .check((phase, at) -> at.report(MessageKey.of("PHASE_OVERDUE"), ImmutableMap.of()))
            .build();

    assertThatThrownBy(
            () ->
                RuleSet.of(borrowing)
                    .validate(Fixtures.phase("a", Status.IN_PROGRESS), Fixtures.CONTEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule PHASE_LATE_START reports with a message of rule PHASE_OVERDUE");
  }

  @Test
  void aCallersLiteralTextIsNeverTakenForAMessageKey() {
    Rule<Phase> literal =
        Rule.of(
            "ORG_LITERAL",
            Phase.class,
            Severity.INFO,
            "Reports a text that is also a key",
            (phase, at) -> at.report("PHASE_OVERDUE", ImmutableMap.of()));

    assertThat(
            RuleSet.of(literal)
                .validate(
                    Fixtures.phase("a", Status.IN_PROGRESS),
                    ValidationContext.of(Fixtures.AS_OF, Locale.FRENCH))
                .findings())
        .extracting(Finding::message)
        .containsExactly("PHASE_OVERDUE");
  }

  @Test
  void aCallersTextThatIsNoValidPatternIsReportedAsItIs() {
    Rule<Phase> malformed =
        Rule.of(
            "ORG_MALFORMED",
            Phase.class,
            Severity.INFO,
            "Reports a text with an unclosed brace",
            (phase, at) -> at.report("phase {0 seen", ImmutableMap.of("phase", phase.id())));

    assertThat(
            RuleSet.of(malformed)
                .validate(Fixtures.phase("a", Status.IN_PROGRESS), Fixtures.CONTEXT)
                .findings())
        .extracting(Finding::message)
        .containsExactly("phase {0 seen");
  }
}
