package org.reformkit.benchmarks.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.reformkit.benchmarks.plain.PlainMeasurement;
import org.reformkit.benchmarks.plain.PlainValue;

/** A {@link PlainMeasurement} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedMeasurement extends PlainMeasurement {
  @Override
  @NotNull @Valid public PlainValue getValue() {
    return super.getValue();
  }

  @Override
  @NotNull @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getDate() {
    return super.getDate();
  }
}
