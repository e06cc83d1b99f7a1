package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a body that applies a policy of the reform, such as a recruitment committee.
 *
 * <p>Made with {@code CommitteeId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractCommitteeId implements Comparable<AbstractCommitteeId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "committee id");
  }

  @Override
  public int compareTo(AbstractCommitteeId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
