package org.reformkit.core.model;

/**
 * How a {@link PartialDate} relates to the moment it describes, as reports say it: "in July",
 * "before the end of 2015", "from 2016", "about three years ago". This is the one place where the
 * meaning of each qualifier is decided; {@link PartialDate#earliestPossible()}, {@link
 * PartialDate#latestPossible()} and everything that asks them (the rules, the phase timeline,
 * programme progress, slippage) follow it.
 *
 * <table>
 *   <caption>What each qualifier proves about the stated period (day, month or year)</caption>
 *   <tr><th>qualifier</th><th>text</th><th>earliest possible day</th>
 *       <th>latest possible day</th></tr>
 *   <tr><td>{@link #ON}</td><td>{@code 2015-07}</td><td>first day of the period</td>
 *       <td>last day of the period</td></tr>
 *   <tr><td>{@link #BY}</td><td>{@code by 2015}</td><td>none</td>
 *       <td>last day of the period</td></tr>
 *   <tr><td>{@link #FROM}</td><td>{@code from 2016}</td><td>first day of the period</td>
 *       <td>none</td></tr>
 *   <tr><td>{@link #ABOUT}</td><td>{@code about 2012}</td><td>none</td><td>none</td></tr>
 * </table>
 *
 * <p>An "about" date is an approximation: the moment may lie outside the stated period, by an
 * amount nobody stated, so it bounds nothing for certain, and nothing is proven overdue, late or
 * slipped by it.
 */
public enum DateQualifier {
  /** The moment lies within the stated day, month or year: both bounds. */
  ON(true, true),
  /**
   * The moment lies at or before the end of the stated day, month or year ("by", "before the end
   * of"): a latest possible day, no earliest.
   */
  BY(false, true),
  /**
   * The moment lies at or after the start of the stated day, month or year ("from", "after"): an
   * earliest possible day, no latest.
   */
  FROM(true, false),
  /**
   * The moment lies near the stated day, month or year ("about", "some three years ago"): an
   * approximation that bounds the moment on neither side.
   */
  ABOUT(false, false);

  private final boolean boundsEarliest;
  private final boolean boundsLatest;

  DateQualifier(boolean boundsEarliest, boolean boundsLatest) {
    this.boundsEarliest = boundsEarliest;
    this.boundsLatest = boundsLatest;
  }

  /**
   * Whether a date with this qualifier proves an earliest possible day: the first day of the stated
   * period.
   *
   * @return true for {@link #ON} and {@link #FROM}
   */
  public boolean boundsEarliest() {
    return boundsEarliest;
  }

  /**
   * Whether a date with this qualifier proves a latest possible day: the last day of the stated
   * period.
   *
   * @return true for {@link #ON} and {@link #BY}
   */
  public boolean boundsLatest() {
    return boundsLatest;
  }
}
