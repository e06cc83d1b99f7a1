package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.text.TextTable;

/**
 * The findings of one validation: immutable, in a deterministic order (the order in which the
 * validation walks the data, then the order of the rule set), with counts by severity.
 *
 * <p>Prints as a readable table, one line per finding: {@code path message [CODE]}, under a line
 * that counts them.
 *
 * <pre>{@code
 * 0 errors, 2 warnings, 1 info
 * Severity  Path                        Message                                      Rule
 * --------  --------------------------  -------------------------------------------  ------
 * warning   commitments[bpr].phases[a]  Phase a is completed but its actual end ...  [PHASE_COMPLETED_WITHOUT_END]
 * }</pre>
 */
public final class ValidationResult {
  private static final ValidationResult EMPTY = new ValidationResult(ImmutableList.of());

  private final ImmutableList<Finding> findings;

  private ValidationResult(ImmutableList<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns a result with these findings, in this order.
   *
   * @param findings the findings
   * @return the result
   */
  public static ValidationResult of(Iterable<Finding> findings) {
    return new ValidationResult(ImmutableList.copyOf(findings));
  }

  /**
   * Returns the result without findings.
   *
   * @return the empty result
   */
  public static ValidationResult empty() {
    return EMPTY;
  }

  /**
   * Returns every finding, in order.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity, in order.
   *
   * @param severity the severity
   * @return the findings of that severity
   */
  public ImmutableList<Finding> findings(Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings of one rule, in order.
   *
   * @param code the rule's code
   * @return the findings of that rule
   */
  public ImmutableList<Finding> findings(String code) {
    return findings.stream()
        .filter(f -> f.code().equals(code))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings about one element or anything below it, in order.
   *
   * @param path the element's path
   * @return the findings at or below that path
   */
  public ImmutableList<Finding> findingsAt(ElementPath path) {
    return findings.stream()
        .filter(f -> f.path().startsWith(path))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many findings have this severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the number of findings for each severity, every severity included, most serious first.
   *
   * @return the counts by severity
   */
  public ImmutableMap<Severity, Integer> counts() {
    ImmutableSortedMap.Builder<Severity, Integer> counts = ImmutableSortedMap.naturalOrder();
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return counts.buildOrThrow();
  }

  /**
   * Whether any finding is an error.
   *
   * @return whether there are errors
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Whether there are no findings at all.
   *
   * @return whether the result is empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns the codes of the rules that found something, in order of first finding, each once.
   *
   * @return the codes
   */
  public ImmutableList<String> codes() {
    return findings.stream().map(Finding::code).distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings as a table: severity, path, message and {@code [CODE]}.
   *
   * @return the table
   */
  public TextTable table() {
    TextTable.Builder table = TextTable.builder("Severity", "Path", "Message", "Rule");
    for (Finding finding : findings) {
      table.addRow(
          finding.severity().name().toLowerCase(Locale.ROOT),
          printPath(finding.path()),
          finding.message(),
          "[" + finding.code() + "]");
    }
    return table.build();
  }

  static String printPath(ElementPath path) {
    return path.isRoot() ? "(root)" : path.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationResult that && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns a line counting the findings ({@code 0 errors, 2 warnings, 1 info}), then the table of
   * findings, or {@code no findings}.
   *
   * @return the readable result
   */
  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "no findings\n";
    }
    int errors = count(Severity.ERROR);
    int warnings = count(Severity.WARNING);
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + count(Severity.INFO)
        + " info\n"
        + table();
  }
}
