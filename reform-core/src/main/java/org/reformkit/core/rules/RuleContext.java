package org.reformkit.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/**
 * What a rule sees while it checks one element: the validation context (as-of date, locale), the
 * element's path, the elements that enclose it when the validation walks a whole report or
 * programme, and where to report findings.
 *
 * <p>The enclosing elements are absent when a single element is validated on its own; a rule that
 * needs one then says nothing (and says so in its description).
 *
 * <p>Made by the rule set for one rule and one element; not to be kept after the check returns.
 */
public final class RuleContext {
  private final ValidationContext context;
  private final ElementPath path;
  private final Optional<ProgressReport> progressReport;
  private final Optional<ReformProgramme> programme;
  private final Optional<Commitment> commitment;
  private final String code;
  private final Severity severity;
  private final List<Finding> sink;

  RuleContext(
      ValidationContext context,
      ElementPath path,
      Optional<ProgressReport> progressReport,
      Optional<ReformProgramme> programme,
      Optional<Commitment> commitment,
      String code,
      Severity severity,
      List<Finding> sink) {
    this.context = context;
    this.path = path;
    this.progressReport = progressReport;
    this.programme = programme;
    this.commitment = commitment;
    this.code = code;
    this.severity = severity;
    this.sink = sink;
  }

  /**
   * Returns the validation context.
   *
   * @return the validation context
   */
  public ValidationContext context() {
    return context;
  }

  /**
   * Returns the date the checks are made as of.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return context.asOf();
  }

  /**
   * Returns the locale of the messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return context.locale();
  }

  /**
   * Returns the path of the element being checked.
   *
   * @return the path
   */
  public ElementPath path() {
    return path;
  }

  /**
   * Returns the progress report being validated, if a whole report is.
   *
   * @return the report
   */
  public Optional<ProgressReport> progressReport() {
    return progressReport;
  }

  /**
   * Returns the programme the element belongs to, if a whole programme or report is validated.
   *
   * @return the programme
   */
  public Optional<ReformProgramme> programme() {
    return programme;
  }

  /**
   * Returns the commitment the element belongs to (for a phase or milestone), if known.
   *
   * @return the commitment
   */
  public Optional<Commitment> commitment() {
    return commitment;
  }

  /**
   * Returns the severity this rule's findings get in the rule set that runs it.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Reports a finding about the element being checked, with a message of the caller's own.
   *
   * <p>The message is a literal {@link java.text.MessageFormat} pattern, used as it is in every
   * locale (it is never looked up in the standard rules' message bundles), so an apostrophe is
   * written twice ({@code "isn''t"}). Numbers print plainly, texts in the locale, enum constants by
   * their name.
   *
   * @param message the message, a {@link java.text.MessageFormat} pattern
   * @param values the triggering values by name; in order, they are the message arguments {@code
   *     {0}}, {@code {1}}, ...
   */
  public void report(String message, ImmutableMap<String, ?> values) {
    report(path, message, values);
  }

  /**
   * Reports a finding about another element (a phase found by a rule on its commitment), with a
   * message of the caller's own.
   *
   * @param at the path of the element the finding is about
   * @param message the message, a {@link java.text.MessageFormat} pattern
   * @param values the triggering values by name, in the order of the message arguments
   */
  public void report(ElementPath at, String message, ImmutableMap<String, ?> values) {
    reportAtMost(severity, at, message, values);
  }

  /**
   * Reports a finding at most as serious as {@code mildest}, with a message of the caller's own: a
   * rule whose default is an error uses it to report a warning while the facts are still being
   * completed. A rule set that made the rule milder still than {@code mildest} keeps its own
   * severity.
   *
   * @param mildest the most serious severity the finding may have
   * @param at the path of the element the finding is about
   * @param message the message, a {@link java.text.MessageFormat} pattern
   * @param values the triggering values by name, in the order of the message arguments
   */
  public void reportAtMost(
      Severity mildest, ElementPath at, String message, ImmutableMap<String, ?> values) {
    ImmutableMap<String, Object> copy = ImmutableMap.copyOf(values);
    String text = Messages.formatPattern(message, copy.values().asList(), context.locale());
    add(severity.atMost(mildest), at, text, message, copy);
  }

  /** Reports a standard rule's finding about the element being checked. */
  void report(MessageKey key, ImmutableMap<String, ?> values) {
    report(path, key, values);
  }

  /** Reports a standard rule's finding about another element. */
  void report(ElementPath at, MessageKey key, ImmutableMap<String, ?> values) {
    reportAtMost(severity, at, key, values);
  }

  /** Reports a standard rule's finding at most as serious as {@code mildest}. */
  void reportAtMost(
      Severity mildest, ElementPath at, MessageKey key, ImmutableMap<String, ?> values) {
    checkArgument(
        key.code().equals(code), "rule %s reports with a message of rule %s", code, key.code());
    ImmutableMap<String, Object> copy = ImmutableMap.copyOf(values);
    String text = Messages.format(key, copy.values().asList(), context.locale());
    add(severity.atMost(mildest), at, text, key.key(), copy);
  }

  private void add(
      Severity findingSeverity,
      ElementPath at,
      String message,
      String messageKey,
      ImmutableMap<String, Object> values) {
    sink.add(new Finding(code, findingSeverity, at, message, messageKey, values));
  }
}
