package org.reformkit.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Rule} by name rather than by position: its code and the type of element it
 * applies to first (made by {@link Rule#builder}), then its severity, title and check, which are
 * required, and its description and missing-fact strategy, which are optional.
 *
 * <pre>{@code
 * Rule<Milestone> dueStated = Rule.builder("ORG_MILESTONE_DUE", Milestone.class)
 *     .severity(Severity.WARNING)
 *     .title("A milestone states when it is due")
 *     .description("A milestone without a due date is reported: its absence is the finding.")
 *     .whenFactsMissing(MissingFacts.NEVER_SKIP)
 *     .check((milestone, at) -> {
 *       if (milestone.due().isEmpty()) {
 *         at.report("{0} states no due date", ImmutableMap.of("milestone", milestone.id()));
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the rules it builds are immutable and are.
 *
 * @param <T> the type of element the rule applies to
 */
public final class RuleBuilder<T> {
  private final String code;
  private final Class<T> elementType;
  private @Nullable Severity severity;
  private @Nullable String title;
  private @Nullable String description;
  private MissingFacts whenFactsMissing = MissingFacts.SKIP_IF_ALL_MISSING;
  private ImmutableList<MessageKey> messages = ImmutableList.of();
  private @Nullable RuleCheck<T> check;

  RuleBuilder(String code, Class<T> elementType) {
    checkNotNull(code, "a rule needs a code");
    checkArgument(Rule.isValidCode(code), "a rule code is A-Z, 0-9 and _: %s", code);
    this.code = code;
    this.elementType = checkNotNull(elementType, "rule %s needs an element type", code);
  }

  /**
   * Sets the severity of the rule's findings unless a rule set changes it. Required.
   *
   * @param severity the default severity
   * @return this builder
   */
  public RuleBuilder<T> severity(Severity severity) {
    this.severity = checkNotNull(severity, "rule %s: the severity is null", code);
    return this;
  }

  /**
   * Sets the one-line title. Required.
   *
   * @param title the title, not blank
   * @return this builder
   * @throws IllegalArgumentException if the title is blank
   */
  public RuleBuilder<T> title(String title) {
    this.title = text(title, "title");
    return this;
  }

  /**
   * Sets what the rule checks, including what it does when a fact is absent. Optional: the title
   * when not set.
   *
   * @param description the description, not blank
   * @return this builder
   * @throws IllegalArgumentException if the description is blank
   */
  public RuleBuilder<T> description(String description) {
    this.description = text(description, "description");
    return this;
  }

  /**
   * Sets what the rule does when a fact it needs is absent. Optional: {@link
   * MissingFacts#SKIP_IF_ALL_MISSING} when not set.
   *
   * @param whenFactsMissing the missing-fact strategy
   * @return this builder
   */
  public RuleBuilder<T> whenFactsMissing(MissingFacts whenFactsMissing) {
    this.whenFactsMissing =
        checkNotNull(whenFactsMissing, "rule %s: the missing-fact strategy is null", code);
    return this;
  }

  /**
   * Sets the check the rule makes on each element. Required.
   *
   * @param check the check, usually a lambda
   * @return this builder
   */
  public RuleBuilder<T> check(RuleCheck<T> check) {
    this.check = checkNotNull(check, "rule %s: the check is null", code);
    return this;
  }

  /** Sets the keys of a standard rule's messages, each one of this rule's. Internal. */
  RuleBuilder<T> messages(MessageKey... keys) {
    for (MessageKey key : keys) {
      checkArgument(
          key.code().equals(code), "rule %s declares a message of rule %s", code, key.code());
    }
    this.messages = ImmutableList.copyOf(keys);
    return this;
  }

  /** Sets the keys of a standard rule's messages, each one of this rule's. Internal. */
  RuleBuilder<T> messages(ImmutableList<MessageKey> keys) {
    return messages(keys.toArray(new MessageKey[0]));
  }

  /**
   * Returns the rule.
   *
   * @return the rule, immutable and thread-safe
   * @throws NullPointerException if the severity, the title or the check is not set
   */
  public Rule<T> build() {
    String ruleTitle = checkNotNull(title, "rule %s needs a title", code);
    return new DefinedRule<>(
        code,
        elementType,
        checkNotNull(severity, "rule %s needs a severity", code),
        ruleTitle,
        description == null ? ruleTitle : description,
        whenFactsMissing,
        messages,
        checkNotNull(check, "rule %s needs a check", code));
  }

  private String text(String text, String what) {
    checkNotNull(text, "rule %s: the %s is null", code, what);
    checkArgument(!text.isBlank(), "rule %s needs a %s", code, what);
    return text;
  }
}
