package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What a report says of oversight bodies' recommendations: those it lists one by one and the counts
 * it states. Either may be empty; both empty ({@link #none()}) when the report says nothing of
 * recommendations.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractRecommendations {
  /**
   * Returns the recommendations listed one by one.
   *
   * @return the listed recommendations
   */
  public abstract ImmutableList<Recommendation> listed();

  /**
   * Returns the stated counts of recommendations.
   *
   * @return the stated counts
   */
  public abstract ImmutableList<RecommendationTotal> totals();

  /**
   * Returns nothing said of recommendations.
   *
   * @return no recommendations and no counts
   */
  public static Recommendations none() {
    return Recommendations.builder().build();
  }

  /**
   * Whether the report says nothing of recommendations.
   *
   * @return whether both lists are empty
   */
  public final boolean isEmpty() {
    return listed().isEmpty() && totals().isEmpty();
  }
}
