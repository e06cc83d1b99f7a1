package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a milestone (a dated step that is not a phase) within its commitment.
 *
 * <p>Made with {@code MilestoneId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractMilestoneId implements Comparable<AbstractMilestoneId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "milestone id");
  }

  @Override
  public int compareTo(AbstractMilestoneId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
