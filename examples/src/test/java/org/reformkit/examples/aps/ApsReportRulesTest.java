package org.reformkit.examples.aps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.SymbolFamily;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationResult;

/**
 * The standard rules on the APS Reform annual progress report 2023: every finding, and why. The
 * only finding is the warning that the report's identifier is not a document symbol of a known form
 * (the report has no symbol, and its name stands in for one); the risk draws nothing, because the
 * report rates it neither likely nor grave and the rules never guess a rating.
 */
class ApsReportRulesTest {
  private static final ProgressReport APS = ApsReform2023.report();

  private static ValidationResult validate(ProgressReport report) {
    return RuleSet.standard().validate(report, Locale.ENGLISH);
  }

  @Test
  void theOnlyFindingIsTheWarningThatTheStandInForASymbolIsOfNoKnownForm() {
    ValidationResult result = validate(APS);
    assertThat(result.findings())
        .extracting(Finding::code, f -> f.path().toString(), Finding::severity)
        .containsExactly(tuple("DOCUMENT_SYMBOL_FORM", "document.symbol", Severity.WARNING));
    assertThat(result.findings().get(0).message())
        .contains("APS Reform Annual Progress Report 2023")
        .contains("not of a known form");
    assertThat(result.hasErrors()).isFalse();
    // why: the name is kept as written, of no family, with no parts read from it
    assertThat(APS.document().symbol().family()).isEqualTo(SymbolFamily.UNRECOGNISED);
    assertThat(APS.document().symbol().year()).isEmpty();
  }

  @Test
  void theUnratedRiskDrawsNoHighRiskFindingEvenWithoutItsMitigation() {
    // RISK_HIGH_UNMITIGATED asks whether likelihood and impact are both high; unrated, that has no
    // answer, so the rule stays silent rather than guess: with the mitigation taken away too
    Risk risk = APS.programme().risks().get(0);
    assertThat(risk.isHighLikelihoodAndImpact()).isEmpty();
    ProgressReport unmitigated =
        APS.withProgramme(APS.programme().withRisks(risk.withMitigation(Optional.empty())));
    assertThat(validate(unmitigated).findings("RISK_HIGH_UNMITIGATED")).isEmpty();
  }

  @Test
  void hadTheReportRatedTheRiskHighBothWaysWithoutAMitigationTheRuleWouldReportIt() {
    // the counterpart: what the rule needs before it speaks, which this report does not state
    Risk risk = APS.programme().risks().get(0);
    Risk rated =
        risk.withLikelihood(RiskRating.high())
            .withImpact(RiskRating.high())
            .withMitigation(Optional.empty());
    ProgressReport hypothetical = APS.withProgramme(APS.programme().withRisks(rated));
    assertThat(validate(hypothetical).findings("RISK_HIGH_UNMITIGATED"))
        .extracting(f -> f.path().toString())
        .containsExactly("risks[absorb-reform]");
    // with the mitigation the report does state, it is silent again
    assertThat(
            validate(
                    APS.withProgramme(
                        APS.programme()
                            .withRisks(
                                risk.withLikelihood(RiskRating.high())
                                    .withImpact(RiskRating.high()))))
                .findings("RISK_HIGH_UNMITIGATED"))
        .isEmpty();
  }

  @Test
  void theRiskThreatensNoNamedCommitmentSoNoneCanBeUnknown() {
    assertThat(APS.programme().risks().get(0).commitments()).isEmpty();
    assertThat(validate(APS).findings("RISK_COMMITMENT_UNKNOWN")).isEmpty();
  }

  @Test
  void everyElementCitesItsParagraphAndEveryStatusIsStatedSoThoseRulesAreSilent() {
    assertThat(validate(APS).findings("SOURCE_PARAGRAPH")).isEmpty();
    // the programme's status is stated (in progress, paragraphs 4, 6 and 7); no commitment is
    // encoded, so no status is left unstated
    assertThat(validate(APS).findings("STATUS_NOT_STATED")).isEmpty();
  }
}
