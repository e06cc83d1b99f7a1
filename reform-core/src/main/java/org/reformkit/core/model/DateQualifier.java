package org.reformkit.core.model;

/**
 * How a {@link PartialDate} relates to the moment it describes, as reports say it: "in July",
 * "before the end of 2015", "from 2016", "about three years ago".
 */
public enum DateQualifier {
  /** The moment lies within the stated day, month or year. */
  ON,
  /** The moment lies at or before the end of the stated day, month or year ("by", "before the end of"). */
  BY,
  /** The moment lies at or after the start of the stated day, month or year ("from", "after"). */
  FROM,
  /** The moment lies near the stated day, month or year ("about", "some three years ago"). */
  ABOUT
}
