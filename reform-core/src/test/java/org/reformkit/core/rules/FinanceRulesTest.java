package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.run;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinanceTotalId;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ReformProgramme;

class FinanceRulesTest {
  private static final DatePeriod BIENNIUM =
      DatePeriod.between(PartialDate.ofYear(2016), PartialDate.ofYear(2017));
  private static final DatePeriod YEAR = DatePeriod.within(PartialDate.ofYear(2016));

  private static FinancialLine line(String id, FinanceKind kind, String amount) {
    return FinancialLine.builder()
        .id(FinancialLineId.of(id))
        .description(LocalizedText.of("en", "Business process review"))
        .kind(kind)
        .amount(Money.parse(amount))
        .period(BIENNIUM)
        .commitment(CommitmentId.of("bpr"))
        .build();
  }

  private static ReformProgramme with(FinancialLine... lines) {
    return programme().withFinances(Finances.builder().addLines(lines).build());
  }

  private static FinanceTotal total(String amount, String... lines) {
    FinanceTotal.Builder b =
        FinanceTotal.builder()
            .id(FinanceTotalId.of("one-time"))
            .description(LocalizedText.of("en", "One-time investment"))
            .amount(Money.parse(amount));
    for (String id : lines) {
      b.addLine(FinancialLineId.of(id));
    }
    return b.build();
  }

  private static ReformProgramme withTotal(FinanceTotal total, FinancialLine... lines) {
    return programme().withFinances(Finances.builder().addLines(lines).addTotal(total).build());
  }

