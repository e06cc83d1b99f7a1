package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The value an indicator starts from, with the date it was taken, if stated. */
@Value.Immutable
@ReformStyle
abstract class AbstractBaseline implements Sourced {
  /**
   * Returns the baseline value.
   *
   * @return the value
   */
  public abstract IndicatorValue value();

  /**
   * Returns when the baseline was taken, if stated.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "baseline");
  }
}
