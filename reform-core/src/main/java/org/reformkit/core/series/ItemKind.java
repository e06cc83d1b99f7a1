package org.reformkit.core.series;

/** What kind of element of a programme an {@link ItemHistory} follows. */
public enum ItemKind {
  /** A commitment (workstream): {@code commitments[bpr]}. */
  COMMITMENT,
  /** A phase of a commitment: {@code commitments[bpr].phases[c]}. */
  PHASE,
  /** A milestone of a commitment: {@code commitments[bpr].milestones[gb-326]}. */
  MILESTONE,
  /** An indicator of the programme: {@code indicators[interviews]}; it has no status. */
  INDICATOR;

  /**
   * Whether items of this kind carry a status (an indicator does not).
   *
   * @return whether the kind has a status
   */
  public boolean hasStatus() {
    return this != INDICATOR;
  }
}
