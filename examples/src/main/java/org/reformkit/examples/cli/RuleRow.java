package org.reformkit.examples.cli;

import static java.util.Objects.requireNonNull;

import org.reformkit.examples.dashboard.FindingRow.Severity;

/**
 * One rule of the catalogue as {@code reform rules} lists it.
 *
 * @param code the rule's stable code
 * @param severity the severity of its findings
 * @param description the rule's one-line title, such as {@code A completed phase states its actual
 *     end}
 */
public record RuleRow(String code, Severity severity, String description) {
  /**
   * Creates a row.
   *
   * @param code the rule's stable code
   * @param severity the severity of its findings
   * @param description the rule's one-line title
   */
  public RuleRow {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(description, "description");
  }
}
