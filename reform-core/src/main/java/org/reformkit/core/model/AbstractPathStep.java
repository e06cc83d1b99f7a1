package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One step of an {@link ElementPath}: a name, optionally keyed by an identifier or position. */
@Value.Immutable
@ReformTuple
abstract class AbstractPathStep {
  /**
   * Returns the step's name ({@code commitments}).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the element's identifier or position within the named list, if any.
   *
   * @return the key
   */
  public abstract Optional<String> key();

  @Value.Check
  void check() {
    if (name().isEmpty() || name().contains(".") || name().contains("[") || name().contains("]")) {
      throw new InvalidValueException("path step name '" + name() + "' must be a plain word");
    }
    key()
        .ifPresent(
            k -> {
              if (k.contains("]")) {
                throw new InvalidValueException("path step key '" + k + "' must not contain ']'");
              }
            });
  }

  @Override
  public String toString() {
    return key().map(k -> name() + "[" + k + "]").orElse(name());
  }
}
