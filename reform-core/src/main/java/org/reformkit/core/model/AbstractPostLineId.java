package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a counted line of posts ("22 new technical posts at headquarters") within its
 * programme.
 *
 * <p>Made with {@code PostLineId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractPostLineId implements Comparable<AbstractPostLineId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "post line id");
  }

  @Override
  public int compareTo(AbstractPostLineId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
