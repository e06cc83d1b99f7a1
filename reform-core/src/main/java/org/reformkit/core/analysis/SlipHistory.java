package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.series.ItemHistory;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.text.TextTable;

/**
 * What slipped and by how much, report after report: every planned date (a commitment's or
 * milestone's due date, a phase's planned start and end) that moved at least once over a {@link
 * ReportSeries} ({@link ItemHistory#dateMoves()}), as each report stated it, with the number of
 * moves and the total slip from the first stated date to the last. The total is a {@link Slippage}:
 * a range of days as far as the partial dates prove ({@code 2015-12} to {@code 2016-06} is {@code
 * +153..+212}); a move to or from {@code about 2016} proves nothing ({@code ?}).
 *
 * <pre>{@code
 * SlipHistory slips = Analyses.slipHistory(series);
 * slips.rows().get(0).totalSlip();     // +153..+212
 * System.out.print(slips);
 * }</pre>
 */
public final class SlipHistory extends SeriesTable<SlipRow> {

  private SlipHistory(ImmutableList<String> reports, ImmutableList<SlipRow> rows) {
    super(reports, rows);
  }

  /**
   * Returns the history of every planned date of a series that moved.
   *
   * @param series the series
   * @return the slip history, items in order of first appearance
   */
  public static SlipHistory of(ReportSeries series) {
    ImmutableList.Builder<SlipRow> rows = ImmutableList.builder();
    for (ItemHistory history : series.histories()) {
      for (String field : history.plannedDateFields()) {
        long moves = history.dateMoves().stream().filter(m -> m.field().equals(field)).count();
        if (moves == 0) {
          continue;
        }
        ImmutableList<Optional<PartialDate>> dates = history.plannedDates(field);
        List<PartialDate> stated = dates.stream().flatMap(Optional::stream).toList();
        rows.add(
            new SlipRow(
                history.path(),
                history.kind(),
                history.name(),
                field,
                dates,
                (int) moves,
                Slippage.between(stated.get(0), stated.get(stated.size() - 1))));
      }
    }
    return new SlipHistory(SeriesLabels.reports(series), rows.build());
  }

  /**
   * Returns the rows whose date certainly slipped ({@link SlipRow#certainlySlipped()}).
   *
   * @return the rows that certainly slipped
   */
  public ImmutableList<SlipRow> certainlySlipped() {
    return rows().stream()
        .filter(SlipRow::certainlySlipped)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the slip history as a table with labels and names in the locale's language: one column
   * per report, headed by its symbol.
   *
   * @param locale the language
   * @return the table
   */
  @Override
  public TextTable toTable(Locale locale) {
    List<String> headers = new ArrayList<>();
    headers.add(Labels.label("heading.path", locale));
    headers.add(Labels.label("heading.item", locale));
    headers.add(Labels.label("heading.date", locale));
    headers.addAll(reports());
    headers.add(Labels.label("heading.moves", locale));
    headers.add(Labels.label("heading.totalSlip", locale));
    TextTable.Builder table =
        TextTable.builder(headers)
            .alignRight(headers.size() - 2)
            .alignRight(headers.size() - 1)
            .maxCellWidth(Labels.MAX_PATH_CELL);
    for (SlipRow row : rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.path());
      cells.add(row.name().in(locale));
      cells.add(Labels.label("dateField." + row.field(), locale));
      row.dates()
          .forEach(
              d -> cells.add(d.map(String::valueOf).orElse(Labels.label("series.absent", locale))));
      cells.add(row.moves());
      cells.add(row.totalSlip());
      table.addRow(cells.toArray());
    }
    return table.build();
  }
}
