package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The standard catalogue, defined afresh. {@link RuleSet#standard()} defines its rules once, when
 * the class is loaded; defining them again here is what shows a broken definition (a rule that is
 * missing, or defined as nothing) to a test run that swaps a class after loading, as PIT does.
 */
class StandardRulesTest {

  @Test
  void rulesDefinedAfreshAreTheStandardCatalogueInItsOrder() {
    assertThat(StandardRules.all())
        .doesNotContainNull()
        .extracting(Rule::code)
        .containsExactlyElementsOf(RuleSet.standard().codes());
  }

  @Test
  void rulesDefinedAfreshFindWhatTheStandardRulesFind() {
    RuleSet fresh = RuleSet.of(StandardRules.all().toArray(Rule<?>[]::new));

    qtReports()
        .forEach(
            report ->
                assertThat(fresh.validate(report, Fixtures.CONTEXT))
                    .isEqualTo(RuleSet.standard().validate(report, Fixtures.CONTEXT)));
  }

  private static java.util.List<org.reformkit.core.model.ProgressReport> qtReports() {
    java.util.List<org.reformkit.core.model.ProgressReport> reports = new java.util.ArrayList<>();
    reports.add(Fixtures.report());
    org.quicktheories.QuickTheory.qt()
        .withExamples(20)
        .withFixedSeed(42L)
        .forAll(ProgrammeGenerator.reports())
        .checkAssert(reports::add);
    return reports;
  }
}
