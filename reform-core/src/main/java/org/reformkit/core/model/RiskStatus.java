package org.reformkit.core.model;

/** Whether a risk is still being managed. */
public enum RiskStatus {
  /** The risk is open: it may still happen. */
  OPEN,
  /** The risk is closed: it happened, passed or was retired. */
  CLOSED;

  /**
   * Whether the risk is open.
   *
   * @return whether open
   */
  public boolean isOpen() {
    return this == OPEN;
  }
}
