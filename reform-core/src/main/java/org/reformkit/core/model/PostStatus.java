package org.reformkit.core.model;

import java.util.Optional;

/**
 * Where a post stands in its life. Says its own rank and which change is forward, as {@link Status}
 * does.
 */
public enum PostStatus {
  /** Proposed or planned, not yet established. Rank 0. */
  PLANNED(Optional.of(0)),
  /** Established ("in place"), filled or not stated. Rank 1. */
  ESTABLISHED(Optional.of(1)),
  /** Established and filled. Rank 1. */
  FILLED(Optional.of(1)),
  /** Established and vacant. Rank 1. */
  VACANT(Optional.of(1)),
  /** Abolished. No rank: neither forward nor backward of any other status. */
  ABOLISHED(Optional.empty());

  private final Optional<Integer> rank;

  PostStatus(Optional<Integer> rank) {
    this.rank = rank;
  }

  /**
   * Returns how far along the post is: 0 planned, 1 established (filled, vacant or not stated);
   * empty for abolished.
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
  public boolean isForwardTo(PostStatus next) {
    return Ranks.forward(rank, next.rank);
  }

  /**
   * Whether a change from this status to {@code next} is backward: both ranked, the next lower.
   *
   * @param next the later status
   * @return whether the change is backward
   */
  public boolean isBackwardTo(PostStatus next) {
    return Ranks.forward(next.rank, rank);
  }
}
