package org.reformkit.core.model;

/**
 * What the organisation answered to an oversight body's recommendation, as the tracking systems of
 * the UN system (the Joint Inspection Unit's among them) record it. The one place that says which
 * answers commit the organisation to act ({@link #isAccepted()}).
 */
public enum Acceptance {
  /** Accepted in full. */
  ACCEPTED(true),
  /** Accepted in part. */
  PARTIALLY_ACCEPTED(true),
  /** Not accepted. */
  NOT_ACCEPTED(false),
  /** Still under consideration: no answer yet. */
  UNDER_CONSIDERATION(false);

  private final boolean accepted;

  Acceptance(boolean accepted) {
    this.accepted = accepted;
  }

  /**
   * Whether the answer commits the organisation to act: accepted or partially accepted.
   *
   * @return whether the recommendation is accepted, in full or in part
   */
  public boolean isAccepted() {
    return accepted;
  }
}
