package org.reformkit.examples.fao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SymbolFamily;
import org.reformkit.core.rules.RuleSet;

/**
 * The FAO paper C 2013/26/ES as data: each fact of fao-2013-03.facts.txt, what is left not stated,
 * and the rules' verdict on it.
 */
class FaoReportTest {
  private static final ProgressReport FAO = FaoReform2013.march2013();

  @Test
  void theCoverIsAnFaoConferencePaperOfMarch2013ForTheJuneSessionInRome() {
    assertThat(FAO.document().symbol().family()).isEqualTo(SymbolFamily.FAO);
    assertThat(FAO.document().symbol().organ()).contains("C");
    assertThat(FAO.document().symbol().year()).contains(2013);
    assertThat(FAO.document().symbol().number()).contains(26);
    assertThat(FAO.document().symbol().suffixes()).containsExactly("ES");
    assertThat(FAO.document().date()).contains(PartialDate.parse("2013-03"));
    assertThat(FAO.asOf()).isEqualTo(PartialDate.parse("2013-03"));
    assertThat(FAO.document().session()).contains("38th");
    assertThat(FAO.document().sessionPlace().map(t -> t.in(Locale.ENGLISH))).contains("Rome");
    // the cover states no distribution, contact or action requested
    assertThat(FAO.document().distribution()).isEmpty();
    assertThat(FAO.document().contacts()).isEmpty();
    assertThat(FAO.document().actionsRequested()).isEmpty();
  }

  @Test
  void theIpaStartedIn2009AndFinishedWithNoEndDateSinceTheYearIsMissingFromTheText() {
    assertThat(FAO.programme().launched()).contains(PartialDate.ofYear(2009));
    assertThat(FAO.programme().status()).contains(Status.COMPLETED);
    assertThat(FAO.programme().paragraphs()).containsExactly(1, 2);
    assertThat(FAO.programme().commitments()).isEmpty();
  }

  @Test
  void theIeeReportIsCountedAs109RecommendationsWith330ActionsAndNothingMoreIsInvented() {
    assertThat(FAO.programme().recommendations().listed()).isEmpty();
    assertThat(FAO.programme().recommendations().totals()).hasSize(1);
    RecommendationTotal iee = FAO.programme().recommendations().totals().get(0);
    assertThat(iee.id()).isEqualTo(FaoReform2013.IEE_RECOMMENDATIONS);
    assertThat(iee.count()).contains(109);
    assertThat(iee.actions()).contains(330);
    assertThat(iee.status()).isEmpty();
    assertThat(iee.paragraphs()).containsExactly(2);
    assertThat(iee.source().flatMap(s -> s.symbol())).isEmpty();
    assertThat(iee.source().flatMap(s -> s.date())).isEmpty();
    assertThat(iee.source().flatMap(s -> s.title()).map(t -> t.in(Locale.ENGLISH)).orElseThrow())
        .contains("Independent External Evaluation");
  }

  @Test
  void noMoneyRiskPostOrIndicatorIsStated() {
    assertThat(FAO.programme().finances().lines()).isEmpty();
    assertThat(FAO.programme().risks()).isEmpty();
    assertThat(FAO.programme().postLines()).isEmpty();
    assertThat(FAO.programme().indicators()).isEmpty();
  }

  @Test
  void theStandardRulesFindNothingToSayOfIt() {
    // a recognised FAO symbol with its executive-summary suffix; no status left unstated; one
    // stated count, which no other count or listed recommendation can contradict
    assertThat(RuleSet.standard().validate(FAO, Locale.ENGLISH).findings()).isEmpty();
    assertThat(Optional.of(FAO)).map(r -> r.statements().size()).contains(1);
  }
}
