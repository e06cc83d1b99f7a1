package org.reformkit.core.model;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money as a report states it: a decimal amount, kept exactly with its scale ({@code
 * 1.50} stays {@code 1.50}), in an ISO 4217 currency. Never a {@code double}.
 *
 * <p>Text form: the currency code, one space and the plain decimal amount, {@code USD 12500000.50}
 * or {@code CHF -250000}: no grouping separators (a comma or a space means a different thing in
 * different languages) and no exponent, so that one amount has exactly one text.
 *
 * <pre>{@code
 * Money budget = Money.parse("USD 12500000.50");
 * budget.amount();   // 12500000.50
 * budget.currency(); // USD
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractMoney {
  /** The most digits an amount may have, and the most of them after the decimal point. */
  static final int MAX_DIGITS = 40;

  static final int MAX_DECIMALS = 20;

  /** The ISO 4217 currencies the platform knows, by code. */
  private static final ImmutableMap<String, Currency> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .collect(ImmutableMap.toImmutableMap(Currency::getCurrencyCode, c -> c));

  /**
   * Returns the currency.
   *
   * @return the ISO 4217 currency
   */
  public abstract Currency currency();

  /**
   * Returns the amount, with the scale it was given (never negative: {@code 1E+3} is kept as {@code
   * 1000}).
   *
   * @return the amount
   */
  public abstract BigDecimal amount();

  /**
   * Returns an amount in the currency with this ISO 4217 code.
   *
   * @param currencyCode the three-letter code, such as {@code USD}
   * @param amount the amount
   * @return the money
   * @throws InvalidValueException if the code is not an ISO 4217 currency
   */
  public static Money of(String currencyCode, BigDecimal amount) {
    return Money.of(currency(currencyCode), amount);
  }

  /**
   * Parses the text form {@code CODE AMOUNT}, such as {@code USD 12500000.50}.
   *
   * @param text the text
   * @return the money
   * @throws ValueParseException if the text is not an amount of money, naming where
   */
  public static Money parse(CharSequence text) {
    String input = text.toString();
    int space = input.indexOf(' ');
    if (space < 0) {
      throw new ValueParseException(
          "'"
              + input
              + "' is not an amount of money; expected a currency code and an amount"
              + " such as 'USD 12500000.50'",
          input,
          0);
    }
    String code = input.substring(0, space);
    Currency currency;
    try {
      currency = currency(code);
    } catch (InvalidValueException e) {
      throw new ValueParseException(String.valueOf(e.getMessage()), input, 0);
    }
    String number = input.substring(space + 1);
    int bad = firstNonDecimal(number);
    if (bad >= 0) {
      throw new ValueParseException(
          "'"
              + number
              + "' is not an amount; write digits with an optional '-' and one '.', without"
              + " grouping or exponent, such as 12500000.50",
          input,
          space + 1 + bad);
    }
    try {
      return Money.of(currency, new BigDecimal(number));
    } catch (InvalidValueException e) {
      throw new ValueParseException(String.valueOf(e.getMessage()), input, space + 1);
    }
  }

  /** The index of the first character that spoils a plain decimal, or -1 if there is none. */
  private static int firstNonDecimal(String number) {
    int start = number.startsWith("-") ? 1 : 0;
    int digits = 0;
    int point = -1;
    for (int i = start; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && point < 0 && digits > 0) {
        point = i;
      } else {
        return i;
      }
    }
    if (digits == 0 || point == number.length() - 1) {
      return number.length();
    }
    return -1;
  }

  private static Currency currency(String code) {
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new InvalidValueException(
          "'" + code + "' is not a currency code; expected three capital letters (ISO 4217)");
    }
    Currency currency = CURRENCIES.get(code);
    if (currency == null) {
      throw new InvalidValueException("'" + code + "' is not an ISO 4217 currency code");
    }
    return currency;
  }

  /**
   * Whether this amount is in the same currency as the other.
   *
   * @param other the other amount
   * @return whether the currencies are the same
   */
  public final boolean sameCurrency(Money other) {
    return currency().equals(other.currency());
  }

  /**
   * Returns the sum of this amount and another in the same currency, with the larger scale of the
   * two (nothing rounded).
   *
   * @param other the other amount
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ: amounts in different currencies are
   *     never added
   */
  public final Money plus(Money other) {
    if (!sameCurrency(other)) {
      throw new IllegalArgumentException(
          "cannot add " + other.currency() + " to " + currency() + ": different currencies");
    }
    return Money.of(currency(), amount().add(other.amount()));
  }

  /**
   * Compares with an amount in the same currency by value only ({@code 1.50} equals {@code 1.5}).
   *
   * @param other the other amount
   * @return negative, zero or positive as this amount is less than, equal to or more than the other
   * @throws IllegalArgumentException if the currencies differ
   */
  public final int compareAmount(Money other) {
    if (!sameCurrency(other)) {
      throw new IllegalArgumentException(
          "cannot compare " + other.currency() + " with " + currency() + ": different currencies");
    }
    return amount().compareTo(other.amount());
  }

  @Value.Check
  AbstractMoney check() {
    BigDecimal amount = amount();
    if (amount.precision() - amount.scale() > MAX_DIGITS - MAX_DECIMALS
        || amount.scale() > MAX_DECIMALS) {
      throw new InvalidValueException(
          "amount "
              + amount.toPlainString()
              + " is out of range: at most "
              + (MAX_DIGITS - MAX_DECIMALS)
              + " digits before the decimal point and "
              + MAX_DECIMALS
              + " after it");
    }
    if (amount.scale() < 0) {
      return Money.of(currency(), amount.setScale(0));
    }
    return this;
  }

  @Override
  public String toString() {
    return currency().getCurrencyCode() + " " + amount().toPlainString();
  }
}
