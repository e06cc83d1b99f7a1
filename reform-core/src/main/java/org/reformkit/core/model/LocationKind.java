package org.reformkit.core.model;

/** Where a post or an office sits. */
public enum LocationKind {
  /** At the organisation's headquarters. */
  HEADQUARTERS,
  /** Somewhere in the field, no office or region named. */
  FIELD,
  /** In a named region (a regional office or the region as a whole). */
  REGION,
  /** In a named field office (a country or decent work team office). */
  FIELD_OFFICE
}
