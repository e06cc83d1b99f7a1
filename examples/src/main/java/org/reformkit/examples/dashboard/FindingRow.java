package org.reformkit.examples.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.ValueParseException;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.FindingGroups;
import org.reformkit.core.rules.ValidationResult;

/**
 * One finding of the rule checks as the dashboard and the command-line tool show it: the rule's
 * stable code, a severity, the path of the offending element, a message and the triggering values
 * as texts.
 *
 * <p>A plain row, made from the rule engine's {@link Finding} by {@link #of(Finding, Locale)}, so
 * that a caller may also show findings of its own.
 *
 * @param code the rule's stable code, such as {@code PHASE_ORDER}
 * @param severity how serious the finding is
 * @param path the path of the offending element, such as {@code commitments[bpr].phases[c]}
 * @param message a message a person understands
 * @param values the triggering values by name, as texts, in the order of the rule
 */
public record FindingRow(
    String code,
    Severity severity,
    String path,
    String message,
    ImmutableMap<String, String> values) {
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
   * @param values the triggering values by name, as texts
   */
  public FindingRow {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(values, "values");
  }

  /**
   * Creates a row without triggering values.
   *
   * @param code the rule's stable code
   * @param severity how serious the finding is
   * @param path the path of the offending element
   * @param message a message a person understands
   */
  public FindingRow(String code, Severity severity, String path, String message) {
    this(code, severity, path, message, ImmutableMap.of());
  }

  /**
   * Returns the row of a finding of the rule engine; values that are texts in two languages are
   * given in the locale's.
   *
   * @param finding the finding
   * @param locale the language of text values
   * @return the row
   */
  public static FindingRow of(Finding finding, Locale locale) {
    ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
    for (Map.Entry<String, Object> value : finding.values().entrySet()) {
      Object raw = value.getValue();
      values.put(
          value.getKey(),
          raw instanceof LocalizedText text ? text.in(locale) : String.valueOf(raw));
    }
    return new FindingRow(
        finding.code(),
        Severity.valueOf(finding.severity().name()),
        finding.path().isRoot() ? "(root)" : finding.path().toString(),
        finding.message(),
        values.buildOrThrow());
  }

  /**
   * Returns the rows of a validation's findings, in its order.
   *
   * @param result the findings of a validation
   * @param locale the language of text values
   * @return the rows
   */
  public static com.google.common.collect.ImmutableList<FindingRow> of(
      ValidationResult result, Locale locale) {
    return result.findings().stream()
        .map(f -> of(f, locale))
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  /**
   * Groups rows by rule, with where they concentrate on a programme ({@link FindingGroups}). A path
   * "(root)" is the document; a path of a caller's own that is no element path is kept as a name.
   *
   * @param programme the programme the findings are about
   * @param rows the findings
   * @return the groups
   */
  public static FindingGroups groups(ReformProgramme programme, List<FindingRow> rows) {
    FindingGroups.Builder groups = FindingGroups.builder(programme);
    for (FindingRow row : rows) {
      groups.add(
          row.code(),
          org.reformkit.core.rules.Severity.valueOf(row.severity().name()),
          path(row.path()));
    }
    return groups.build();
  }

  private static ElementPath path(String text) {
    if (text.equals("(root)")) {
      return ElementPath.root();
    }
    try {
      return ElementPath.parse(text);
    } catch (ValueParseException e) {
      // a row of a caller's own whose path is no element path: kept as a name, so it still prints
      return ElementPath.root().field(text);
    }
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
