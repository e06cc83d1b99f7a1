package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value an indicator should reach, by a date if one is stated. A cumulative target counts
 * everything since the baseline; an incremental one counts its period only.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractTarget implements Sourced {
  /**
   * Returns the target value.
   *
   * @return the value
   */
  public abstract IndicatorValue value();

  /**
   * Returns when the target is due, if stated.
   *
   * @return the due date
   */
  public abstract Optional<PartialDate> due();

  /**
   * Whether the target counts everything since the baseline (true, the default) or its period only.
   *
   * @return whether the target is cumulative
   */
  @Value.Default
  public boolean cumulative() {
    return true;
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "target");
  }
}
