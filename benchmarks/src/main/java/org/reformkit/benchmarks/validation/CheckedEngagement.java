package org.reformkit.benchmarks.validation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.reformkit.benchmarks.plain.PlainEngagement;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.Status;

/** A {@link PlainEngagement} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedEngagement extends PlainEngagement {
  @Override
  @NotNull @Pattern(regexp = SharedChecks.IDENTIFIER) public String getId() {
    return super.getId();
  }

  @Override
  @NotNull @NotEmpty public List<EngagementKind> getKinds() {
    return super.getKinds();
  }

  @Override
  @NotNull public Counterpart getCounterpart() {
    return super.getCounterpart();
  }

  @Override
  @NotNull @NotEmpty public Map<String, String> getSubject() {
    return super.getSubject();
  }

  @Override
  @NotNull public Status getStatus() {
    return super.getStatus();
  }
}
