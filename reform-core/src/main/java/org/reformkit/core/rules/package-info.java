/**
 * Rule checks: an embeddable rule engine and the standard catalogue of reform rules.
 *
 * <p>A {@link org.reformkit.core.rules.Rule} has a stable code, a title, a default {@link
 * org.reformkit.core.rules.Severity} and a description that says what it does when a fact is
 * absent. A {@link org.reformkit.core.rules.RuleSet} is a value: the standard catalogue, with rules
 * removed, severities changed or a caller's own rules added. Running it on a progress report, a
 * programme or a single element (one post, phase, indicator or document) gives a {@link
 * org.reformkit.core.rules.ValidationResult}: immutable, in a deterministic order, with one {@link
 * org.reformkit.core.rules.Finding} per problem.
 *
 * <pre>{@code
 * ValidationContext context = ValidationContext.of(LocalDate.of(2015, 11, 1), Locale.ENGLISH);
 * ValidationResult result = RuleSet.standard().only("POST_GRADE_LOCATION").validate(post, context);
 * result.hasErrors();
 * System.out.print(result);
 * }</pre>
 *
 * <p>Messages come in English, Chinese, French and Spanish (other locales fall back to English);
 * the standard catalogue is listed in {@code docs/RULES.md}.
 *
 * <p>Everything here is immutable and thread-safe; no rule uses reflection or global state.
 */
@NullMarked
package org.reformkit.core.rules;

import org.jspecify.annotations.NullMarked;
