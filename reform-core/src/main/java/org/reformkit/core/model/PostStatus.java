package org.reformkit.core.model;

/** Where a post stands in its life. */
public enum PostStatus {
  /** Proposed or planned, not yet established. */
  PLANNED,
  /** Established ("in place"), filled or not stated. */
  ESTABLISHED,
  /** Established and filled. */
  FILLED,
  /** Established and vacant. */
  VACANT,
  /** Abolished. */
  ABOLISHED
}
