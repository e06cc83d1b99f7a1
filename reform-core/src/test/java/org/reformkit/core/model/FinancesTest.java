package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FinancesTest {
  private static FinancialLine line(String id, FinanceKind kind, String amount) {
    return FinancialLine.builder()
        .id(FinancialLineId.of(id))
        .description(LocalizedText.of("en", "Business process review"))
        .kind(kind)
        .amount(Money.parse(amount))
        .build();
  }

  @Test
  void aProgrammeStatesNoMoneyUntilGivenSome() {
    ReformProgramme programme =
        ReformProgramme.builder()
            .id(ProgrammeId.of("p"))
            .name(LocalizedText.of("en", "Reform"))
            .build();

    assertThat(programme.finances().isEmpty()).isTrue();
    assertThat(programme.finances()).isEqualTo(Finances.none());
    assertThat(programme.risks()).isEmpty();
  }

  @Test
  void findsALineByItsIdentifierTheFirstOfTwo() {
    FinancialLine first = line("a", FinanceKind.EXPENDITURE, "USD 1");
    Finances finances =
        Finances.builder().addLine(first).addLine(line("a", FinanceKind.SAVING, "USD 2")).build();

    assertThat(finances.isEmpty()).isFalse();
    assertThat(finances.line(FinancialLineId.of("a"))).contains(first);
    assertThat(finances.line(FinancialLineId.of("b"))).isEmpty();
  }

  @Test
  void aFinancesWithOnlyATotalIsNotEmpty() {
    FinanceTotal total =
        FinanceTotal.builder()
            .id(FinanceTotalId.of("t"))
            .description(LocalizedText.of("en", "One-time investment"))
            .amount(Money.parse("USD 5100000"))
            .build();

    assertThat(Finances.builder().addTotal(total).build().isEmpty()).isFalse();
    assertThatThrownBy(() -> total.withParagraphs(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("finance total paragraph must be positive: -1");
    assertThatThrownBy(() -> line("a", FinanceKind.SAVING, "USD 1").withParagraphs(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("financial line paragraph must be positive: 0");
  }

  @Test
  void onlyApprovedBudgetsApproveAndOnlyExpenditureIsSpending() {
    for (FinanceKind kind : FinanceKind.values()) {
      assertThat(kind.isApproval()).isEqualTo(kind == FinanceKind.APPROVED_BUDGET);
      assertThat(kind.isSpending()).isEqualTo(kind == FinanceKind.EXPENDITURE);
    }
  }

  @Test
  void identifiersRefuseWhatIsNotAnIdentifier() {
    assertThatThrownBy(() -> FinancialLineId.of(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("financial line id must not be blank");
    assertThatThrownBy(() -> FinanceTotalId.of("-x")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> RiskId.of("a b")).isInstanceOf(InvalidValueException.class);
    assertThat(RiskId.of("r1")).hasToString("r1");
    assertThat(FinanceTotalId.of("a").compareTo(FinanceTotalId.of("b"))).isNegative();
    assertThat(FinancialLineId.of("b").compareTo(FinancialLineId.of("a"))).isPositive();
    assertThat(RiskId.of("a").compareTo(RiskId.of("a"))).isZero();
  }
}
