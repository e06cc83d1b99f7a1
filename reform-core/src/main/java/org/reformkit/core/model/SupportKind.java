package org.reformkit.core.model;

/** The kind of external support. */
public enum SupportKind {
  /** A consultancy (a firm or consultants under contract). */
  CONSULTANCY,
  /** Staff seconded from another organisation. */
  SECONDMENT,
  /** A peer review by another organisation. */
  PEER_REVIEW,
  /** Another kind. */
  OTHER
}
