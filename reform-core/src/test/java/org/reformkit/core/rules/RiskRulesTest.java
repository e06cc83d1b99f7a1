package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.run;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskStatus;

class RiskRulesTest {

  private static Risk openHighRisk() {
    return Risk.builder()
        .id(RiskId.of("r1"))
        .description(LocalizedText.of("en", "Staff resist the new mobility policy"))
        .likelihood(RiskRating.high())
        .impact(RiskRating.parse("5/5 high from 4"))
        .status(RiskStatus.OPEN)
        .addCommitment(CommitmentId.of("bpr"))
        .build();
  }

  @Test
  void anOpenHighAndHighRiskWithoutMitigationIsReported() {
    ValidationResult result = run("RISK_HIGH_UNMITIGATED", programme().withRisks(openHighRisk()));

    assertThat(codesAndPaths(result)).containsExactly(tuple("RISK_HIGH_UNMITIGATED", "risks[r1]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "Open risk r1 has a high likelihood (high) and a high impact (5/5 high from 4) but no"
                + " mitigation is stated");
  }

  @Test
  void aMitigatedClosedLowerOrUnratedRiskIsNotReported() {
    Risk risk = openHighRisk();
    for (Risk quiet :
        new Risk[] {
          risk.withMitigation(LocalizedText.of("en", "Consult the staff union")),
          risk.withStatus(RiskStatus.CLOSED),
          risk.withStatus(Optional.empty()),
          risk.withLikelihood(RiskRating.medium()),
          risk.withImpact(RiskRating.parse("3/5 high from 4")),
          risk.withImpact(RiskRating.parse("5/5")),
          risk.withLikelihood(Optional.empty())
        }) {
      assertThat(run("RISK_HIGH_UNMITIGATED", programme().withRisks(quiet)).findings())
          .as(quiet.toString())
          .isEmpty();
    }
  }

  @Test
  void aRiskThreateningACommitmentThatDoesNotExistIsReported() {
    Risk risk = openHighRisk().withCommitments(CommitmentId.of("bpr"), CommitmentId.of("nowhere"));

    ValidationResult result = run("RISK_COMMITMENT_UNKNOWN", programme().withRisks(risk));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("RISK_COMMITMENT_UNKNOWN", "risks[r1].commitments"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Risk r1 threatens commitment nowhere, which the programme does not have");
    assertThat(
            RuleSet.standard()
                .only("RISK_COMMITMENT_UNKNOWN")
                .validate(programme().withRisks(risk), Fixtures.CONTEXT.withLocale(Locale.FRENCH))
                .findings()
                .get(0)
                .message())
        .isEqualTo("Le risque r1 menace l'engagement nowhere, que le programme ne comporte pas");
    assertThat(run("REFERENCE_UNRESOLVED", programme().withRisks(risk)).findings()).isEmpty();
  }

  @Test
  void aRiskThreateningExistingCommitmentsOrCheckedAloneIsNotReported() {
    assertThat(run("RISK_COMMITMENT_UNKNOWN", programme().withRisks(openHighRisk())).findings())
        .isEmpty();
    assertThat(
            RuleSet.standard()
                .only("RISK_COMMITMENT_UNKNOWN")
                .validate(
                    openHighRisk().withCommitments(CommitmentId.of("nowhere")), Fixtures.CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void repeatedRiskIdentifiersAreReported() {
    assertThat(
            codesAndPaths(
                run("IDENTIFIER_UNIQUE", programme().withRisks(openHighRisk(), openHighRisk()))))
        .containsExactly(tuple("IDENTIFIER_UNIQUE", "risks[r1]"));
  }
}
