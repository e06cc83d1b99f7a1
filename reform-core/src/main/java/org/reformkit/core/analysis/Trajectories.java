package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.series.ItemHistory;
import org.reformkit.core.series.ItemState;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.text.TextTable;

/**
 * What happened to each commitment, phase and milestone over a {@link ReportSeries}: its status in
 * every report (a dash where a report does not list it, "not stated" where a report lists it
 * without a status), the first and last report listing it, and the first reports stating it
 * completed or cancelled (the meanings of {@link ItemHistory}).
 *
 * <pre>{@code
 * Trajectories trajectories = Analyses.trajectories(ReportSeries.of(march2015, november2015));
 * trajectories.row(ElementPath.parse("commitments[bpr].phases[a]")).get().completedIn(); // 1
 * System.out.print(trajectories);
 * }</pre>
 */
public final class Trajectories extends SeriesTable<Trajectory> {

  private Trajectories(ImmutableList<String> reports, ImmutableList<Trajectory> rows) {
    super(reports, rows);
  }

  /**
   * Returns the trajectories of a series' commitments, phases and milestones.
   *
   * @param series the series
   * @return the trajectories, items in order of first appearance
   */
  public static Trajectories of(ReportSeries series) {
    ImmutableList.Builder<Trajectory> rows = ImmutableList.builder();
    for (ItemHistory history : series.histories()) {
      if (!history.kind().hasStatus()) {
        continue;
      }
      rows.add(
          new Trajectory(
              history.path(),
              history.kind(),
              history.name(),
              history.states().stream()
                  .map(Trajectories::statusIn)
                  .collect(ImmutableList.toImmutableList()),
              history.firstSeen(),
              history.lastSeen(),
              history.completedIn(),
              history.cancelledIn()));
    }
    return new Trajectories(SeriesLabels.reports(series), rows.build());
  }

  private static StatusInReport statusIn(Optional<ItemState> state) {
    return state.map(s -> new StatusInReport(true, s.status())).orElse(StatusInReport.ABSENT);
  }

  /**
   * Returns the row of an item, if the series lists it.
   *
   * @param path the item's path
   * @return the row
   */
  public Optional<Trajectory> row(ElementPath path) {
    return rows().stream().filter(r -> r.path().equals(path)).findFirst();
  }

  /**
   * Returns the trajectories as a table with labels and names in the locale's language: one column
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
    headers.addAll(reports());
    headers.add(Labels.label("heading.firstSeen", locale));
    headers.add(Labels.label("heading.lastSeen", locale));
    headers.add(Labels.label("heading.completedIn", locale));
    headers.add(Labels.label("heading.cancelledIn", locale));
    TextTable.Builder table = TextTable.builder(headers).maxCellWidth(Labels.MAX_PATH_CELL);
    for (Trajectory row : rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.path());
      cells.add(row.name().in(locale));
      row.statuses().forEach(s -> cells.add(s.cell(locale)));
      cells.add(reports().get(row.firstSeen()));
      cells.add(reports().get(row.lastSeen()));
      cells.add(SeriesLabels.report(reports(), row.completedIn()));
      cells.add(SeriesLabels.report(reports(), row.cancelledIn()));
      table.addRow(cells.toArray());
    }
    return table.build();
  }
}
