package org.reformkit.core.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Shared checks for indicator values. Internal. */
final class IndicatorValues {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private IndicatorValues() {}

  static void checkCurrency(String code) {
    if (!CURRENCY.matcher(code).matches()) {
      throw new InvalidValueException(
          "currency '" + code + "' is not an ISO 4217 code such as USD or CHF");
    }
  }

  static boolean isWhole(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }
}
