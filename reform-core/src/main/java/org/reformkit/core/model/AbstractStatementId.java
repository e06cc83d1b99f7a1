package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a statement of context, principle or assessment within its report or programme.
 *
 * <p>Made with {@code StatementId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractStatementId implements Comparable<AbstractStatementId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "statement id");
  }

  @Override
  public int compareTo(AbstractStatementId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
