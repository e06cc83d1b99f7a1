package org.reformkit.core.model;

import java.math.BigDecimal;

/** Shared checks for indicator values. Internal. */
final class IndicatorValues {
  private IndicatorValues() {}

  static void checkCurrency(String code) {
    if (!isCurrencyCode(code)) {
      throw new InvalidValueException(
          "currency '" + code + "' is not an ISO 4217 code such as USD or CHF");
    }
  }

  /**
   * Whether the code is three upper-case ASCII letters, the form of ISO 4217 (no pattern: it is
   * checked for every amount).
   */
  static boolean isCurrencyCode(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  static boolean isWhole(BigDecimal number) {
    // most numbers are written without a fraction: only those need their zeros stripped
    return number.scale() <= 0 || number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }
}
