package org.reformkit.examples.cli;

import static java.util.Objects.requireNonNull;

import org.reformkit.examples.dashboard.FindingRow.Severity;

/**
 * One rule of the catalogue as {@code reform rules} lists it.
 *
 * @param code the rule's stable code
 * @param severity the severity of its findings
 * @param description what the rule checks, and what it does when a fact is absent
 */
public record RuleRow(String code, Severity severity, String description) {
  /**
   * Creates a row.
   *
   * @param code the rule's stable code
   * @param severity the severity of its findings
   * @param description what the rule checks
   */
  public RuleRow {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(description, "description");
  }
}
