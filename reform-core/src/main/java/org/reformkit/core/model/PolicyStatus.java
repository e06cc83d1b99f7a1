package org.reformkit.core.model;

/** Where a policy of the reform stands. */
public enum PolicyStatus {
  /** Being drafted. */
  DRAFT,
  /** Adopted, not yet in force. */
  ADOPTED,
  /** In force in part. */
  PARTLY_IN_FORCE,
  /** Fully in force. */
  IN_FORCE,
  /** Withdrawn or replaced. */
  WITHDRAWN
}
