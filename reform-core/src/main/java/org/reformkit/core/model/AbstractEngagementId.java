package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a staff engagement (interviews, a survey, a consultation) within its programme.
 *
 * <p>Made with {@code EngagementId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractEngagementId implements Comparable<AbstractEngagementId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "engagement id");
  }

  @Override
  public int compareTo(AbstractEngagementId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
