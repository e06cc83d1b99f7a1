package org.reformkit.core.rules;

/**
 * The check a rule makes on one element, usually written as a lambda: it looks at the element and
 * reports what it finds through the {@link RuleContext}.
 *
 * <pre>{@code
 * RuleCheck<PostDetails> gradeStated = (post, at) -> {
 *   if (post.grade().isEmpty()) {
 *     at.report("The grade is not stated", ImmutableMap.of());
 *   }
 * };
 * }</pre>
 *
 * <p>A check must not keep state between calls: rule sets run it from several threads at once.
 *
 * @param <T> the type of element checked
 */
@FunctionalInterface
public interface RuleCheck<T> {
  /**
   * Checks one element.
   *
   * @param element the element
   * @param context what the rule sees around the element, and where it reports
   */
  void check(T element, RuleContext context);
}
