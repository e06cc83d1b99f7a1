package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;

/**
 * A rule made of its definition and a check. Internal; made by {@link RuleBuilder#build}, which
 * checks every part.
 */
final class DefinedRule<T> implements Rule<T> {
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final String code;
  private final Class<T> elementType;
  private final Severity severity;
  private final String title;
  private final String description;
  private final MissingFacts whenFactsMissing;
  private final ImmutableList<MessageKey> messageKeys;
  private final RuleCheck<T> check;

  DefinedRule(
      String code,
      Class<T> elementType,
      Severity severity,
      String title,
      String description,
      MissingFacts whenFactsMissing,
      ImmutableList<MessageKey> messageKeys,
      RuleCheck<T> check) {
    this.code = code;
    this.elementType = elementType;
    this.severity = severity;
    this.title = title;
    this.description = description;
    this.whenFactsMissing = whenFactsMissing;
    this.messageKeys = messageKeys;
    this.check = check;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public MissingFacts whenFactsMissing() {
    return whenFactsMissing;
  }

  @Override
  public Class<T> elementType() {
    return elementType;
  }

  /** The message keys the rule reports with, for the bundle test; empty for a caller's rule. */
  ImmutableList<MessageKey> messageKeys() {
    return messageKeys;
  }

  @Override
  public void check(T element, RuleContext context) {
    check.check(element, context);
  }

  @Override
  public String toString() {
    return code + " (" + severity + ", " + elementType.getSimpleName() + "): " + title;
  }
}
