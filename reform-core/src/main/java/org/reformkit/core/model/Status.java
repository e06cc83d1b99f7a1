package org.reformkit.core.model;

/** Where a commitment, phase, deliverable, milestone or engagement stands, as a report states it. */
public enum Status {
  /** Not yet begun (planned, or announced for later). */
  NOT_STARTED,
  /** Under way. */
  IN_PROGRESS,
  /** Finished. */
  COMPLETED,
  /** Begun, then paused. */
  ON_HOLD,
  /** Dropped before completion. */
  CANCELLED
}
