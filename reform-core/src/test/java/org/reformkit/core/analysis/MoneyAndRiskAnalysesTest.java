package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskScale;

class MoneyAndRiskAnalysesTest {
  private static final DatePeriod BIENNIUM =
      DatePeriod.between(PartialDate.ofYear(2016), PartialDate.ofYear(2017));
  private static final DatePeriod LATER =
      DatePeriod.between(PartialDate.ofYear(2018), PartialDate.ofYear(2019));

  private static FinancialLine line(String id, FinanceKind kind, String amount) {
    return FinancialLine.builder()
        .id(FinancialLineId.of(id))
        .description(LocalizedText.of("en", id))
        .kind(kind)
        .amount(Money.parse(amount))
        .period(BIENNIUM)
        .source(FundingSource.REGULAR_BUDGET)
        .commitment(CommitmentId.of("bpr"))
        .build();
  }

  private static ReformProgramme programme(FinancialLine... lines) {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("p"))
        .name(LocalizedText.of("en", "Reform"))
        .finances(Finances.builder().addLines(lines).build())
        .build();
  }

  @Test
  void addsLinesUpByCommitmentKindSourcePeriodAndCurrencyAndSetsSpendingAgainstTheBudget() {
    MoneySummary money =
        MoneySummary.of(
            programme(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 2000000.00"),
                line("spent-1", FinanceKind.EXPENDITURE, "USD 500000.25"),
                line("spent-2", FinanceKind.EXPENDITURE, "USD 250000"),
                line("spent-chf", FinanceKind.EXPENDITURE, "CHF 10"),
                line("saving", FinanceKind.SAVING, "USD 100000")
                    .withCommitment(Optional.empty())
                    .withPeriod(Optional.empty())
                    .withSource(Optional.empty())),
            LocalDate.of(2017, 6, 30));

    assertThat(money.groups())
        .extracting(g -> g.kind() + " " + g.amount() + " " + g.lines())
        .containsExactly(
            "APPROVED_BUDGET USD 2000000.00 1",
            "EXPENDITURE USD 750000.25 2",
            "EXPENDITURE CHF 10 1",
            "SAVING USD 100000 1");
    assertThat(money.spentAgainstApproved()).isEmpty();
    assertThat(money.asOf()).isEqualTo(LocalDate.of(2017, 6, 30));
  }

  @Test
  void givesTheShareSpentForTheScopesWithBudgetAndSpendingInOneCurrency() {
    MoneySummary money =
        MoneySummary.of(
            programme(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 2000000.00"),
                line("spent-1", FinanceKind.EXPENDITURE, "USD 500000.25"),
                line("spent-2", FinanceKind.EXPENDITURE, "USD 250000"),
                line("later", FinanceKind.APPROVED_BUDGET, "USD 1").withPeriod(LATER),
                line("later-spent", FinanceKind.EXPENDITURE, "USD 1").withPeriod(LATER)),
            LocalDate.of(2017, 6, 30));

    assertThat(money.spentAgainstApproved()).hasSize(1);
    MoneySummary.Spending s = money.spentAgainstApproved().get(0);
    assertThat(s.approved()).isEqualTo(Money.parse("USD 2000000.00"));
    assertThat(s.spent()).isEqualTo(Money.parse("USD 750000.25"));
    assertThat(s.sharePercent()).contains(new BigDecimal("37.5"));
    assertThat(s.commitment()).contains(CommitmentId.of("bpr"));
    assertThat(money.spendingTable(Locale.ENGLISH).toString())
        .contains("Commitment")
        .contains("Spent (%)")
        .contains("USD 2000000.00")
        .contains("37.5");
    assertThat(money.toTable(Locale.FRENCH).toString())
        .contains("budget approuvé")
        .contains("budget ordinaire");
    assertThat(money.toString()).contains("approved budget").contains("Approved");
  }

  @Test
  void costEstimatesAndSavingsAreNeitherBudgetNorSpending() {
    MoneySummary money =
        MoneySummary.of(
            programme(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 1000"),
                line("spent", FinanceKind.EXPENDITURE, "USD 250"),
                line("estimate", FinanceKind.COST_ESTIMATE, "USD 400"),
                line("saving", FinanceKind.SAVING, "USD 50")),
            LocalDate.of(2017, 6, 30));

    assertThat(money.spentAgainstApproved())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.approved()).isEqualTo(Money.parse("USD 1000"));
              assertThat(s.spent()).isEqualTo(Money.parse("USD 250"));
            });
  }

  @Test
  void spendingIsSetAgainstABudgetOnlyWhenBothAreStatedForAPeriod() {
    LocalDate asOf = LocalDate.of(2017, 6, 30);
    MoneySummary withoutPeriod =
        MoneySummary.of(
            programme(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 1000")
                    .withPeriod(Optional.empty()),
                line("spent", FinanceKind.EXPENDITURE, "USD 250").withPeriod(Optional.empty())),
            asOf);
    MoneySummary withoutBudget =
        MoneySummary.of(programme(line("spent", FinanceKind.EXPENDITURE, "USD 250")), asOf);
    MoneySummary withoutSpending =
        MoneySummary.of(programme(line("approved", FinanceKind.APPROVED_BUDGET, "USD 1000")), asOf);

    assertThat(withoutPeriod.spentAgainstApproved()).isEmpty();
    assertThat(withoutBudget.spentAgainstApproved()).isEmpty();
    assertThat(withoutSpending.spentAgainstApproved()).isEmpty();
  }

  @Test
  void aPeriodWithoutAStatedStartIsTakenAsBegunAndOneStartingLaterIsNot() {
    DatePeriod untilLater = DatePeriod.parse("/2019");
    DatePeriod fromLater = DatePeriod.parse("2018/");
    LocalDate asOf = LocalDate.of(2017, 6, 30);

    assertThat(
            MoneySummary.of(
                    programme(
                        line("approved", FinanceKind.APPROVED_BUDGET, "USD 1000")
                            .withPeriod(untilLater),
                        line("spent", FinanceKind.EXPENDITURE, "USD 250").withPeriod(untilLater)),
                    asOf)
                .spentAgainstApproved())
        .hasSize(1);
    assertThat(
            MoneySummary.of(
                    programme(
                        line("approved", FinanceKind.APPROVED_BUDGET, "USD 1000")
                            .withPeriod(fromLater),
                        line("spent", FinanceKind.EXPENDITURE, "USD 250").withPeriod(fromLater)),
                    asOf)
                .spentAgainstApproved())
        .isEmpty();
  }

  @Test
  void aZeroBudgetHasNoShareAndMixedCurrenciesNoComparison() {
    MoneySummary zero =
        MoneySummary.of(
            programme(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 0"),
                line("spent", FinanceKind.EXPENDITURE, "USD 5")),
            LocalDate.of(2017, 1, 1));
    MoneySummary mixed =
        MoneySummary.of(
            programme(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 10"),
                line("approved-chf", FinanceKind.APPROVED_BUDGET, "CHF 10"),
                line("spent", FinanceKind.EXPENDITURE, "USD 5")),
            LocalDate.of(2017, 1, 1));

    assertThat(zero.spentAgainstApproved().get(0).sharePercent()).isEmpty();
    assertThat(zero.spendingTable(Locale.ENGLISH).toString()).containsPattern("(?m)USD 5 +-$");
    assertThat(mixed.spentAgainstApproved()).isEmpty();
  }

  @Test
  void theProgrammeAsAWholeIsNamedInTheReadersLanguage() {
    MoneySummary money =
        MoneySummary.of(
            programme(
                line("approved", FinanceKind.APPROVED_BUDGET, "USD 10")
                    .withCommitment(Optional.empty()),
                line("spent", FinanceKind.EXPENDITURE, "USD 5").withCommitment(Optional.empty())),
            LocalDate.of(2017, 1, 1));

    assertThat(money.spendingTable(Locale.CHINESE).toString()).contains("整个方案");
    assertThat(money.toTable(Locale.forLanguageTag("es")).toString())
        .contains("programa en su conjunto");
  }

  private static Risk risk(String id, RiskRating likelihood, RiskRating impact, String... on) {
    Risk.Builder b =
        Risk.builder()
            .id(RiskId.of(id))
            .description(LocalizedText.of("en", id))
            .likelihood(likelihood)
            .impact(impact);
    for (String c : on) {
      b.addCommitment(CommitmentId.of(c));
    }
    return b.build();
  }

  @Test
  void placesRisksOnTheMatrixOfTheirOwnScalesAndByCommitment() {
    RiskRating four = RiskRating.of(RiskScale.numbered(5), 4);
    RiskRating two = RiskRating.of(RiskScale.numbered(5), 2);
    ReformProgramme p =
        programme()
            .withRisks(
                risk("r1", RiskRating.high(), RiskRating.high(), "bpr"),
                risk("r2", RiskRating.high(), RiskRating.high(), "bpr", "hr"),
                risk("r3", four, two),
                Risk.builder()
                    .id(RiskId.of("r4"))
                    .description(LocalizedText.of("en", "r4"))
                    .likelihood(RiskRating.low())
                    .build());

    RiskMatrix matrix = RiskMatrix.of(p);

    assertThat(matrix.count(RiskRating.high(), RiskRating.high())).isEqualTo(2);
    assertThat(matrix.risks(four, two)).containsExactly(RiskId.of("r3"));
    assertThat(matrix.count(RiskRating.high(), four)).isZero();
    assertThat(matrix.count(RiskRating.low(), RiskRating.high())).isZero();
    assertThat(matrix.notRated()).containsExactly(RiskId.of("r4"));
    assertThat(matrix.scales())
        .containsExactly(
            List.of(RiskScale.lowMediumHigh(), RiskScale.lowMediumHigh()),
            List.of(RiskScale.numbered(5), RiskScale.numbered(5)));
    assertThat(matrix.byCommitment().get(CommitmentId.of("bpr")))
        .containsExactly(RiskId.of("r1"), RiskId.of("r2"));
    assertThat(matrix.byCommitment().get(CommitmentId.of("hr"))).containsExactly(RiskId.of("r2"));
    assertThat(matrix.programmeWide()).containsExactly(RiskId.of("r3"), RiskId.of("r4"));
  }

  @Test
  void printsTheMatrixHighestLikelihoodFirstInTheReadersLanguage() {
    ReformProgramme p =
        programme()
            .withRisks(
                risk("r1", RiskRating.high(), RiskRating.medium(), "bpr"),
                risk("r2", RiskRating.low(), RiskRating.high()));

    String table = RiskMatrix.of(p).toTable(Locale.ENGLISH).toString();
    List<String> lines = table.lines().toList();

    assertThat(table).contains("Likelihood × impact").contains("low-medium-high × low-medium-high");
    assertThat(lines.get(3)).startsWith("high").contains("r1");
    assertThat(lines.get(5)).startsWith("low").contains("r2");
    assertThat(RiskMatrix.of(p).toTable(Locale.CHINESE).toString()).contains("高").contains("低");
    assertThat(RiskMatrix.of(p).byCommitmentTable(Locale.FRENCH).toString())
        .contains("Risques")
        .contains("programme dans son ensemble");
    assertThat(RiskMatrix.of(p).toString()).contains("Risks");
  }

  @Test
  void aRiskWithoutRatingsIsListedAsNotRated() {
    ReformProgramme p =
        programme()
            .withRisks(
                Risk.builder()
                    .id(RiskId.of("r9"))
                    .description(LocalizedText.of("en", "r"))
                    .build());

    assertThat(RiskMatrix.of(p).toTable(Locale.ENGLISH).toString())
        .containsPattern("(?m)^not rated +r9$");
    assertThat(RiskMatrix.of(p).scales()).isEmpty();
  }

  /** Synthetic test data for docs/ANALYSES.md: not the facts of any report. */
  static ReformProgramme example() {
    return programme(
            line("bpr-approved", FinanceKind.APPROVED_BUDGET, "USD 2500000.00"),
            line("bpr-spent", FinanceKind.EXPENDITURE, "USD 1250000.50"),
            line("field-approved", FinanceKind.APPROVED_BUDGET, "USD 800000")
                .withCommitment(CommitmentId.of("field"))
                .withSource(FundingSource.EXTRABUDGETARY),
            line("field-spent", FinanceKind.EXPENDITURE, "USD 920000")
                .withCommitment(CommitmentId.of("field"))
                .withSource(FundingSource.EXTRABUDGETARY),
            line("efficiency", FinanceKind.SAVING, "USD 400000")
                .withCommitment(Optional.empty())
                .withSource(Optional.empty())
                .withPeriod(DatePeriod.within(PartialDate.ofYear(2017))))
        .withRisks(
            risk("mobility", RiskRating.high(), RiskRating.high(), "hr"),
            risk("redesign-delay", RiskRating.medium(), RiskRating.high(), "bpr"),
            risk("field-costs", RiskRating.low(), RiskRating.medium(), "field", "bpr"),
            Risk.builder()
                .id(RiskId.of("union"))
                .description(LocalizedText.of("en", "union"))
                .build());
  }

  private static List<String> blocksAfter(String heading) throws java.io.IOException {
    String page =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "docs", "ANALYSES.md"),
            java.nio.charset.StandardCharsets.UTF_8);
    List<String> blocks = new java.util.ArrayList<>();
    int at = page.indexOf(heading);
    while (true) {
      int start = page.indexOf("```\n", at);
      if (start < 0) {
        return blocks;
      }
      int end = page.indexOf("```\n", start + 4);
      blocks.add(page.substring(start + 4, end));
      at = end + 4;
    }
  }

  @Test
  void theAnalysesPageShowsWhatTheMoneyAndRiskCallsPrintOnTheExample() throws Exception {
    MoneySummary money = MoneySummary.of(example(), LocalDate.of(2017, 6, 30));
    RiskMatrix risks = RiskMatrix.of(example());
    List<String> printed =
        List.of(
            money.toTable(Locale.ENGLISH).toString(),
            money.spendingTable(Locale.ENGLISH).toString(),
            risks.toTable(Locale.ENGLISH).toString(),
            risks.byCommitmentTable(Locale.ENGLISH).toString());
    if (Boolean.getBoolean("analyses.md.print")) {
      printed.forEach(System.out::println);
    }

    assertThat(blocksAfter("### What does it cost, and what could go wrong?"))
        .containsExactlyElementsOf(printed);
  }
}
