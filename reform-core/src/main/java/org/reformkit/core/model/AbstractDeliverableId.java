package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a deliverable (a tool, a guidebook, a team) within its commitment or phase.
 *
 * <p>Made with {@code DeliverableId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractDeliverableId implements Comparable<AbstractDeliverableId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "deliverable id");
  }

  @Override
  public int compareTo(AbstractDeliverableId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
