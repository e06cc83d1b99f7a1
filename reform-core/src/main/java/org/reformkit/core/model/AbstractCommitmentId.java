package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a commitment (a workstream) within its programme, such as {@code bpr} for the business
 * process review.
 *
 * <p>Made with {@code CommitmentId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractCommitmentId implements Comparable<AbstractCommitmentId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "commitment id");
  }

  @Override
  public int compareTo(AbstractCommitmentId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
