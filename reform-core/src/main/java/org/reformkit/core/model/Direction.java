package org.reformkit.core.model;

/** Which way an indicator should move. */
public enum Direction {
  /** A higher value is better. */
  HIGHER_IS_BETTER,
  /** A lower value is better. */
  LOWER_IS_BETTER,
  /** The value should stay at the target. */
  HOLD
}
