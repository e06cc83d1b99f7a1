package org.reformkit.core.model;

/** How much of a {@link PartialDate} is known: the year, the month or the day. */
public enum DatePrecision {
  /** Only the year is known ("2016"). */
  YEAR,
  /** The year and month are known ("July 2015"). */
  MONTH,
  /** The full date is known. */
  DAY
}
