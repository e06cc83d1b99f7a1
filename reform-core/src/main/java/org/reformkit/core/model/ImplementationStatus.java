package org.reformkit.core.model;

/**
 * Where the implementation of a recommendation (or of an action under it) stands, as a report
 * states it. The one place that says what each status means: whether it counts as {@linkplain
 * #isImplemented() implemented} (the implementation rate's numerator) and whether it is {@linkplain
 * #isClosed() closed}, so that no date can make it overdue.
 */
public enum ImplementationStatus {
  /** Not yet begun. Open. */
  NOT_STARTED(false, false),
  /** Under way. Open. */
  IN_PROGRESS(false, false),
  /** Implemented. Closed. */
  IMPLEMENTED(true, true),
  /** Closed without being implemented ("will not be implemented"). Closed. */
  CLOSED_WITHOUT_IMPLEMENTATION(false, true),
  /** Overtaken by a later recommendation or decision. Closed. */
  SUPERSEDED(false, true);

  private final boolean implemented;
  private final boolean closed;

  ImplementationStatus(boolean implemented, boolean closed) {
    this.implemented = implemented;
    this.closed = closed;
  }

  /**
   * Whether the recommendation counts as implemented: only {@link #IMPLEMENTED}.
   *
   * @return whether it is implemented
   */
  public boolean isImplemented() {
    return implemented;
  }

  /**
   * Whether the recommendation is closed, so that no date can make it overdue: implemented, closed
   * without implementation or superseded.
   *
   * @return whether it is closed
   */
  public boolean isClosed() {
    return closed;
  }
}
