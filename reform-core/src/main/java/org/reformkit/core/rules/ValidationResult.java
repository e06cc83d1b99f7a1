package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.text.Bundle;
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
  private static final ValidationResult EMPTY =
      new ValidationResult(ImmutableList.of(), Locale.ENGLISH);

  /** The words of the findings table, in every language of the library. */
  private static final Bundle LABELS = Bundle.load(ValidationResult.class, "labels");

  private final ImmutableList<Finding> findings;
  private final Locale locale;

  private ValidationResult(ImmutableList<Finding> findings, Locale locale) {
    this.findings = findings;
    this.locale = locale;
  }

  /**
   * Returns a result with these findings, in this order, printed in English.
   *
   * @param findings the findings
   * @return the result
   */
  public static ValidationResult of(Iterable<Finding> findings) {
    return of(findings, Locale.ENGLISH);
  }

  /**
   * Returns a result with these findings, in this order, whose table and printed form use the
   * locale's language (as the findings' messages do when a rule set made them in that locale).
   *
   * @param findings the findings
   * @param locale the language of the table's headings and words
   * @return the result
   */
  public static ValidationResult of(Iterable<Finding> findings, Locale locale) {
    return new ValidationResult(ImmutableList.copyOf(findings), locale);
  }

  /**
   * Returns the language of the table's headings and words: the validation context's.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
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
   * Returns the findings as a table: severity, path, message and {@code [CODE]}, with headings and
   * severities in the result's {@linkplain #locale() language}.
   *
   * @return the table
   */
  public TextTable table() {
    return table(locale);
  }

  /**
   * Returns the findings as a table with headings and severities in the locale's language (the
   * messages stay in the language they were made in).
   *
   * @param language the language of the headings and severities
   * @return the table
   */
  public TextTable table(Locale language) {
    TextTable.Builder table =
        TextTable.builder(
            LABELS.text("heading.severity", language),
            LABELS.text("heading.path", language),
            LABELS.text("heading.message", language),
            LABELS.text("heading.rule", language));
    for (Finding finding : findings) {
      table.addRow(
          severityWord(finding.severity(), language),
          printPath(finding.path(), language),
          finding.message(),
          "[" + finding.code() + "]");
    }
    return table.build();
  }

  /** The word for a severity in the locale's language ({@code error}, {@code 错误}). */
  private static String severityWord(Severity severity, Locale language) {
    return LABELS.text("severity." + severity.name(), language);
  }

  static String printPath(ElementPath path) {
    return printPath(path, Locale.ENGLISH);
  }

  static String printPath(ElementPath path, Locale language) {
    return path.isRoot() ? LABELS.text("path.root", language) : path.toString();
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
      return LABELS.text("count.none", locale) + "\n";
    }
    return LABELS.format(
            "count.line",
            locale,
            counted(Severity.ERROR),
            counted(Severity.WARNING),
            counted(Severity.INFO))
        + "\n"
        + table();
  }

  /** A count and its word, singular for one ({@code 1 error}, {@code 2 errors}). */
  private String counted(Severity severity) {
    int n = count(severity);
    String key = "count." + severity.name() + (n == 1 ? ".one" : ".other");
    return LABELS.format(key, locale, Integer.toString(n));
  }
}
