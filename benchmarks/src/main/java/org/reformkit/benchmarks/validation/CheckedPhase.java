package org.reformkit.benchmarks.validation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.reformkit.benchmarks.plain.PlainPhase;
import org.reformkit.core.model.Status;

/** A {@link PlainPhase} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedPhase extends PlainPhase {
  @Override
  @NotNull @Pattern(regexp = SharedChecks.IDENTIFIER) public String getId() {
    return super.getId();
  }

  @Override
  @NotNull @NotEmpty public Map<String, String> getName() {
    return super.getName();
  }

  @Override
  @NotNull public Status getStatus() {
    return super.getStatus();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getPlannedStart() {
    return super.getPlannedStart();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getPlannedEnd() {
    return super.getPlannedEnd();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getActualStart() {
    return super.getActualStart();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getActualEnd() {
    return super.getActualEnd();
  }

  /**
   * Whether the planned start is not after the planned end.
   *
   * @return whether the planned dates are in order
   */
  @AssertTrue(message = "planned start is after planned end") public boolean isPlannedInOrder() {
    return SharedChecks.inOrder(getPlannedStart(), getPlannedEnd());
  }

  /**
   * Whether the actual start is not after the actual end.
   *
   * @return whether the actual dates are in order
   */
  @AssertTrue(message = "actual start is after actual end") public boolean isActualInOrder() {
    return SharedChecks.inOrder(getActualStart(), getActualEnd());
  }
}
