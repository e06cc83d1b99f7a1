package org.reformkit.core.analysis;

import org.reformkit.core.model.LocalizedText;

/**
 * The kinds of trouble a phase or commitment can be in, most serious first: the order in which
 * {@link CommitmentOverview} ranks commitments.
 */
public enum Trouble {
  /** Not completed and the planned end has certainly passed ({@link Schedule#OVERDUE}). */
  OVERDUE,
  /**
   * Later than planned: started late, under way after a late start, or done late ({@link
   * Schedule#LATE_START}, {@link Schedule#LATE}, {@link Schedule#DONE_LATE}).
   */
  SLIPPED,
  /** Begun, then paused ({@link Schedule#ON_HOLD}). */
  BLOCKED;

  /**
   * Returns the label in every language of the library, from the analyses' resource bundle.
   *
   * @return the label
   */
  public LocalizedText label() {
    return Labels.text("trouble." + name());
  }
}
