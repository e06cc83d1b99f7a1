package org.reformkit.benchmarks.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.reformkit.benchmarks.plain.PlainBaseline;
import org.reformkit.benchmarks.plain.PlainValue;

/** A {@link PlainBaseline} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedBaseline extends PlainBaseline {
  @Override
  @NotNull @Valid public PlainValue getValue() {
    return super.getValue();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getDate() {
    return super.getDate();
  }
}
