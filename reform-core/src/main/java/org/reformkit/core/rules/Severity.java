package org.reformkit.core.rules;

/** How serious a finding is. Declared from the most to the least serious. */
public enum Severity {
  /** The figures contradict each other or the facts: the report should not go out as it is. */
  ERROR,
  /** Probably wrong or incomplete: look at it before the report goes out. */
  WARNING,
  /** Worth knowing; not a fault. */
  INFO;

  /**
   * Returns the less serious of this severity and another.
   *
   * @param other the other severity
   * @return the milder of the two
   */
  public Severity atMost(Severity other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
