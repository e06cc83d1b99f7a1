package org.reformkit.core.analysis;

import org.reformkit.core.model.LocalizedText;

/** Where an indicator stands against its target, in an {@link IndicatorProgress}. */
public enum IndicatorStatus {
  /** The latest value has reached the target, on the right side of it for the direction. */
  ACHIEVED,
  /** Not yet reached, but on or above the straight line from baseline to target. */
  ON_TRACK,
  /** Below the line, but at least three quarters of the way the line expects by now. */
  AT_RISK,
  /** Well below the line, the target date passed without reaching it, or off a value to hold. */
  OFF_TRACK,
  /** A value and a target, but no line can be drawn (no dates, a qualitative value). */
  NOT_ASSESSABLE,
  /** A value but no target. */
  NO_TARGET,
  /** No measurement on or before the day. */
  NO_DATA;

  /**
   * Returns the label in every language of the library (English, Chinese, French, Spanish), from
   * the analyses' resource bundle.
   *
   * @return the label
   */
  public LocalizedText label() {
    return Labels.text("indicator." + name());
  }
}
