package org.reformkit.core.model;

/** How staff took part in the reform, or were told and consulted. */
public enum EngagementKind {
  /** Interviews with staff. */
  INTERVIEW,
  /** Meetings or workshops with staff. */
  MEETING,
  /** A survey of staff. */
  SURVEY,
  /** Staff taking part in the work itself (such as a redesign). */
  PARTICIPATION,
  /** Information shared with the staff representatives. */
  INFORMATION,
  /** Consultation of the staff representatives. */
  CONSULTATION,
  /** Negotiation with the staff representatives. */
  NEGOTIATION,
  /** Any other form. */
  OTHER
}
