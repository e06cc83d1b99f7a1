package org.reformkit.core.model;

import org.immutables.value.Value;

/**
 * Identifies an oversight body's recommendation within its programme.
 *
 * <p>Made with {@code RecommendationId.of("...")}: 1 to 128 letters, digits and {@code . _ : / -},
 * starting with a letter or digit; anything else is refused with an {@link InvalidValueException}.
 * Prints as its bare value.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractRecommendationId implements Comparable<AbstractRecommendationId> {
  /**
   * Returns the identifier as text.
   *
   * @return the identifier as text
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.identifier(value(), "recommendation id");
  }

  @Override
  public int compareTo(AbstractRecommendationId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
