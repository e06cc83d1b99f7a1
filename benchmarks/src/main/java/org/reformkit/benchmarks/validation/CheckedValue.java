package org.reformkit.benchmarks.validation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.reformkit.benchmarks.plain.PlainValue;
import org.reformkit.core.model.MeasureKind;

/** A {@link PlainValue} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedValue extends PlainValue {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  @NotNull public MeasureKind getKind() {
    return super.getKind();
  }

  @Override
  @Pattern(regexp = SharedChecks.CURRENCY) public String getCurrency() {
    return super.getCurrency();
  }

  /**
   * Whether a percentage lies in 0..100; true for any other kind of value.
   *
   * @return whether the value is in range
   */
  @AssertTrue(message = "a percentage must lie in 0..100") public boolean isPercentageInRange() {
    BigDecimal number = getNumber();
    if (getKind() != MeasureKind.PERCENTAGE || number == null) {
      return true;
    }
    return number.signum() >= 0 && number.compareTo(HUNDRED) <= 0;
  }
}
