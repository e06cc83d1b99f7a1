package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.reformkit.core.series.ItemHistory;
import org.reformkit.core.series.ItemState;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.text.TextTable;

/**
 * What was promised and then quietly dropped: every commitment, phase, milestone and indicator that
 * a report of a {@link ReportSeries} lists and the last report does not, without any report having
 * stated it completed or cancelled ({@link ItemHistory#isDropped()}). An item that vanishes and
 * comes back in the last report is not dropped; a phase of a dropped commitment is dropped too, and
 * listed on its own row.
 *
 * <pre>{@code
 * DroppedItems dropped = Analyses.droppedItems(series);
 * dropped.rows().get(0).lastSeen();   // the index of the last report that listed it
 * System.out.print(dropped);
 * }</pre>
 */
public final class DroppedItems extends SeriesTable<DroppedItem> {

  private DroppedItems(ImmutableList<String> reports, ImmutableList<DroppedItem> rows) {
    super(reports, rows);
  }

  /**
   * Returns the items a series dropped.
   *
   * @param series the series
   * @return the dropped items, in order of first appearance
   */
  public static DroppedItems of(ReportSeries series) {
    ImmutableList.Builder<DroppedItem> rows = ImmutableList.builder();
    for (ItemHistory history : series.histories()) {
      if (!history.isDropped()) {
        continue;
      }
      int lastSeen = history.lastSeen();
      ItemState last = history.states().get(lastSeen).orElseThrow();
      rows.add(
          new DroppedItem(
              history.path(), history.kind(), last.name(), last.status(), lastSeen, lastSeen + 1));
    }
    return new DroppedItems(SeriesLabels.reports(series), rows.build());
  }

  /**
   * Returns the dropped items as a table with labels and names in the locale's language.
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
                Labels.label("heading.lastStatus", locale),
                Labels.label("heading.lastSeen", locale),
                Labels.label("heading.missingFrom", locale))
            .maxCellWidth(Labels.MAX_PATH_CELL);
    for (DroppedItem row : rows()) {
      table.addRow(
          row.path(),
          SeriesLabels.kind(row.kind(), locale),
          row.name().in(locale),
          new StatusInReport(row.kind().hasStatus(), row.lastStatus()).cell(locale),
          reports().get(row.lastSeen()),
          reports().get(row.missingFrom()));
    }
    return table.build();
  }
}
