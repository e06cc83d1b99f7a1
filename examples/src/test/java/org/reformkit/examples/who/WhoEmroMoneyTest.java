package org.reformkit.examples.who;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationContext;

/** The money of WHO EMRO's 2015 annual report (who-emro-2015.facts.txt), and nothing more. */
class WhoEmroMoneyTest {
  private static final ReformProgramme EMRO = WhoEmro2015.programme();

  @Test
  void theTwoBudgetsOf2014To2015AreKeptToTheDollarInUsd() {
    assertThat(EMRO.finances().lines())
        .extracting(
            l -> l.id(),
            FinancialLine::kind,
            l -> l.amount().amount(),
            l -> l.amount().currency().getCurrencyCode())
        .containsExactly(
            tuple(
                WhoEmro2015.BASE_BUDGET,
                FinanceKind.APPROVED_BUDGET,
                new BigDecimal("268000000"),
                "USD"),
            tuple(
                WhoEmro2015.EMERGENCY_BUDGET,
                FinanceKind.ALLOCATION,
                new BigDecimal("585000000"),
                "USD"));
    for (FinancialLine line : EMRO.finances().lines()) {
      assertThat(line.period().flatMap(p -> p.start())).contains(PartialDate.ofYear(2014));
      assertThat(line.period().flatMap(p -> p.end())).contains(PartialDate.ofYear(2015));
      assertThat(line.paragraphs()).containsExactly(2);
    }
  }

  @Test
  void whatThePageGivesOnlyAsPercentagesIsNotTurnedIntoAmounts() {
    // funded 84% / 89%, used 83% / 85%: no expenditure line, no stated total, no source, no
    // recurrence (one-time or recurring) is invented
    assertThat(EMRO.finances().lines()).noneMatch(l -> l.kind() == FinanceKind.EXPENDITURE);
    assertThat(EMRO.finances().totals()).isEmpty();
    assertThat(EMRO.finances().lines()).allMatch(l -> l.source().isEmpty());
    assertThat(EMRO.finances().lines()).allMatch(l -> l.recurrence().isEmpty());
    assertThat(EMRO.risks()).isEmpty();
    assertThat(EMRO.status()).isEmpty();
  }

  @Test
  void theRulesOnlyNoteThatTheProgrammeItselfStatesNoStatus() {
    // the page states no as-of date; the annual report covers 2015, and no rule here depends on
    // the date, since nothing in the programme is dated
    ValidationContext endOf2015 = ValidationContext.of(LocalDate.of(2015, 12, 31), Locale.ENGLISH);
    assertThat(RuleSet.standard().validate(EMRO, endOf2015).findings())
        .extracting(Finding::code, f -> f.path().toString(), Finding::severity)
        .containsExactly(tuple("STATUS_NOT_STATED", "", Severity.INFO));
  }
}
