package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;

/**
 * The standard catalogue of reform rules, in the order they run. Internal: see {@link
 * RuleSet#standard()}.
 */
final class StandardRules {
  private StandardRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.<Rule<?>>builder()
        .addAll(PhaseRules.all())
        .addAll(PostRules.all())
        .addAll(IndicatorRules.all())
        .addAll(StaffRules.all())
        .addAll(DocumentRules.all())
        .addAll(ReferenceRules.all())
        .addAll(ReportRules.all())
        .build();
  }

  static <T> Rule<T> define(
      String code,
      Class<T> type,
      Severity severity,
      MissingFacts whenMissing,
      String title,
      String description,
      ImmutableList<String> keys,
      RuleCheck<T> check) {
    return new DefinedRule<>(code, type, severity, title, description, whenMissing, keys, check);
  }
}
