package org.reformkit.benchmarks.adapters;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/**
 * The benchmarks' one door to the analyses ({@code org.reformkit.core.analysis}, issue 5).
 *
 * <p>TODO(issue 5, after the analysis branch is merged): {@link #postSummary} and {@link
 * #compare} call the post summary and the report-to-report comparison, and {@link #wired()}
 * returns {@code true}. Until then they are small hand-written stand-ins (a count by category, a
 * count of changed elements) and RESULTS.md marks their figures as such.
 */
public final class AnalysesAdapter {
  private AnalysesAdapter() {}

  /**
   * Whether the methods call the analyses rather than the stand-ins.
   *
   * @return {@code false} until the analyses are wired
   */
  public static boolean wired() {
    return false;
  }

  /**
   * Summarises a programme's posts.
   *
   * <p>TODO(issue 5): the post summary, pivoted by location, unit, category, origin and funding.
   *
   * @param programme the programme
   * @return the summary
   */
  public static Object postSummary(ReformProgramme programme) {
    Map<PostCategory, Integer> byCategory = new EnumMap<>(PostCategory.class);
    for (PostDetails line : programme.postLines()) {
      byCategory.merge(line.category(), line.headCount(), Integer::sum);
    }
    for (PostDetails post : programme.posts()) {
      byCategory.merge(post.category(), post.headCount(), Integer::sum);
    }
    return byCategory;
  }

  /**
   * Compares two reports of the same programme.
   *
   * <p>TODO(issue 5): the report-to-report comparison.
   *
   * @param earlier the earlier report
   * @param later the later report
   * @return the changes
   */
  public static Object compare(ProgressReport earlier, ProgressReport later) {
    ReformProgramme before = earlier.programme();
    ReformProgramme after = later.programme();
    int changes = 0;
    Map<CommitmentId, Commitment> commitments = new HashMap<>();
    before.commitments().forEach(c -> commitments.put(c.id(), c));
    for (Commitment commitment : after.commitments()) {
      Commitment old = commitments.remove(commitment.id());
      if (old == null) {
        changes++;
      } else if (!old.equals(commitment)) {
        for (int i = 0; i < Math.min(old.phases().size(), commitment.phases().size()); i++) {
          Phase was = old.phases().get(i);
          Phase is = commitment.phases().get(i);
          if (was.status() != is.status()) {
            changes++;
          }
        }
      }
    }
    changes += commitments.size();
    Map<PostLineId, Integer> counts = new HashMap<>();
    before.postLines().forEach(l -> counts.put(l.id(), l.count()));
    for (PostLine line : after.postLines()) {
      Integer count = counts.get(line.id());
      if (count == null || count != line.count()) {
        changes++;
      }
    }
    Map<IndicatorId, Integer> measured = new HashMap<>();
    before.indicators().forEach(i -> measured.put(i.id(), i.measurements().size()));
    for (Indicator indicator : after.indicators()) {
      changes +=
          Math.max(0, indicator.measurements().size() - measured.getOrDefault(indicator.id(), 0));
    }
    return changes;
  }
}
