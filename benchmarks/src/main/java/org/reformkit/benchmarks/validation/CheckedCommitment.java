package org.reformkit.benchmarks.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.reformkit.benchmarks.plain.PlainCommitment;
import org.reformkit.benchmarks.plain.PlainPhase;
import org.reformkit.core.model.Status;

/** A {@link PlainCommitment} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedCommitment extends PlainCommitment {
  @Override
  @NotNull @Pattern(regexp = SharedChecks.IDENTIFIER) public String getId() {
    return super.getId();
  }

  @Override
  @NotNull @NotEmpty public Map<String, String> getTitle() {
    return super.getTitle();
  }

  @Override
  @NotNull public Status getStatus() {
    return super.getStatus();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getStarted() {
    return super.getStarted();
  }

  @Override
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getDue() {
    return super.getDue();
  }

  @Override
  public List<@Pattern(regexp = SharedChecks.IDENTIFIER) String> getDependsOn() {
    return super.getDependsOn();
  }

  @Override
  public List<@Valid PlainPhase> getPhases() {
    return super.getPhases();
  }
}
