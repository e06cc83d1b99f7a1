package org.reformkit.benchmarks.validation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import org.reformkit.benchmarks.plain.PlainPostTotal;

/** A {@link PlainPostTotal} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedPostTotal extends PlainPostTotal {
  @Override
  @NotNull @Pattern(regexp = SharedChecks.IDENTIFIER) public String getId() {
    return super.getId();
  }

  @Override
  @NotNull @NotEmpty public Map<String, String> getDescription() {
    return super.getDescription();
  }

  @Override
  @PositiveOrZero public int getCount() {
    return super.getCount();
  }

  @Override
  public List<@Pattern(regexp = SharedChecks.IDENTIFIER) String> getLines() {
    return super.getLines();
  }
}
