package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A count of recommendations (and of their actions) as a report states it, without the individual
 * recommendations: "109 recommendations with 330 actions", "25 of the 57 recommendations
 * implemented". A total may name the source it counts (empty: the report does not say, or counts
 * every source) and the implementation status it counts (empty: every recommendation, whatever its
 * status). At least one count is required; nothing is filled in for the other.
 *
 * <pre>{@code
 * RecommendationTotal.builder()
 *     .id(RecommendationTotalId.of("iee-implemented"))
 *     .source(iee)
 *     .status(ImplementationStatus.IMPLEMENTED)
 *     .count(25)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractRecommendationTotal implements Sourced {
  /**
   * Returns the total's identifier.
   *
   * @return the identifier
   */
  public abstract RecommendationTotalId id();

  /**
   * Returns the document whose recommendations are counted, if stated.
   *
   * @return the source
   */
  public abstract Optional<DocumentReference> source();

  /**
   * Returns the implementation status counted; empty for every recommendation whatever its status.
   *
   * @return the status counted
   */
  public abstract Optional<ImplementationStatus> status();

  /**
   * Returns the stated number of recommendations, if stated.
   *
   * @return the number of recommendations, not negative
   */
  public abstract Optional<Integer> count();

  /**
   * Returns the stated number of actions those recommendations are broken into, if stated.
   *
   * @return the number of actions, not negative
   */
  public abstract Optional<Integer> actions();

  /**
   * Returns how the report describes the count, if kept.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Whether a listed recommendation is one this total counts: of the same source document ({@link
   * DocumentReference#isSameDocument}) when the total names one, and in the same status when the
   * total counts one status. A recommendation whose status is not stated is counted only by a total
   * of every status.
   *
   * @param recommendation the recommendation
   * @return whether it is counted here
   */
  public final boolean counts(Recommendation recommendation) {
    boolean source = source().map(s -> s.isSameDocument(recommendation.source())).orElse(true);
    boolean status = status().isEmpty() || status().equals(recommendation.status());
    return source && status;
  }

  /**
   * Whether the other total counts a part of what this one counts: the same source (or neither
   * names one), this one of every status, the other of one status.
   *
   * @param other another total
   * @return whether the other is a part of this one by status
   */
  public final boolean hasPart(RecommendationTotal other) {
    boolean sameSource =
        source().isPresent() == other.source().isPresent()
            && source().map(s -> s.isSameDocument(other.source().orElseThrow())).orElse(true);
    return sameSource && status().isEmpty() && other.status().isPresent();
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "recommendation total");
    if (count().isEmpty() && actions().isEmpty()) {
      throw new InvalidValueException(
          "recommendation total " + id() + " needs a count of recommendations or of actions");
    }
    count().ifPresent(c -> Checks.nonNegative(c, "recommendation total count"));
    actions().ifPresent(c -> Checks.nonNegative(c, "recommendation total actions"));
  }
}
