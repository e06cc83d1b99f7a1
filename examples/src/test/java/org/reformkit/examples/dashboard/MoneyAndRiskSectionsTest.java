package org.reformkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.examples.SeedReport;

class MoneyAndRiskSectionsTest {

  /** The seed with synthetic money and risks (test data, not facts of the seed report). */
  static ProgressReport withMoneyAndRisks() {
    ProgressReport seed = SeedReport.november2015();
    FinancialLine approved =
        FinancialLine.builder()
            .id(FinancialLineId.of("bpr-approved"))
            .description(LocalizedText.of("en", "Business process review"))
            .kind(FinanceKind.APPROVED_BUDGET)
            .amount(Money.parse("USD 2000000"))
            .period(DatePeriod.parse("2015/2016"))
            .commitment(CommitmentId.of("bpr"))
            .build();
    FinancialLine spent =
        approved
            .withId(FinancialLineId.of("bpr-spent"))
            .withKind(FinanceKind.EXPENDITURE)
            .withAmount(Money.parse("USD 2500000"));
    FinancialLine fieldApproved =
        approved
            .withId(FinancialLineId.of("field-approved"))
            .withCommitment(CommitmentId.of("field"))
            .withAmount(Money.parse("CHF 400000"));
    FinancialLine fieldSpent =
        fieldApproved
            .withId(FinancialLineId.of("field-spent"))
            .withKind(FinanceKind.EXPENDITURE)
            .withAmount(Money.parse("CHF 100000"));
    return seed.withProgramme(
        seed.programme()
            .withFinances(
                Finances.builder().addLines(approved, spent, fieldApproved, fieldSpent).build())
            .withRisks(
                Risk.builder()
                    .id(RiskId.of("r1"))
                    .description(LocalizedText.of("en", "Redesign is delayed"))
                    .likelihood(RiskRating.high())
                    .impact(RiskRating.high())
                    .addCommitment(CommitmentId.of("bpr"))
                    .build(),
                Risk.builder()
                    .id(RiskId.of("r2"))
                    .description(LocalizedText.of("en", "Offices resist the new structure"))
                    .likelihood(RiskRating.parse("2/5"))
                    .impact(RiskRating.parse("4/5"))
                    .build(),
                Risk.builder()
                    .id(RiskId.of("r3"))
                    .description(LocalizedText.of("en", "Unrated"))
                    .build()));
  }

  @Test
  void showsSpendingAgainstTheBudgetAsBarsOverspendingMarked() {
    String html = DashboardRenderer.of(Locale.ENGLISH).render(withMoneyAndRisks(), List.of());

    assertThat(html).contains("<section id=\"money\">").contains("<svg class=\"money\"");
    assertThat(html.split("<g class=\"spending", -1)).hasSize(3);
    assertThat(html.split("<g class=\"spending over\"", -1)).hasSize(2);
    assertThat(html).contains("125.0% · USD 2500000 / USD 2000000").contains("25.0% · CHF 100000");
    assertThat(html).doesNotContain("<script");
  }

  @Test
  void showsRisksAsOneMatrixPerPairOfScalesMarkingHighOnlyWhereTheScaleSays() {
    String html = DashboardRenderer.of(Locale.ENGLISH).render(withMoneyAndRisks(), List.of());

    assertThat(html).contains("<section id=\"risks\">");
    assertThat(html.split("<svg class=\"risks\"", -1)).hasSize(3);
    assertThat(html.split("<g class=\"risk-cell", -1)).hasSize(9 + 25 + 1);
    assertThat(html.split("<g class=\"risk-cell high\"", -1)).hasSize(2);
    assertThat(html).contains("<title>r1</title>").contains("not rated: r3");
  }

  @Test
  void speaksChineseAndLeavesTheSeedWithoutTheNewSections() {
    String chinese = DashboardRenderer.of(Locale.CHINESE).render(withMoneyAndRisks(), List.of());
    String seed = DashboardRenderer.of(Locale.ENGLISH).render(SeedReport.november2015(), List.of());

    assertThat(chinese).contains("<h2>资金</h2>").contains("<h2>风险</h2>").contains("未评级: r3");
    assertThat(seed).doesNotContain("id=\"money\"").doesNotContain("id=\"risks\"");
  }

  @Test
  void saysSoWhenNoBudgetAndSpendingCanBeCompared() {
    ProgressReport report = withMoneyAndRisks();
    ProgressReport savingsOnly =
        report.withProgramme(
            report
                .programme()
                .withFinances(
                    Finances.builder()
                        .addLine(
                            report
                                .programme()
                                .finances()
                                .lines()
                                .get(0)
                                .withKind(FinanceKind.SAVING))
                        .build()));

    String html = DashboardRenderer.of(Locale.ENGLISH).render(savingsOnly, List.of());

    assertThat(html)
        .contains("The report states no approved budget and spending")
        .doesNotContain("<svg class=\"money\"");
  }
}
