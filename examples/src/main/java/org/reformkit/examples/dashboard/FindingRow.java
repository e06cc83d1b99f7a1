package org.reformkit.examples.dashboard;

import static java.util.Objects.requireNonNull;

/**
 * One finding of the rule checks as the dashboard and the command-line tool show it: the rule's
 * stable code, a severity, the path of the offending element and a message.
 *
 * <p>A plain row so that the examples do not depend on the rule engine's types; the engine's
 * findings are turned into rows in one place ({@code org.reformkit.examples.cli.ReportChecks}).
 *
 * @param code the rule's stable code, such as {@code PHASE_ORDER}
 * @param severity how serious the finding is
 * @param path the path of the offending element, such as {@code commitments[bpr].phases[c]}
 * @param message a message a person understands
 */
public record FindingRow(String code, Severity severity, String path, String message) {
  /** How serious a finding is. */
  public enum Severity {
    /** The report must not go out like this; {@code reform validate} exits with status 1. */
    ERROR,
    /** Probably wrong; worth a look. */
    WARNING,
    /** Worth knowing. */
    INFO
  }

  /**
   * Creates a row.
   *
   * @param code the rule's stable code
   * @param severity how serious the finding is
   * @param path the path of the offending element
   * @param message a message a person understands
   */
  public FindingRow {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /**
   * Returns the row in the one-line form {@code path: message [CODE]}.
   *
   * @return the one-line form
   */
  @Override
  public String toString() {
    return path + ": " + message + " [" + code + "]";
  }
}
