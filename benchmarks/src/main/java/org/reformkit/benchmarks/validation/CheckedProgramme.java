package org.reformkit.benchmarks.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.reformkit.benchmarks.plain.PlainCommitment;
import org.reformkit.benchmarks.plain.PlainEngagement;
import org.reformkit.benchmarks.plain.PlainIndicator;
import org.reformkit.benchmarks.plain.PlainPost;
import org.reformkit.benchmarks.plain.PlainPostLine;
import org.reformkit.benchmarks.plain.PlainPostTotal;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.core.model.Status;

/** A {@link PlainProgramme} with the {@link SharedChecks} as Bean Validation constraints. */
public class CheckedProgramme extends PlainProgramme {
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
  @Pattern(regexp = SharedChecks.PARTIAL_DATE) public String getLaunched() {
    return super.getLaunched();
  }

  @Override
  public List<@Valid PlainCommitment> getCommitments() {
    return super.getCommitments();
  }

  @Override
  public List<@Valid PlainPostLine> getPostLines() {
    return super.getPostLines();
  }

  @Override
  public List<@Valid PlainPost> getPosts() {
    return super.getPosts();
  }

  @Override
  public List<@Valid PlainPostTotal> getPostTotals() {
    return super.getPostTotals();
  }

  @Override
  public List<@Valid PlainIndicator> getIndicators() {
    return super.getIndicators();
  }

  @Override
  public List<@Valid PlainEngagement> getEngagements() {
    return super.getEngagements();
  }
}
