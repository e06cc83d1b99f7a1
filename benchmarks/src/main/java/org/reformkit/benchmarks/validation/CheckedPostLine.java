package org.reformkit.benchmarks.validation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.reformkit.benchmarks.plain.PlainLocation;
import org.reformkit.benchmarks.plain.PlainOrigin;
import org.reformkit.benchmarks.plain.PlainPostLine;
import org.reformkit.core.model.PostCategory;

/** A {@link PlainPostLine} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedPostLine extends PlainPostLine {
  @Override
  @NotNull @Pattern(regexp = SharedChecks.IDENTIFIER) public String getId() {
    return super.getId();
  }

  @Override
  @Positive public int getCount() {
    return super.getCount();
  }

  @Override
  @NotNull public PlainLocation getLocation() {
    return super.getLocation();
  }

  @Override
  @NotNull public PostCategory getCategory() {
    return super.getCategory();
  }

  @Override
  @NotNull public PlainOrigin getOrigin() {
    return super.getOrigin();
  }

  @Override
  @Pattern(regexp = SharedChecks.IDENTIFIER) public String getCommitment() {
    return super.getCommitment();
  }
}
