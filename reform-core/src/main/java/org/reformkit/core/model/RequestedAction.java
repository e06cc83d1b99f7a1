package org.reformkit.core.model;

/**
 * What a paper asks its governing body to do, as its cover states it ("For: Information", "For:
 * Review", "For decision", "For debate and guidance"). A paper may ask for more than one.
 */
public enum RequestedAction {
  /** For information: the body takes note. */
  INFORMATION,
  /** For review. */
  REVIEW,
  /** For discussion or debate. */
  DISCUSSION,
  /** For guidance: the body is asked to guide the secretariat. */
  GUIDANCE,
  /** For decision: the paper carries a draft decision. */
  DECISION,
  /** For approval. */
  APPROVAL
}
