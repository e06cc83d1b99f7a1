package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies a reform programme, such as {@code ilo-internal-reform}.
 *
 * <p>Made with {@code ProgrammeId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractProgrammeId implements Comparable<AbstractProgrammeId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "programme id");
  }

  @Override
  public int compareTo(AbstractProgrammeId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
