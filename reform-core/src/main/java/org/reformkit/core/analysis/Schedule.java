package org.reformkit.core.analysis;

import java.util.Optional;
import org.reformkit.core.model.LocalizedText;

/**
 * Where a phase stands against its plan on a given day, in a {@link PhaseTimeline}. Every value is
 * claimed only when the partial dates prove it (see {@link Slippage}).
 */
public enum Schedule {
  /** Not started, and no planned date has certainly passed. */
  NOT_DUE,
  /** Not started although the planned start has certainly passed. */
  LATE_START,
  /** Under way, started as planned or without a provable delay, and the planned end not passed. */
  ON_TIME,
  /** Under way, started certainly later than planned, planned end not yet passed. */
  LATE,
  /** Under way with no planned end to judge it by. */
  UNDER_WAY,
  /** Not completed and the planned end has certainly passed. */
  OVERDUE,
  /** Completed certainly before the planned end. */
  DONE_EARLY,
  /** Completed, and the dates allow no slippage either way. */
  DONE_ON_TIME,
  /** Completed certainly after the planned end. */
  DONE_LATE,
  /** Completed, with no planned or actual end precise enough to judge. */
  DONE,
  /** Begun, then paused. */
  ON_HOLD,
  /** Dropped before completion. */
  CANCELLED,
  /**
   * The report does not state the status: nothing is claimed, not even overdue when the planned end
   * has passed, since the work may be done.
   */
  NOT_STATED;

  /**
   * Returns the label in every language of the library (English, Chinese, French, Spanish), from
   * the analyses' resource bundle.
   *
   * @return the label
   */
  public LocalizedText label() {
    return Labels.text("schedule." + name());
  }

  /**
   * Returns the trouble this schedule is in: overdue, slipped (started late, under way late, done
   * late) or blocked (on hold); none when it is on plan, done, cancelled or not stated.
   *
   * @return the trouble, if any
   */
  public Optional<Trouble> trouble() {
    return switch (this) {
      case OVERDUE -> Optional.of(Trouble.OVERDUE);
      case LATE_START, LATE, DONE_LATE -> Optional.of(Trouble.SLIPPED);
      case ON_HOLD -> Optional.of(Trouble.BLOCKED);
      case NOT_DUE, ON_TIME, UNDER_WAY, DONE_EARLY, DONE_ON_TIME, DONE, CANCELLED, NOT_STATED ->
          Optional.empty();
    };
  }
}
