package org.reformkit.benchmarks.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.reformkit.benchmarks.plain.PlainTarget;
import org.reformkit.benchmarks.plain.PlainValue;

/** A {@link PlainTarget} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedTarget extends PlainTarget {
  @Override
  @NotNull @Valid public PlainValue getValue() {
    return super.getValue();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getDue() {
    return super.getDue();
  }
}
