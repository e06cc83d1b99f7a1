package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an indicator measures in: a count, a percentage, an amount in a currency, another number in
 * a named unit, yes or no, or a qualitative text.
 *
 * <pre>{@code
 * Measure.of(MeasureKind.COUNT);
 * Measure.amount("USD");
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractMeasure {
  /**
   * Returns the kind of value.
   *
   * @return the kind of value
   */
  public abstract MeasureKind kind();

  /**
   * Returns the ISO 4217 currency code, for amounts.
   *
   * @return the currency code
   */
  public abstract Optional<String> currency();

  /**
   * Returns the unit's name, if the kind needs one ("days", "interviews").
   *
   * @return the unit's name
   */
  public abstract Optional<LocalizedText> unit();

  /**
   * Returns a measure of this kind with no currency or unit.
   *
   * @param kind the kind of value
   * @return the measure
   */
  public static Measure of(MeasureKind kind) {
    return Measure.of(kind, Optional.empty(), Optional.empty());
  }

  /**
   * Returns an amount of money in one currency.
   *
   * @param currency the ISO 4217 code, such as {@code USD}
   * @return the measure
   */
  public static Measure amount(String currency) {
    return Measure.of(MeasureKind.AMOUNT, Optional.of(currency), Optional.empty());
  }

  @Value.Check
  void check() {
    if (kind() == MeasureKind.AMOUNT && currency().isEmpty()) {
      throw new InvalidValueException("an amount measure needs a currency");
    }
    if (kind() != MeasureKind.AMOUNT && currency().isPresent()) {
      throw new InvalidValueException(
          "only an amount measure has a currency, not a " + kind() + " measure");
    }
    currency().ifPresent(IndicatorValues::checkCurrency);
  }
}
