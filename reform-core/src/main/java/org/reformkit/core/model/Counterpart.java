package org.reformkit.core.model;

/** Who an engagement is with. */
public enum Counterpart {
  /** All staff. */
  ALL_STAFF,
  /** Staff members (a group of them, described in the engagement). */
  STAFF,
  /** The staff union or staff representatives. */
  STAFF_UNION,
  /** Managers. */
  MANAGEMENT,
  /** The organisation's constituents or member states. */
  CONSTITUENTS,
  /** Anyone else. */
  OTHER
}
