package org.reformkit.core.series;

import java.util.Optional;

/**
 * Reports that cannot form one {@link ReportSeries}: none at all, reports of different programmes,
 * reports out of date order, or one report given twice. The message names the report (by position,
 * counted from 1, and symbol) and what is wrong with it; {@link #problem()} says which check failed
 * and {@link #position()} which report failed it.
 */
public final class InvalidSeriesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Which check a list of reports failed. */
  public enum Problem {
    /** No report at all. */
    EMPTY,
    /** A report of another programme than the first report's. */
    MIXED_PROGRAMMES,
    /** A report dated certainly before the report given before it. */
    OUT_OF_ORDER,
    /** A report whose document symbol an earlier report of the series already has. */
    REPEATED_REPORT
  }

  /** Which check failed. */
  private final Problem problem;

  /** The position of the report that failed it, from 1; 0 for an empty series. */
  private final int position;

  InvalidSeriesException(Problem problem, int position, String message) {
    super(message);
    this.problem = problem;
    this.position = position;
  }

  /**
   * Returns which check failed.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the position of the report that failed the check, counted from 1, or nothing for an
   * empty series.
   *
   * @return the report's position
   */
  public Optional<Integer> position() {
    return position > 0 ? Optional.of(position) : Optional.empty();
  }
}
