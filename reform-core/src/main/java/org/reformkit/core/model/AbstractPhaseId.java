package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a phase within its commitment, such as {@code a} for the first phase of the business
 * process review.
 *
 * <p>Made with {@code PhaseId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -}, starting
 * with a letter or digit; anything else is refused with an {@link InvalidValueException}. Prints as
 * its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractPhaseId implements Comparable<AbstractPhaseId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "phase id");
  }

  @Override
  public int compareTo(AbstractPhaseId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
