package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a single post (a position) within its programme, such as a position number.
 *
 * <p>Made with {@code PostId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -}, starting
 * with a letter or digit; anything else is refused with an {@link InvalidValueException}. Prints as
 * its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractPostId implements Comparable<AbstractPostId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "post id");
  }

  @Override
  public int compareTo(AbstractPostId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
