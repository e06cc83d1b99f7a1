package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @Test
  void parsesCurrencyAndAmountKeepingTheScale() {
    Money money = Money.parse("USD 12500000.50");

    assertThat(money.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(money.amount()).isEqualTo(new BigDecimal("12500000.50"));
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money).hasToString("USD 12500000.50");
  }

  @Test
  void printsBackEveryTextItParses() {
    for (String text : new String[] {"CHF -250000", "EUR 1.50", "JPY 0", "USD 0.000001"}) {
      assertThat(Money.parse(text)).hasToString(text);
    }
  }

  @Test
  void keepsAnAmountGivenWithANegativeScaleAsAWholeNumber() {
    Money money = Money.of("USD", new BigDecimal("1E+3"));

    assertThat(money.amount().scale()).isZero();
    assertThat(money).hasToString("USD 1000").isEqualTo(Money.parse("USD 1000"));
  }

  @Test
  void oneFiftyAndOnePointFiveAreDifferentValuesButTheSameAmount() {
    Money a = Money.parse("USD 1.50");
    Money b = Money.parse("USD 1.5");

    assertThat(a).isNotEqualTo(b);
    assertThat(a.compareAmount(b)).isZero();
    assertThat(a.compareAmount(Money.parse("USD 1.51"))).isNegative();
  }

  @Test
  void addsAmountsInOneCurrencyWithoutRounding() {
    assertThat(Money.parse("USD 1.5").plus(Money.parse("USD 0.25")))
        .isEqualTo(Money.parse("USD 1.75"));
  }

  @Test
  void refusesToAddOrCompareAmountsInDifferentCurrencies() {
    Money usd = Money.parse("USD 1");
    Money chf = Money.parse("CHF 1");

    assertThat(usd.sameCurrency(chf)).isFalse();
    assertThatThrownBy(() -> usd.plus(chf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add CHF to USD: different currencies");
    assertThatThrownBy(() -> usd.compareAmount(chf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare CHF with USD: different currencies");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "USD|0|'USD' is not an amount of money; expected a currency code and an amount such as"
            + " 'USD 12500000.50'",
        "usd 1|0|'usd' is not a currency code; expected three capital letters (ISO 4217)",
        "ABC 1|0|'ABC' is not an ISO 4217 currency code",
        "USD 1,000|5|'1,000' is not an amount; write digits with an optional '-' and one '.',"
            + " without grouping or exponent, such as 12500000.50",
        "USD 1e3|5|'1e3' is not an amount; write digits with an optional '-' and one '.', without"
            + " grouping or exponent, such as 12500000.50",
        "USD 1.|6|'1.' is not an amount; write digits with an optional '-' and one '.', without"
            + " grouping or exponent, such as 12500000.50",
        "USD -|5|'-' is not an amount; write digits with an optional '-' and one '.', without"
            + " grouping or exponent, such as 12500000.50",
        "USD .5|4|'.5' is not an amount; write digits with an optional '-' and one '.', without"
            + " grouping or exponent, such as 12500000.50",
        "USD 1.2.3|7|'1.2.3' is not an amount; write digits with an optional '-' and one '.',"
            + " without grouping or exponent, such as 12500000.50",
      })
  void refusesTextThatIsNotMoneySayingWhere(String text, int index, String message) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(index))
        .hasMessage(message);
  }

  @Test
  void refusesAnAmountBeyondItsRange() {
    String twentyOneDigits = "1" + "0".repeat(20);
    String twentyOneDecimals = "0." + "0".repeat(20) + "1";

    assertThatThrownBy(() -> Money.parse("USD " + twentyOneDigits))
        .isInstanceOf(ValueParseException.class)
        .hasMessage(
            "amount "
                + twentyOneDigits
                + " is out of range: at most 20 digits before the decimal point and 20 after it");
    assertThatThrownBy(() -> Money.of("USD", new BigDecimal(twentyOneDecimals)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Money.parse("USD " + "9".repeat(20) + "." + "9".repeat(20)).amount().precision())
        .isEqualTo(40);
  }
}
