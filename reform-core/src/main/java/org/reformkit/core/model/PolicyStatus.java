package org.reformkit.core.model;

import java.util.Optional;

/**
 * Where a policy of the reform stands. Says its own rank and which change is forward, as {@link
 * Status} does.
 */
public enum PolicyStatus {
  /** Being drafted. Rank 0. */
  DRAFT(Optional.of(0)),
  /** Adopted, not yet in force. Rank 1. */
  ADOPTED(Optional.of(1)),
  /** In force in part. Rank 2. */
  PARTLY_IN_FORCE(Optional.of(2)),
  /** Fully in force. Rank 3. */
  IN_FORCE(Optional.of(3)),
  /** Withdrawn or replaced. No rank: neither forward nor backward of any other status. */
  WITHDRAWN(Optional.empty());

  private final Optional<Integer> rank;

  PolicyStatus(Optional<Integer> rank) {
    this.rank = rank;
  }

  /**
   * Returns how far along the policy is: 0 draft, 1 adopted, 2 partly in force, 3 in force; empty
   * for withdrawn.
   *
   * @return the rank, if the status has one
   */
  public Optional<Integer> rank() {
    return rank;
  }

  /**
   * Whether a change from this status to {@code next} is forward: both ranked, the next higher.
   *
   * @param next the later status
   * @return whether the change is forward
   */
  public boolean isForwardTo(PolicyStatus next) {
    return Ranks.forward(rank, next.rank);
  }

  /**
   * Whether a change from this status to {@code next} is backward: both ranked, the next lower.
   *
   * @param next the later status
   * @return whether the change is backward
   */
  public boolean isBackwardTo(PolicyStatus next) {
    return Ranks.forward(next.rank, rank);
  }
}
