package org.reformkit.core.model;

/** Whether an amount is paid or saved once, or again in every period. */
public enum Recurrence {
  /** Once ("one-time investment", "one-time adjustment"). */
  ONE_TIME,
  /** In every period ("recurrent costs", "annual savings"). */
  RECURRING
}
