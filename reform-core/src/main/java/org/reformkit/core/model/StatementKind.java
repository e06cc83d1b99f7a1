package org.reformkit.core.model;

/** What a narrative statement of a report does. */
public enum StatementKind {
  /** Sets out the context (such as the 2030 Agenda for Sustainable Development). */
  CONTEXT,
  /** States a principle the reform follows. */
  PRINCIPLE,
  /** Assesses results so far. */
  ASSESSMENT,
  /** Says what will be done. */
  PLAN,
  /** States a finding or a fact not carried elsewhere. */
  FINDING
}
