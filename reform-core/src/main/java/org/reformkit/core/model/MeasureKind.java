package org.reformkit.core.model;

/** The kind of value an indicator takes. */
public enum MeasureKind {
  /** A whole number of things (interviews held, programmes developed). */
  COUNT,
  /** A percentage, 0 to 100. */
  PERCENTAGE,
  /** An amount of money in one currency. */
  AMOUNT,
  /** Any other number, in the indicator's stated unit. */
  NUMBER,
  /** Whether something is so. */
  YES_NO,
  /** A text that describes a state. */
  QUALITATIVE
}
