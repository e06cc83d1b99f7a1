package org.reformkit.examples.aps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;

/**
 * The APS Reform annual progress report 2023 as data: each fact of {@code aps-2023.facts.txt} with
 * its paragraph (this project's numbering: 1 to 5 the executive summary, 6 to 9 Section Four), and
 * what is left not stated.
 */
class ApsReportFactsTest {
  private static final ProgressReport APS = ApsReform2023.report();
  private static final ReformProgramme PROGRAMME = APS.programme();

  private static String en(Statement statement) {
    return statement.text().in(Locale.ENGLISH);
  }

  private static Statement statement(String id) {
    return PROGRAMME.statements().stream()
        .filter(s -> s.id().toString().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDocumentIsTheAnnualProgressReport2023WithNoCoverFactsStated() {
    assertThat(APS.document().title().in(Locale.ENGLISH))
        .isEqualTo("Australian Public Service Reform: Annual progress report 2023");
    // no symbol in the text: the publisher's name for the report stands in for one
    assertThat(APS.document().symbol().text()).isEqualTo("APS Reform Annual Progress Report 2023");
    assertThat(APS.asOf()).isEqualTo(PartialDate.ofYear(2023));
    // H3: no date, organ, session, distribution, contact or action requested in the pages read
    assertThat(APS.document().date()).isEmpty();
    assertThat(APS.document().organ()).isEmpty();
    assertThat(APS.document().session()).isEmpty();
    assertThat(APS.document().distribution()).isEmpty();
    assertThat(APS.document().contacts()).isEmpty();
    assertThat(APS.document().actionsRequested()).isEmpty();
    assertThat(APS.previousReport()).isEmpty();
  }

  @Test
  void f1TheReportIsTheFirstProgressReportAndCoversRisksToBeManaged() {
    assertThat(APS.statements()).hasSize(1);
    Statement first = APS.statements().get(0);
    assertThat(first.kind()).isEqualTo(StatementKind.CONTEXT);
    assertThat(first.paragraphs()).containsExactly(1);
    assertThat(en(first)).startsWith("The first progress report on APS Reform").contains("risks");
  }

  @Test
  void f2ToF5TheProgrammeWasAnnouncedInOctober2022AndIsLedBySecretariesBoard() {
    assertThat(PROGRAMME.name().in(Locale.ENGLISH)).isEqualTo("APS Reform");
    assertThat(PROGRAMME.organization().map(t -> t.in(Locale.ENGLISH)))
        .contains("Australian Public Service");
    assertThat(PROGRAMME.launched()).contains(PartialDate.parse("2022-10"));
    assertThat(PROGRAMME.owner().map(o -> o.name().in(Locale.ENGLISH)))
        .contains("Secretaries Board");
    assertThat(PROGRAMME.owner().flatMap(o -> o.code())).isEmpty();
    assertThat(PROGRAMME.status()).contains(Status.IN_PROGRESS);
    assertThat(PROGRAMME.paragraphs()).containsExactly(2, 3, 4, 6, 7);
  }

  @Test
  void f3AndF4ThePillarsOutcomesAndInitiativesAreKeptAsStatementsNotAsCommitments() {
    assertThat(en(statement("pillars-and-outcomes")))
        .contains("four priority pillars", "eight outcomes", "170,000", "189");
    assertThat(statement("pillars-and-outcomes").paragraphs()).containsExactly(3);
    assertThat(en(statement("first-phase"))).contains("44 initiatives", "12 departments");
    assertThat(statement("first-phase").paragraphs()).containsExactly(4);
    // the pillars are named in Section One, which was not read: no commitment is encoded
    assertThat(PROGRAMME.commitments()).isEmpty();
  }

  @Test
  void f6AndF7TheReformOfficeManagesTheRisksAndSequencingKeepsTheirEffectDown() {
    assertThat(en(statement("risk-management"))).contains("APS Reform Office", "first year");
    assertThat(statement("risk-management").kind()).isEqualTo(StatementKind.CONTEXT);
    assertThat(statement("risk-management").paragraphs()).containsExactly(7);
    assertThat(en(statement("sequencing"))).contains("prioritised, staged and sequenced");
    assertThat(statement("sequencing").kind()).isEqualTo(StatementKind.PLAN);
    assertThat(statement("sequencing").paragraphs()).containsExactly(7);
  }

  @Test
  void f8AndF9OneOpenRiskWithItsMitigationAndNothingElseOfItIsInvented() {
    assertThat(PROGRAMME.risks()).hasSize(1);
    Risk risk = PROGRAMME.risks().get(0);
    assertThat(risk.id()).isEqualTo(ApsReform2023.ABSORB_REFORM);
    assertThat(risk.description().in(Locale.ENGLISH))
        .startsWith("Capacity of the APS to absorb reform:")
        .contains("change fatigue");
    assertThat(risk.mitigation().map(t -> t.in(Locale.ENGLISH)).orElseThrow())
        .startsWith("Five strategies for agencies:")
        .contains("senior decision-makers", "workforce", "readiness");
    assertThat(risk.status()).contains(RiskStatus.OPEN);
    assertThat(risk.paragraphs()).containsExactly(6, 7, 8, 9);
    // not stated in the report: no rating, trend, owner, date, category or commitment
    assertThat(risk.likelihood()).isEmpty();
    assertThat(risk.impact()).isEmpty();
    assertThat(risk.trend()).isEmpty();
    assertThat(risk.owner()).isEmpty();
    assertThat(risk.identified()).isEmpty();
    assertThat(risk.category()).isEmpty();
    assertThat(risk.commitments()).isEmpty();
  }

  @Test
  void noMoneyRecommendationPostOrIndicatorIsStatedInThePagesRead() {
    assertThat(PROGRAMME.finances().lines()).isEmpty();
    assertThat(PROGRAMME.finances().totals()).isEmpty();
    assertThat(PROGRAMME.recommendations().listed()).isEmpty();
    assertThat(PROGRAMME.recommendations().totals()).isEmpty();
    assertThat(PROGRAMME.postLines()).isEmpty();
    assertThat(PROGRAMME.posts()).isEmpty();
    assertThat(PROGRAMME.indicators()).isEmpty();
  }
}
