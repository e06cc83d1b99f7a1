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
        .addAll(RelocationRules.all())
        .addAll(IndicatorRules.all())
        .addAll(FinanceRules.all())
        .addAll(RiskRules.all())
        .addAll(StaffRules.all())
        .addAll(RecommendationRules.all())
        .addAll(DocumentRules.all())
        .addAll(ReferenceRules.all())
        .addAll(ReportRules.all())
        .addAll(StatusRules.all())
        .addAll(SeriesRules.all())
        .build();
  }

  /**
   * Returns a standard rule: its definition, every part named (a standard rule sets them all), and
   * its check. The check is an argument of its own so that each rule reads as what it is, then what
   * it does.
   */
  static <T> Rule<T> define(RuleBuilder<T> definition, RuleCheck<T> check) {
    return definition.check(check).build();
  }
}
