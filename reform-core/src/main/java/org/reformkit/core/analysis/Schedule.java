package org.reformkit.core.analysis;

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
}
