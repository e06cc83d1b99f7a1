package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies an indicator of the monitoring framework within its programme.
 *
 * <p>Made with {@code IndicatorId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractIndicatorId implements Comparable<AbstractIndicatorId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "indicator id");
  }

  @Override
  public int compareTo(AbstractIndicatorId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