  @Test
  void expenditureOverTheApprovedBudgetOfItsCommitmentAndPeriodIsReported() {
    ValidationResult result =
        run(
            "FINANCE_OVER_BUDGET",
            with(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 2500000.00"),
                line("spent-2016", FinanceKind.EXPENDITURE, "USD 1500000"),
                line("spent-2017", FinanceKind.EXPENDITURE, "USD 1000000.01")));

    assertThat(codesAndPaths(result)).containsExactly(tuple("FINANCE_OVER_BUDGET", "finances"));
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "Expenditure on commitment bpr for 2016/2017 (USD 2500000.01) exceeds its approved"
                + " budget (USD 2500000.00)");
  }

  @Test
  void expenditureOverTheProgrammesBudgetIsReportedAsTheProgrammes() {
    ValidationResult result =
        run(
            "FINANCE_OVER_BUDGET",
            with(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 10")
                    .withCommitment(Optional.empty()),
                line("spent", FinanceKind.EXPENDITURE, "USD 11").withCommitment(Optional.empty())));

    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "Expenditure on the programme as a whole for 2016/2017 (USD 11) exceeds"
                            + " its approved budget (USD 10)"));
  }

  @Test
  void expenditureEqualToTheBudgetOrAgainstAnotherScopePeriodOrSourceIsNotReported() {
    FinancialLine approved = line("approved", FinanceKind.APPROVED_BUDGET, "USD 10");
    FinancialLine spent = line("spent", FinanceKind.EXPENDITURE, "USD 11");

    assertThat(
            run(
                    "FINANCE_OVER_BUDGET",
                    with(approved, line("spent", FinanceKind.EXPENDITURE, "USD 10.00")))
                .findings())
        .isEmpty();
    assertThat(
            run("FINANCE_OVER_BUDGET", with(approved, spent.withCommitment(CommitmentId.of("hr"))))
                .findings())
        .isEmpty();
    assertThat(run("FINANCE_OVER_BUDGET", with(approved, spent.withPeriod(YEAR))).findings())
        .isEmpty();
    assertThat(
            run(
                    "FINANCE_OVER_BUDGET",
                    with(approved, spent.withSource(FundingSource.EXTRABUDGETARY)))
                .findings())
        .isEmpty();
    assertThat(
            run(
                    "FINANCE_OVER_BUDGET",
                    with(
                        approved,
                        spent.withKind(FinanceKind.OBLIGATION),
                        line("est", FinanceKind.COST_ESTIMATE, "USD 99")))
                .findings())
        .isEmpty();
  }

  @Test
  void linesWithoutAPeriodAreNeverTakenForTheSamePeriod() {
    FinancialLine approved =
        line("approved", FinanceKind.APPROVED_BUDGET, "USD 10").withPeriod(Optional.empty());
    FinancialLine spent =
        line("spent", FinanceKind.EXPENDITURE, "USD 11").withPeriod(Optional.empty());

    assertThat(run("FINANCE_OVER_BUDGET", with(approved, spent)).findings()).isEmpty();
  }

  @Test
  void budgetAndSpendingInDifferentCurrenciesAreNotComparedButReported() {
    ReformProgramme p =
        with(
            line("approved", FinanceKind.APPROVED_BUDGET, "USD 10"),
            line("spent", FinanceKind.EXPENDITURE, "CHF 11"));

    assertThat(run("FINANCE_OVER_BUDGET", p).findings()).isEmpty();
    ValidationResult mixed = run("MONEY_CURRENCY_MIXED", p);
    assertThat(codesAndPaths(mixed)).containsExactly(tuple("MONEY_CURRENCY_MIXED", "finances"));
    assertThat(mixed.findings().get(0).message())
        .isEqualTo(
            "The approved budget and the expenditure of commitment bpr for 2016/2017 are in"
                + " different currencies (USD, CHF) and cannot be compared");
  }

  @Test
  void programmeBudgetAndSpendingInDifferentCurrenciesAreReportedAsTheProgrammes() {
    ReformProgramme p =
        with(
            line("approved", FinanceKind.APPROVED_BUDGET, "USD 10")
                .withCommitment(Optional.empty()),
            line("spent", FinanceKind.EXPENDITURE, "CHF 1").withCommitment(Optional.empty()));

    assertThat(run("MONEY_CURRENCY_MIXED", p).findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "The approved budget and the expenditure of the programme for 2016/2017"
                            + " are in different currencies (USD, CHF) and cannot be compared"));
  }

  @Test
  void currenciesOfLinesThatAreNeverComparedAreNotReported() {
    ReformProgramme p =
        with(
            line("approved", FinanceKind.APPROVED_BUDGET, "USD 10"),
            line("other-approved", FinanceKind.APPROVED_BUDGET, "CHF 10"),
            line("saving", FinanceKind.SAVING, "EUR 1"));

    assertThat(run("MONEY_CURRENCY_MIXED", p).findings()).isEmpty();
  }

  @Test
  void aTotalThatAddsAmountsInDifferentCurrenciesIsReported() {
    ReformProgramme p =
        withTotal(
            total("USD 3", "a", "b", "missing"),
            line("a", FinanceKind.COST_ESTIMATE, "USD 1"),
            line("b", FinanceKind.COST_ESTIMATE, "EUR 2"));

    ValidationResult result = run("MONEY_CURRENCY_MIXED", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("MONEY_CURRENCY_MIXED", "finances.totals[one-time]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Total one-time adds up amounts in different currencies (USD, EUR)");
    assertThat(run("FINANCE_TOTAL_SUM", p).findings()).isEmpty();
  }

  @Test
  void aTotalInAnotherCurrencyThanItsLinesIsReported() {
    ReformProgramme p = withTotal(total("EUR 1", "a"), line("a", FinanceKind.SAVING, "USD 1"));

    assertThat(codesAndPaths(run("MONEY_CURRENCY_MIXED", p)))
        .containsExactly(tuple("MONEY_CURRENCY_MIXED", "finances.totals[one-time]"));
  }

  @Test
  void aStatedTotalThatDoesNotAddUpIsReported() {
    ReformProgramme p =
        withTotal(
            total("USD 5100000", "a", "b"),
            line("a", FinanceKind.COST_ESTIMATE, "USD 3000000.50"),
            line("b", FinanceKind.COST_ESTIMATE, "USD 2000000"));

    ValidationResult result = run("FINANCE_TOTAL_SUM", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("FINANCE_TOTAL_SUM", "finances.totals[one-time]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "Total one-time states USD 5100000 but its lines (a, b) add up to USD 5000000.50");
    assertThat(run("MONEY_CURRENCY_MIXED", p).findings()).isEmpty();
  }

  @Test
  void aTotalThatAddsUpInValueWhateverItsScaleIsNotReported() {
    ReformProgramme p =
        withTotal(
            total("USD 5.10", "a", "b"),
            line("a", FinanceKind.COST_ESTIMATE, "USD 5"),
            line("b", FinanceKind.COST_ESTIMATE, "USD 0.1"));

    assertThat(run("FINANCE_TOTAL_SUM", p).findings()).isEmpty();
  }

  @Test
  void aTotalWithoutLinesOrWithAMissingLineOrWithoutItsProgrammeIsSkipped() {
    FinancialLine a = line("a", FinanceKind.COST_ESTIMATE, "USD 1");

    assertThat(run("FINANCE_TOTAL_SUM", withTotal(total("USD 9"), a)).findings()).isEmpty();
    assertThat(run("FINANCE_TOTAL_SUM", withTotal(total("USD 9", "a", "z"), a)).findings())
        .isEmpty();
    assertThat(
            RuleSet.standard()
                .only("FINANCE_TOTAL_SUM")
                .validate(total("USD 9", "a"), Fixtures.CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void aTotalListingALineThatDoesNotExistIsAnUnresolvedReference() {
    ReformProgramme p =
        withTotal(total("USD 1", "a", "z"), line("a", FinanceKind.SAVING, "USD 1"))
            .withFinances(
                Finances.builder()
                    .addLine(
                        line("a", FinanceKind.SAVING, "USD 1")
                            .withCommitment(CommitmentId.of("nowhere")))
                    .addTotal(total("USD 1", "a", "z"))
                    .build());

    ValidationResult result = run("REFERENCE_UNRESOLVED", p);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("REFERENCE_UNRESOLVED", "finances.lines[a].commitment"),
            tuple("REFERENCE_UNRESOLVED", "finances.totals[one-time].lines"));
    assertThat(result.findings().get(1).message())
        .isEqualTo("No financial line z in the programme");
  }

  @Test
  void repeatedFinancialIdentifiersAreReported() {
    FinancialLine a = line("a", FinanceKind.SAVING, "USD 1");
    ReformProgramme p =
        programme()
            .withFinances(
                Finances.builder()
                    .addLines(a, a)
                    .addTotals(total("USD 1", "a"), total("USD 1", "a"))
                    .build());

    assertThat(codesAndPaths(run("IDENTIFIER_UNIQUE", p)))
        .containsExactly(
            tuple("IDENTIFIER_UNIQUE", "finances.lines[a]"),
            tuple("IDENTIFIER_UNIQUE", "finances.totals[one-time]"));
  }

  @Test
  void aSavingWithoutItsPeriodIsReported() {
    ValidationResult result =
        run(
            "SAVING_WITHOUT_PERIOD",
            with(
                line("efficiency", FinanceKind.SAVING, "USD 750000").withPeriod(Optional.empty())));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("SAVING_WITHOUT_PERIOD", "finances.lines[efficiency]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Saving efficiency (USD 750000) does not say which period it covers");
  }

  @Test
  void aSavingWithItsPeriodAndOtherLinesWithoutOneAreNotReported() {
    assertThat(
            run(
                    "SAVING_WITHOUT_PERIOD",
                    with(
                        line("efficiency", FinanceKind.SAVING, "USD 750000"),
                        line("spent", FinanceKind.EXPENDITURE, "USD 1")
                            .withPeriod(Optional.empty())))
                .findings())
        .isEmpty();
  }

  @Test
  void aProgrammeWithoutMoneyHasNoFinancialFindings() {
    assertThat(
            RuleSet.standard()
                .only(
                    "FINANCE_OVER_BUDGET",
                    "FINANCE_TOTAL_SUM",
                    "MONEY_CURRENCY_MIXED",
                    "SAVING_WITHOUT_PERIOD")
                .validate(programme(), Fixtures.CONTEXT)
                .findings())
        .isEmpty();
  }
}
