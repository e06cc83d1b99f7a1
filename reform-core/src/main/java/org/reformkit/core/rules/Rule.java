package org.reformkit.core.rules;

/**
 * A rule: a stable code (never renamed once published, such as {@code PHASE_ORDER}), a one-line
 * title, a default severity, a description that says what it checks and what it does when a fact is
 * absent, and the type of element it applies to (a {@code Phase}, a {@code PostDetails}, a {@code
 * Commitment}, ...). A rule is stateless and thread-safe.
 *
 * <p>A caller's own rule is made from a lambda, with {@link #of} or, to set its description and
 * missing-fact strategy too, with {@link #builder}; its messages are literal texts:
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
   * Returns a builder for a rule, which names each part of the rule as it is set.
   *
   * @param code the stable code: upper-case letters, digits and underscores
   * @param elementType the type of element it applies to
   * @param <T> the type of element
   * @return a builder; severity, title and check are still to be set
   * @throws IllegalArgumentException if the code is not upper-case letters, digits and underscores
   */
  static <T> RuleBuilder<T> builder(String code, Class<T> elementType) {
    return new RuleBuilder<>(code, elementType);
  }

  /**
   * Returns a rule made from a lambda, whose description is its title and which checks whatever
   * facts are present ({@link MissingFacts#SKIP_IF_ALL_MISSING}); the short form of {@link
   * #builder}.
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
    return builder(code, elementType).severity(severity).title(title).check(check).build();
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
