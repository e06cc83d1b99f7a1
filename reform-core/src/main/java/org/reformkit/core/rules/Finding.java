package org.reformkit.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.reformkit.core.model.ElementPath;

/**
 * One problem a rule found: the rule's code, the severity it has in the rule set that ran, the path
 * of the element it is about ({@code commitments[bpr].phases[c]}), the message in the caller's
 * language, the message key and arguments it was made from (kept apart, as Bean Validation keeps
 * the template apart from the message), and the values that triggered it, by name and in order.
 *
 * <p>Immutable; prints as {@code path: message [CODE]}.
 */
public final class Finding {
  private final String code;
  private final Severity severity;
  private final ElementPath path;
  private final String message;
  private final String messageKey;
  private final ImmutableMap<String, Object> values;

  Finding(
      String code,
      Severity severity,
      ElementPath path,
      String message,
      String messageKey,
      ImmutableMap<String, Object> values) {
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.message = message;
    this.messageKey = messageKey;
    this.values = values;
  }

  /**
   * Returns a finding, for code that reads findings back (from JSON, from a store); rules report
   * theirs through {@link RuleContext}.
   *
   * @param code the rule's code
   * @param severity the severity
   * @param path the path of the element it is about
   * @param message the message, already in the reader's language
   * @param messageKey the message key
   * @param values the triggering values by name, in the order of the message arguments
   * @return the finding
   * @throws IllegalArgumentException if the code is not a valid rule code
   */
  public static Finding of(
      String code,
      Severity severity,
      ElementPath path,
      String message,
      String messageKey,
      Map<String, ?> values) {
    checkArgument(Rule.isValidCode(code), "not a rule code: %s", code);
    return new Finding(code, severity, path, message, messageKey, ImmutableMap.copyOf(values));
  }

  /**
   * Returns the code of the rule that found it.
   *
   * @return the rule's code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity, as the rule set that ran gives it.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the path of the element the finding is about.
   *
   * @return the path
   */
  public ElementPath path() {
    return path;
  }

  /**
   * Returns the message, in the locale of the validation context.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the key of the message in the rule messages ({@code PHASE_ORDER}), or, for a caller's
   * rule that reports a literal text, that text.
   *
   * @return the message key
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the message arguments, in order: the values of {@link #values()}, where {@code {0}} is
   * the first.
   *
   * @return the message arguments
   */
  public ImmutableList<Object> arguments() {
    return values.values().asList();
  }

  /**
   * Returns the values that triggered the finding, by name, in the order of the message arguments.
   *
   * @return the triggering values
   */
  public ImmutableMap<String, Object> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding that)) {
      return false;
    }
    return code.equals(that.code)
        && severity == that.severity
        && path.equals(that.path)
        && message.equals(that.message)
        && messageKey.equals(that.messageKey)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, message, messageKey, values);
  }

  @Override
  public String toString() {
    return ValidationResult.printPath(path) + ": " + message + " [" + code + "]";
  }
}
