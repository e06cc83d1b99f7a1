package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;

/**
 * A rule: a stable code (never renamed once published, such as {@code PHASE_ORDER}), a one-line
 * title, a default severity, a description that says what it checks and what it does when a fact is
 * absent, and the type of element it applies to (a {@code Phase}, a {@code PostDetails}, a {@code
 * Commitment}, ...). A rule is stateless and thread-safe.
 *
 * <p>A caller's own rule is made from a lambda:
 *
 * <pre>{@code
 * Rule<PostDetails> gradeStated = Rule.of("POST_GRADE_STATED", PostDetails.class, Severity.INFO,
 *     "A post states its grade",
 *     (post, at) -> {
 *       if (post.grade().isEmpty()) {
 *         at.report("The grade of the posts is not stated", ImmutableMap.of());
 *       }
 *     });
 * RuleSet rules = RuleSet.standard().with(gradeStated);
 * }</pre>
 *
 * @param <T> the type of element the rule applies to
 */
public interface Rule<T> {
  /**
   * Returns the stable code, upper-case letters, digits and underscores.
   *
   * @return the code
   */
  String code();

  /**
   * Returns a one-line title, in English.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the severity of its findings unless a rule set changes it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns what the rule checks, in English, including what it does when a fact is absent.
   *
   * @return the description
   */
  String description();

  /**
   * Returns what the rule does when a fact it needs is absent.
   *
   * @return the missing-fact strategy
   */
  MissingFacts whenFactsMissing();

  /**
   * Returns the type of element the rule applies to; the rule runs on every element of that type
   * (or a subtype) that a validation visits.
   *
   * @return the element type
   */
  Class<T> elementType();

  /**
   * Checks one element.
   *
   * @param element the element
   * @param context what the rule sees around the element, and where it reports
   */
  void check(T element, RuleContext context);

  /**
   * Returns a rule made from a lambda, whose description is its title and which checks whatever
   * facts are present ({@link MissingFacts#SKIP_IF_ALL_MISSING}).
   *
   * @param code the stable code: upper-case letters, digits and underscores
   * @param elementType the type of element it applies to
   * @param severity its default severity
   * @param title a one-line title
   * @param check the check
   * @param <T> the type of element
   * @return the rule
   * @throws IllegalArgumentException if the code is not upper-case letters, digits and underscores
   *     or the title is blank
   */
  static <T> Rule<T> of(
      String code, Class<T> elementType, Severity severity, String title, RuleCheck<T> check) {
    return of(code, elementType, severity, title, title, MissingFacts.SKIP_IF_ALL_MISSING, check);
  }

  /**
   * Returns a rule made from a lambda, with a description and a missing-fact strategy.
   *
   * @param code the stable code: upper-case letters, digits and underscores
   * @param elementType the type of element it applies to
   * @param severity its default severity
   * @param title a one-line title
   * @param description what it checks and what it does when a fact is absent
   * @param whenFactsMissing what it does when a fact is absent
   * @param check the check
   * @param <T> the type of element
   * @return the rule
   * @throws IllegalArgumentException if the code is not upper-case letters, digits and underscores
   *     or the title or description is blank
   */
  static <T> Rule<T> of(
      String code,
      Class<T> elementType,
      Severity severity,
      String title,
      String description,
      MissingFacts whenFactsMissing,
      RuleCheck<T> check) {
    return new DefinedRule<>(
        code,
        elementType,
        severity,
        title,
        description,
        whenFactsMissing,
        ImmutableList.of(),
        check);
  }

  /**
   * Whether a text is a valid rule code: an upper-case letter, then upper-case letters, digits and
   * underscores.
   *
   * @param code the text
   * @return whether it is a valid code
   */
  static boolean isValidCode(String code) {
    return DefinedRule.CODE.matcher(code).matches();
  }
}
