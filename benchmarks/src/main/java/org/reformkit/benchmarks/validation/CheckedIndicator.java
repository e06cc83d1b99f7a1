package org.reformkit.benchmarks.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.reformkit.benchmarks.plain.PlainBaseline;
import org.reformkit.benchmarks.plain.PlainIndicator;
import org.reformkit.benchmarks.plain.PlainMeasure;
import org.reformkit.benchmarks.plain.PlainMeasurement;
import org.reformkit.benchmarks.plain.PlainTarget;
import org.reformkit.core.model.Direction;

/** A {@link PlainIndicator} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedIndicator extends PlainIndicator {
  @Override
  @NotNull @Pattern(regexp = SharedChecks.IDENTIFIER) public String getId() {
    return super.getId();
  }

  @Override
  @NotNull @NotEmpty public Map<String, String> getName() {
    return super.getName();
  }

  @Override
  @NotNull public PlainMeasure getMeasure() {
    return super.getMeasure();
  }

  @Override
  @NotNull public Direction getDirection() {
    return super.getDirection();
  }

  @Override
  @Valid public PlainBaseline getBaseline() {
    return super.getBaseline();
  }

  @Override
  public List<@Valid PlainTarget> getTargets() {
    return super.getTargets();
  }

  @Override
  public List<@Valid PlainMeasurement> getMeasurements() {
    return super.getMeasurements();
  }

  @Override
  @Pattern(regexp = SharedChecks.IDENTIFIER) public String getCommitment() {
    return super.getCommitment();
  }
}
