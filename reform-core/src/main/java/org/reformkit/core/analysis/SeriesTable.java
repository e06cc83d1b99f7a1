package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import org.reformkit.core.text.TextTable;

/**
 * What every analysis of a report series has in common: the reports' symbols, earliest first, and
 * one row per finding, printed as a table in any language of the bundles. The analyses differ only
 * in their rows and columns.
 *
 * @param <R> the type of a row
 */
abstract class SeriesTable<R> {
  private final ImmutableList<String> reports;
  private final ImmutableList<R> rows;

  SeriesTable(ImmutableList<String> reports, ImmutableList<R> rows) {
    this.reports = reports;
    this.rows = rows;
  }

  /**
   * Returns the reports' symbols, earliest first.
   *
   * @return the reports
   */
  public final ImmutableList<String> reports() {
    return reports;
  }

  /**
   * Returns the rows, in order of the items' first appearance.
   *
   * @return the rows
   */
  public final ImmutableList<R> rows() {
    return rows;
  }

  /**
   * Whether the analysis found nothing.
   *
   * @return whether there are no rows
   */
  public final boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Returns the rows as a table in English.
   *
   * @return the table
   */
  public final TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the rows as a table with labels and names in the locale's language.
   *
   * @param locale the language
   * @return the table
   */
  public abstract TextTable toTable(Locale locale);

  /**
   * Prints the rows as a table in English.
   *
   * @return the printed table
   */
  @Override
  public final String toString() {
    return toTable().toString();
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && reports.equals(((SeriesTable<?>) other).reports)
        && rows.equals(((SeriesTable<?>) other).rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), reports, rows);
  }
}
