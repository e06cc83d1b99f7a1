package org.reformkit.core.model;

/** How a risk has moved since it was last assessed, as the report states it. */
public enum RiskTrend {
  /** The risk has grown. */
  INCREASING,
  /** The risk is unchanged. */
  STABLE,
  /** The risk has shrunk. */
  DECREASING
}
