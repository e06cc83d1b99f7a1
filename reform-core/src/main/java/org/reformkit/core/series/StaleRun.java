package org.reformkit.core.series;

/**
 * Consecutive reports of a series over which an item stood still: under way in each, with the same
 * status, dates, deliverables and measurements (see {@link ItemState#sameProgressAs}).
 *
 * @param from the first report of the run, as an index into {@link ReportSeries#reports()}
 * @param to the last report of the run, as an index into {@link ReportSeries#reports()}
 */
public record StaleRun(int from, int to) {
  /**
   * Returns the number of reports in the run.
   *
   * @return the run's length
   */
  public int length() {
    return to - from + 1;
  }
}
