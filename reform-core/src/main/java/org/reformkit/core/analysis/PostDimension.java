package org.reformkit.core.analysis;

/** A way of grouping posts in a {@link PostSummary}. */
public enum PostDimension {
  /** Where the posts sit: headquarters, the field, a named region or office. */
  LOCATION,
  /**
   * The duty station the posts sit at, city and country ("not stated" when the location names
   * none). {@link PostSummary#toTable(java.util.Locale)} shows it only when some post names one.
   */
  DUTY_STATION,
  /** The portfolio or unit the posts belong to ("not stated" when the data do not say). */
  UNIT,
  /** The kind of work: technical, managerial, ... */
  CATEGORY,
  /** Where the posts come from: new, transferred from a unit, ... */
  ORIGIN,
  /** Who pays ("not stated" when the data do not say). */
  FUNDING
}
