package org.reformkit.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a commitment, phase, deliverable, milestone or engagement stands, as a report states it.
 * The one place that says what a status means: whether the work has {@linkplain #isBegun() begun},
 * whether it is {@linkplain #isClosed() closed}, how far along it is ({@link #rank()}) and which
 * change is {@linkplain #isForwardTo(Status) forward}. Rules and analyses ask these.
 */
public enum Status {
  /** Not yet begun (planned, or announced for later). Rank 0. */
  NOT_STARTED(Optional.of(0), false, false),
  /** Under way. Rank 1. */
  IN_PROGRESS(Optional.of(1), true, false),
  /** Finished. Rank 2. */
  COMPLETED(Optional.of(2), true, true),
  /** Begun, then paused. Rank 1, as far along as in progress. */
  ON_HOLD(Optional.of(1), true, false),
  /** Dropped before completion. No rank: neither forward nor backward of any other status. */
  CANCELLED(Optional.empty(), false, true);

  private final Optional<Integer> rank;
  private final boolean begun;
  private final boolean closed;

  Status(Optional<Integer> rank, boolean begun, boolean closed) {
    this.rank = rank;
    this.begun = begun;
    this.closed = closed;
  }

  /**
   * Whether the work has begun: in progress, completed or on hold.
   *
   * @return whether the work has begun
   */
  public boolean isBegun() {
    return begun;
  }

  /**
   * Whether the work is over, so that no date can make it overdue: completed or cancelled.
   *
   * @return whether the work is over
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Returns how far along the work is: 0 not started, 1 begun (in progress or on hold), 2
   * completed; empty for cancelled, which is off the scale.
   *
   * @return the rank, if the status has one
   */
  public Optional<Integer> rank() {
    return rank;
  }

  /**
   * Whether a change from this status to {@code next} moves the work forward: both have a rank and
   * the next one's is higher.
   *
   * @param next the later status
   * @return whether the change is forward
   */
  public boolean isForwardTo(Status next) {
    return Ranks.forward(rank, next.rank);
  }

  /**
   * Whether a change from this status to {@code next} moves the work backward: both have a rank and
   * the next one's is lower.
   *
   * @param next the later status
   * @return whether the change is backward
   */
  public boolean isBackwardTo(Status next) {
    return Ranks.forward(next.rank, rank);
  }

  /**
   * Returns the status the work had on a day, given this recorded status and the recorded actual
   * dates: a begun element whose actual start certainly lies after the day had not started; a
   * completed element whose actual end certainly lies after the day was still in progress;
   * otherwise this status. What "certainly" means is {@link PartialDate}'s (see {@link
   * DateQualifier}).
   *
   * @param actualStart the recorded actual start, if stated
   * @param actualEnd the recorded actual end, if stated
   * @param day the day
   * @return the status on the day
   */
  public Status on(
      LocalDate day, Optional<PartialDate> actualStart, Optional<PartialDate> actualEnd) {
    if (begun && actualStart.map(s -> s.isCertainlyAfter(day)).orElse(false)) {
      return NOT_STARTED;
    }
    if (this == COMPLETED && actualEnd.map(e -> e.isCertainlyAfter(day)).orElse(false)) {
      return IN_PROGRESS;
    }
    return this;
  }

  /**
   * Returns the status the work had on a day when its recorded status may not be stated: empty when
   * the report states none (the day proves nothing about unknown work), otherwise {@link
   * #on(LocalDate, Optional, Optional)} of the recorded status.
   *
   * @param recorded the recorded status, if stated
   * @param day the day
   * @param actualStart the recorded actual start, if stated
   * @param actualEnd the recorded actual end, if stated
   * @return the status on the day, if the recorded status is stated
   */
  public static Optional<Status> onDay(
      Optional<Status> recorded,
      LocalDate day,
      Optional<PartialDate> actualStart,
      Optional<PartialDate> actualEnd) {
    return recorded.map(s -> s.on(day, actualStart, actualEnd));
  }
}
