package org.reformkit.core.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of an indicator: a baseline, a target or a measurement. Numbers are exact decimals (a
 * value keeps the scale it was given: {@code 5} and {@code 5.0} differ); a yes/no value is a flag;
 * a qualitative value is a text, not a number.
 *
 * <pre>{@code
 * IndicatorValue.count(75);
 * IndicatorValue.percentage(new BigDecimal("42.5"));
 * IndicatorValue.amount(new BigDecimal("1200000"), "USD");
 * IndicatorValue.yesNo(true);
 * IndicatorValue.text(LocalizedText.of("en", "framework being completed"));
 * }</pre>
 *
 * <p>Refused as meaningless: a count that is negative or not whole, a value without the part its
 * kind needs. A percentage outside 0 to 100 is accepted and reported by the rule checks.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractIndicatorValue {
  /**
   * Returns the kind of value.
   *
   * @return the kind
   */
  public abstract MeasureKind kind();

  /**
   * Returns the number, for counts, percentages, amounts and other numbers.
   *
   * @return the number
   */
  public abstract Optional<BigDecimal> number();

  /**
   * Returns the currency, for amounts.
   *
   * @return the currency code
   */
  public abstract Optional<String> currency();

  /**
   * Returns the flag, for yes/no values.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> flag();

  /**
   * Returns the text, for qualitative values.
   *
   * @return the text
   */
  public abstract Optional<LocalizedText> text();

  /**
   * Returns a count.
   *
   * @param count the count, not negative
   * @return the value
   */
  public static IndicatorValue count(long count) {
    return IndicatorValue.of(
        MeasureKind.COUNT,
        Optional.of(BigDecimal.valueOf(count)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns a percentage.
   *
   * @param percent the percentage, normally 0 to 100
   * @return the value
   */
  public static IndicatorValue percentage(BigDecimal percent) {
    return IndicatorValue.of(
        MeasureKind.PERCENTAGE,
        Optional.of(percent),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns an amount of money.
   *
   * @param amount the amount
   * @param currency the ISO 4217 code
   * @return the value
   */
  public static IndicatorValue amount(BigDecimal amount, String currency) {
    return IndicatorValue.of(
        MeasureKind.AMOUNT,
        Optional.of(amount),
        Optional.of(currency),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns another number, in the indicator's unit.
   *
   * @param number the number
   * @return the value
   */
  public static IndicatorValue number(BigDecimal number) {
    return IndicatorValue.of(
        MeasureKind.NUMBER,
        Optional.of(number),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns a yes/no value.
   *
   * @param yes whether it is so
   * @return the value
   */
  public static IndicatorValue yesNo(boolean yes) {
    return IndicatorValue.of(
        MeasureKind.YES_NO, Optional.empty(), Optional.empty(), Optional.of(yes), Optional.empty());
  }

  /**
   * Returns a qualitative value.
   *
   * @param text the text
   * @return the value
   */
  public static IndicatorValue text(LocalizedText text) {
    return IndicatorValue.of(
        MeasureKind.QUALITATIVE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(text));
  }

  @Value.Check
  void check() {
    // each attribute once: this runs for every value of every document read, and each call of an
    // accessor makes an Optional
    MeasureKind kind = kind();
    Optional<BigDecimal> number = number();
    Optional<String> currency = currency();
    boolean numeric =
        kind == MeasureKind.COUNT
            || kind == MeasureKind.PERCENTAGE
            || kind == MeasureKind.AMOUNT
            || kind == MeasureKind.NUMBER;
    if (numeric != number.isPresent()) {
      throw new InvalidValueException(
          numeric ? "a " + kind + " value needs a number" : "a " + kind + " value has no number");
    }
    if ((kind == MeasureKind.AMOUNT) != currency.isPresent()) {
      throw new InvalidValueException(
          kind == MeasureKind.AMOUNT
              ? "an amount needs a currency"
              : "only an amount has a currency, not a " + kind + " value");
    }
    if ((kind == MeasureKind.YES_NO) != flag().isPresent()) {
      throw new InvalidValueException(
          kind == MeasureKind.YES_NO
              ? "a yes/no value needs a flag"
              : "only a yes/no value has a flag");
    }
    if ((kind == MeasureKind.QUALITATIVE) != text().isPresent()) {
      throw new InvalidValueException(
          kind == MeasureKind.QUALITATIVE
              ? "a qualitative value needs a text"
              : "only a qualitative value has a text");
    }
    if (currency.isPresent()) {
      IndicatorValues.checkCurrency(currency.get());
    }
    if (kind == MeasureKind.COUNT) {
      BigDecimal count = number.get();
      if (count.signum() < 0) {
        throw new InvalidValueException("a count must not be negative: " + count.toPlainString());
      }
      if (!IndicatorValues.isWhole(count)) {
        throw new InvalidValueException("a count must be a whole number: " + count.toPlainString());
      }
    }
  }

  @Override
  public String toString() {
    switch (kind()) {
      case PERCENTAGE:
        return number().get().toPlainString() + "%";
      case AMOUNT:
        return number().get().toPlainString() + " " + currency().get();
      case YES_NO:
        return flag().get() ? "yes" : "no";
      case QUALITATIVE:
        return text().get().toString();
      default:
        return number().get().toPlainString();
    }
  }
}
