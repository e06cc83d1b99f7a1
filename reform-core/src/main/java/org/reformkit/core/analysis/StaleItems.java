package org.reformkit.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.reformkit.core.series.ItemHistory;
import org.reformkit.core.series.ItemState;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.series.StaleRun;
import org.reformkit.core.text.TextTable;

/**
 * What has stood still: every commitment, phase and milestone stated under way (in progress or on
 * hold) in at least {@code k} consecutive reports of a {@link ReportSeries} with nothing of its
 * progress changed: same status, dates, deliverables and measurements ({@link
 * ItemHistory#staleRuns(int)}). A report that does not list the item, or lists it without a status,
 * ends a run: a status not stated proves nothing.
 *
 * <pre>{@code
 * StaleItems stale = Analyses.staleItems(series);      // k = 3
 * StaleItems strict = Analyses.staleItems(series, 2);  // two reports in a row suffice
 * System.out.print(stale);
 * }</pre>
 */
public final class StaleItems extends SeriesTable<StaleItem> {
  /** How many consecutive reports make an item stale unless the caller says otherwise. */
  public static final int DEFAULT_REPORTS = 3;

  private final int k;

  private StaleItems(int k, ImmutableList<String> reports, ImmutableList<StaleItem> rows) {
    super(reports, rows);
    this.k = k;
  }

  /**
   * Returns the items that stood still over at least {@code k} consecutive reports.
   *
   * @param series the series
   * @param k the least number of consecutive reports, at least 2
   * @return the stale items, in order of first appearance, each run on its own row
   * @throws IllegalArgumentException if {@code k} is less than 2
   */
  public static StaleItems of(ReportSeries series, int k) {
    checkArgument(k >= 2, "an item is stale over at least 2 reports, not %s", k);
    ImmutableList.Builder<StaleItem> rows = ImmutableList.builder();
    for (ItemHistory history : series.histories()) {
      for (StaleRun run : history.staleRuns(k)) {
        ItemState last = history.states().get(run.to()).orElseThrow();
        rows.add(
            new StaleItem(
                history.path(),
                history.kind(),
                last.name(),
                last.status().orElseThrow(),
                run.from(),
                run.to()));
      }
    }
    return new StaleItems(k, SeriesLabels.reports(series), rows.build());
  }

  /**
   * Returns the least number of consecutive reports that makes an item stale.
   *
   * @return k
   */
  public int k() {
    return k;
  }

  /**
   * Returns the stale items as a table with labels and names in the locale's language.
   *
   * @param locale the language
   * @return the table
   */
  @Override
  public TextTable toTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.path", locale),
                Labels.label("heading.kind", locale),
                Labels.label("heading.item", locale),
                Labels.label("heading.status", locale),
                Labels.label("heading.from", locale),
                Labels.label("heading.to", locale),
                Labels.label("heading.reports", locale))
            .alignRight(6)
            .maxCellWidth(Labels.MAX_PATH_CELL);
    for (StaleItem row : rows()) {
      table.addRow(
          row.path(),
          SeriesLabels.kind(row.kind(), locale),
          row.name().in(locale),
          Labels.status(row.status()).in(locale),
          reports().get(row.from()),
          reports().get(row.to()),
          row.reports());
    }
    return table.build();
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && k == ((StaleItems) other).k;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + k;
  }
}
