package org.reformkit.core.analysis;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.Optional;
import org.reformkit.core.model.PartialDate;

/**
 * How many days an actual date lies after a planned one, as far as the two partial dates prove: a
 * range from {@link #atLeastDays()} to {@link #atMostDays()}, either end open when a date does not
 * bound it. Both ends are equal, an exact number of days, only when both dates are stated to the
 * day without qualifier. A positive slippage is late, a negative one early.
 *
 * <p>Bounds: the least slippage is the earliest possible actual day minus the latest possible
 * planned day; the most is the latest possible actual day minus the earliest possible planned day.
 * The bounds are the dates' own ({@link PartialDate#earliestPossible()}, {@link
 * PartialDate#latestPossible()}; see {@link org.reformkit.core.model.DateQualifier}): a date known
 * to the month spans the month, to the year the year; {@code by} has no earliest day, {@code from}
 * no latest, and {@code about} neither. So "planned July 2015, actual September 2015" gives 32 to
 * 91 days late, and "planned 2015-07-01, actual 2015-07-15" exactly 14.
 *
 * @param atLeastDays the least slippage the dates allow, if bounded
 * @param atMostDays the most slippage the dates allow, if bounded
 */
public record Slippage(Optional<Long> atLeastDays, Optional<Long> atMostDays) {
  /**
   * Returns the slippage of an actual date against a planned one.
   *
   * @param planned the planned date
   * @param actual the actual date
   * @return the slippage
   */
  public static Slippage between(PartialDate planned, PartialDate actual) {
    Optional<LocalDate> actualLow = actual.earliestPossible();
    Optional<LocalDate> actualHigh = actual.latestPossible();
    Optional<LocalDate> plannedLow = planned.earliestPossible();
    Optional<LocalDate> plannedHigh = planned.latestPossible();
    Optional<Long> least = actualLow.flatMap(a -> plannedHigh.map(p -> DAYS.between(p, a)));
    Optional<Long> most = actualHigh.flatMap(a -> plannedLow.map(p -> DAYS.between(p, a)));
    return new Slippage(least, most);
  }

  /**
   * Returns the exact slippage, when the dates prove one.
   *
   * @return the days, if exact
   */
  public Optional<Long> exactDays() {
    // two empty bounds are equal too, and then the answer is empty as it should be
    return atLeastDays.equals(atMostDays) ? atLeastDays : Optional.empty();
  }

  /**
   * Whether the actual date is certainly after the planned one.
   *
   * @return whether it is certainly late
   */
  public boolean certainlyLate() {
    return atLeastDays.map(d -> d > 0).orElse(false);
  }

  /**
   * Whether the actual date is certainly before the planned one.
   *
   * @return whether it is certainly early
   */
  public boolean certainlyEarly() {
    return atMostDays.map(d -> d < 0).orElse(false);
  }

  /**
   * Whether the dates bound the slippage on both sides and allow no slippage at all.
   *
   * @return whether being on time is consistent with bounded dates
   */
  public boolean possiblyOnTime() {
    return atLeastDays.isPresent()
        && atMostDays.isPresent()
        && !certainlyLate()
        && !certainlyEarly();
  }

  /**
   * Prints the slippage in days: {@code +14}, {@code 0}, {@code -3}, a range {@code +32..+92}, an
   * open range {@code >= +32} or {@code <= -5}, or {@code ?} when the dates bound nothing.
   *
   * @return the printed slippage
   */
  @Override
  public String toString() {
    if (exactDays().isPresent()) {
      return signed(exactDays().get());
    }
    if (atLeastDays.isPresent() && atMostDays.isPresent()) {
      return signed(atLeastDays.get()) + ".." + signed(atMostDays.get());
    }
    if (atLeastDays.isPresent()) {
      return ">= " + signed(atLeastDays.get());
    }
    return atMostDays.map(d -> "<= " + signed(d)).orElse("?");
  }

  private static String signed(long days) {
    return days > 0 ? "+" + days : Long.toString(days);
  }
}
