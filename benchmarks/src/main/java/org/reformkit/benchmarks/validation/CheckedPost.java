package org.reformkit.benchmarks.validation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.reformkit.benchmarks.plain.PlainLocation;
import org.reformkit.benchmarks.plain.PlainOrigin;
import org.reformkit.benchmarks.plain.PlainPost;
import org.reformkit.core.model.PostCategory;

/** A {@link PlainPost} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedPost extends PlainPost {
  @Override
  @NotNull @Pattern(regexp = SharedChecks.IDENTIFIER) public String getId() {
    return super.getId();
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
