package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scale a report rates risks on, as it states it: the words low, medium and high, or the
 * numbers 1 to some top level (1–5). A worded scale says itself which level is high; a numbered
 * scale says so only when the report states from which level a risk is high ("4 and 5 are high").
 * The model never maps a number to "high" on its own: on a numbered scale with no stated threshold
 * "is this high?" has no answer ({@link RiskRating#isHigh()} is empty).
 *
 * <p>Text form: {@code low-medium-high}, {@code 1-5}, {@code 1-5 high from 4}.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractRiskScale {
  private static final int MAX_LEVELS = 10;
  private static final int WORDED_LEVELS = 3;

  /**
   * Returns how many levels the scale has: 3 for low/medium/high, the top number for 1–N.
   *
   * @return the number of levels, 2 to 10
   */
  public abstract int levels();

  /**
   * Whether the levels are the words low, medium and high rather than numbers.
   *
   * @return whether worded
   */
  public abstract boolean worded();

  /**
   * Returns the lowest level that is high, if the scale says: 3 (high) on a worded scale; on a
   * numbered scale only when the report states it.
   *
   * @return the lowest high level
   */
  public abstract Optional<Integer> highFrom();

  /**
   * Returns the scale low, medium, high.
   *
   * @return the worded scale
   */
  public static RiskScale lowMediumHigh() {
    return RiskScale.of(WORDED_LEVELS, true, Optional.of(WORDED_LEVELS));
  }

  /**
   * Returns the scale 1 to {@code levels}, with no stated level from which a risk is high.
   *
   * @param levels the top level
   * @return the numbered scale
   */
  public static RiskScale numbered(int levels) {
    return RiskScale.of(levels, false, Optional.empty());
  }

  /**
   * Returns the scale 1 to {@code levels} on which the report calls {@code highFrom} and above
   * high.
   *
   * @param levels the top level
   * @param highFrom the lowest high level
   * @return the numbered scale
   */
  public static RiskScale numbered(int levels, int highFrom) {
    return RiskScale.of(levels, false, Optional.of(highFrom));
  }

  @Value.Check
  void check() {
    if (levels() < 2 || levels() > MAX_LEVELS) {
      throw new InvalidValueException(
          "a risk scale has 2 to " + MAX_LEVELS + " levels, not " + levels());
    }
    if (worded() && (levels() != WORDED_LEVELS || !highFrom().equals(Optional.of(WORDED_LEVELS)))) {
      throw new InvalidValueException("a worded risk scale is low, medium, high");
    }
    highFrom()
        .filter(h -> h < 1 || h > levels())
        .ifPresent(
            h -> {
              throw new InvalidValueException(
                  "a risk scale of " + levels() + " levels cannot be high from " + h);
            });
  }

  @Override
  public String toString() {
    if (worded()) {
      return "low-medium-high";
    }
    return "1-" + levels() + highFrom().map(h -> " high from " + h).orElse("");
  }
}
