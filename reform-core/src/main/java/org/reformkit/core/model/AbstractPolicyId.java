package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a policy put in force by the reform, such as the mobility policy.
 *
 * <p>Made with {@code PolicyId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -}, starting
 * with a letter or digit; anything else is refused with an {@link InvalidValueException}. Prints as
 * its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractPolicyId implements Comparable<AbstractPolicyId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "policy id");
  }

  @Override
  public int compareTo(AbstractPolicyId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
