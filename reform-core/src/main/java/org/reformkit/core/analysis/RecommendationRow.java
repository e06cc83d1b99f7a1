package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocalizedText;

/**
 * The listed recommendations of one source (or of all sources, for the overall row) counted by
 * acceptance and by implementation status, with the implementation rate over those whose status is
 * stated. Counts of facts not stated are kept apart, never guessed.
 */
public final class RecommendationRow {
  private final LocalizedText source;
  private final int listed;
  private final ImmutableMap<Acceptance, Integer> byAcceptance;
  private final int acceptanceNotStated;
  private final ImmutableMap<ImplementationStatus, Integer> byStatus;
  private final int statusNotStated;

  RecommendationRow(
      LocalizedText source,
      int listed,
      ImmutableMap<Acceptance, Integer> byAcceptance,
      int acceptanceNotStated,
      ImmutableMap<ImplementationStatus, Integer> byStatus,
      int statusNotStated) {
    this.source = source;
    this.listed = listed;
    this.byAcceptance = byAcceptance;
    this.acceptanceNotStated = acceptanceNotStated;
    this.byStatus = byStatus;
    this.statusNotStated = statusNotStated;
  }

  /**
   * Returns the source: its symbol, or its title; "all sources" for the overall row.
   *
   * @return the source
   */
  public LocalizedText source() {
    return source;
  }

  /**
   * Returns how many recommendations are listed.
   *
   * @return the number listed
   */
  public int listed() {
    return listed;
  }

  /**
   * Returns how many have an acceptance, by acceptance.
   *
   * @param acceptance the acceptance
   * @return the number with it
   */
  public int withAcceptance(Acceptance acceptance) {
    return byAcceptance.getOrDefault(acceptance, 0);
  }

  /**
   * Returns how many do not state their acceptance.
   *
   * @return the number not stated
   */
  public int acceptanceNotStated() {
    return acceptanceNotStated;
  }

  /**
   * Returns how many have a status, by status.
   *
   * @param status the status
   * @return the number with it
   */
  public int withStatus(ImplementationStatus status) {
    return byStatus.getOrDefault(status, 0);
  }

  /**
   * Returns how many do not state their implementation status: the rate leaves them out.
   *
   * @return the number not stated
   */
  public int statusNotStated() {
    return statusNotStated;
  }

  /**
   * Returns the implementation rate: those implemented ({@link
   * ImplementationStatus#isImplemented()}) over those whose status is stated, from 0 to 1 (64-bit
   * decimal precision); empty when no status is stated. Nothing counts in part.
   *
   * @return the rate, if any status is stated
   */
  public Optional<BigDecimal> implementationRate() {
    int stated = listed - statusNotStated;
    if (stated == 0) {
      return Optional.empty();
    }
    int implemented = 0;
    for (ImplementationStatus status : ImplementationStatus.values()) {
      if (status.isImplemented()) {
        implemented += withStatus(status);
      }
    }
    return Optional.of(
        BigDecimal.valueOf(implemented).divide(BigDecimal.valueOf(stated), MathContext.DECIMAL64));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecommendationRow o
        && source.equals(o.source)
        && listed == o.listed
        && byAcceptance.equals(o.byAcceptance)
        && acceptanceNotStated == o.acceptanceNotStated
        && byStatus.equals(o.byStatus)
        && statusNotStated == o.statusNotStated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        source, listed, byAcceptance, acceptanceNotStated, byStatus, statusNotStated);
  }

  @Override
  public String toString() {
    return source + ": " + listed + " listed, " + byAcceptance + ", " + byStatus;
  }
}
