package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Target;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.text.TextTable;

/**
 * Every measurement and target of every indicator as each report of a {@link ReportSeries} stated
 * it. A measurement is matched across reports by its date and dimensions, a target by its due date;
 * of two with the same key in one report, the first listed. A measurement that two reports state
 * with different values is flagged <b>restated</b> ({@code !}): numbers are compared by value, so
 * {@code 75} and {@code 75.0} are the same.
 *
 * <pre>{@code
 * IndicatorHistory history = Analyses.indicatorHistory(series);
 * history.restated();                  // the measurements some report changed
 * System.out.print(history);
 * }</pre>
 */
public final class IndicatorHistory extends SeriesTable<StatedValue> {

  private IndicatorHistory(ImmutableList<String> reports, ImmutableList<StatedValue> rows) {
    super(reports, rows);
  }

  /**
   * Returns the history of every indicator value of a series.
   *
   * @param series the series
   * @return the indicator history: indicators in order of first appearance, each one's targets then
   *     measurements in order of first appearance
   */
  public static IndicatorHistory of(ReportSeries series) {
    Map<IndicatorId, Map<Key, List<Optional<IndicatorValue>>>> byIndicator = new LinkedHashMap<>();
    Map<IndicatorId, LocalizedText> names = new LinkedHashMap<>();
    int size = series.size();
    for (int i = 0; i < size; i++) {
      ProgressReport report = series.reports().get(i);
      for (Indicator indicator : report.programme().indicators()) {
        names.put(indicator.id(), indicator.name());
        Map<Key, List<Optional<IndicatorValue>>> values =
            byIndicator.computeIfAbsent(indicator.id(), id -> new LinkedHashMap<>());
        for (Target target : indicator.targets()) {
          put(
              values,
              new Key(StatedValue.Kind.TARGET, target.due(), ImmutableMap.of()),
              i,
              size,
              target.value());
        }
        for (Measurement measurement : indicator.measurements()) {
          put(
              values,
              new Key(
                  StatedValue.Kind.MEASUREMENT,
                  Optional.of(measurement.date()),
                  measurement.dimensions()),
              i,
              size,
              measurement.value());
        }
      }
    }
    ImmutableList.Builder<StatedValue> rows = ImmutableList.builder();
    byIndicator.forEach(
        (id, values) -> {
          ElementPath path = ElementPath.root().key("indicators", id);
          LocalizedText name = names.get(id);
          sorted(values)
              .forEach(
                  (key, stated) -> {
                    ImmutableList<Optional<IndicatorValue>> list = ImmutableList.copyOf(stated);
                    rows.add(
                        new StatedValue(
                            path,
                            Objects.requireNonNull(name),
                            key.kind(),
                            key.date(),
                            key.dimensions(),
                            list,
                            key.kind() == StatedValue.Kind.MEASUREMENT && restated(list)));
                  });
        });
    return new IndicatorHistory(SeriesLabels.reports(series), rows.build());
  }

  /** Targets first, then measurements, each in order of first appearance. */
  private static Map<Key, List<Optional<IndicatorValue>>> sorted(
      Map<Key, List<Optional<IndicatorValue>>> values) {
    Map<Key, List<Optional<IndicatorValue>>> sorted = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.kind() == StatedValue.Kind.TARGET) {
            sorted.put(k, v);
          }
        });
    sorted.putAll(values);
    return sorted;
  }

  private static void put(
      Map<Key, List<Optional<IndicatorValue>>> values,
      Key key,
      int report,
      int size,
      IndicatorValue value) {
    List<Optional<IndicatorValue>> stated =
        values.computeIfAbsent(
            key, k -> new ArrayList<>(Collections.nCopies(size, Optional.<IndicatorValue>empty())));
    if (stated.get(report).isEmpty()) {
      stated.set(report, Optional.of(value));
    }
  }

  private static boolean restated(ImmutableList<Optional<IndicatorValue>> values) {
    List<IndicatorValue> stated = values.stream().flatMap(Optional::stream).toList();
    for (int i = 1; i < stated.size(); i++) {
      if (!sameValue(stated.get(0), stated.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two values are the same: numbers by value (75 = 75.0), everything else equal. */
  private static boolean sameValue(IndicatorValue a, IndicatorValue b) {
    if (a.number().isPresent() && b.number().isPresent()) {
      return a.kind() == b.kind()
          && a.currency().equals(b.currency())
          && a.number().get().compareTo(b.number().get()) == 0;
    }
    return a.equals(b);
  }

  /**
   * Returns the measurements some report restated.
   *
   * @return the restated rows
   */
  public ImmutableList<StatedValue> restated() {
    return rows().stream().filter(StatedValue::restated).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the indicator history as a table with labels and names in the locale's language: one
   * column per report, headed by its symbol; a restated measurement is marked {@code !}.
   *
   * @param locale the language
   * @return the table
   */
  @Override
  public TextTable toTable(Locale locale) {
    List<String> headers = new ArrayList<>();
    headers.add("!");
    headers.add(Labels.label("heading.indicator", locale));
    headers.add(Labels.label("heading.value", locale));
    headers.add(Labels.label("heading.period", locale));
    headers.addAll(reports());
    TextTable.Builder table = TextTable.builder(headers).maxCellWidth(Labels.MAX_CELL);
    for (StatedValue row : rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.restated() ? "!" : "");
      cells.add(row.name().in(locale));
      cells.add(Labels.label("valueKind." + row.kind().name(), locale));
      cells.add(period(row, locale));
      row.values()
          .forEach(
              v ->
                  cells.add(
                      v.map(x -> valueCell(x, locale))
                          .orElse(Labels.label("series.absent", locale))));
      table.addRow(cells.toArray());
    }
    return table.build();
  }

  private static String period(StatedValue row, Locale locale) {
    StringBuilder out =
        new StringBuilder(row.date().map(String::valueOf).orElse(Labels.NOT_STATED.in(locale)));
    row.dimensions().forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
    return out.toString();
  }

  private static String valueCell(IndicatorValue value, Locale locale) {
    return value.text().map(t -> t.in(locale)).orElse(value.toString());
  }

  /** What matches a value across reports. */
  private record Key(
      StatedValue.Kind kind, Optional<PartialDate> date, ImmutableMap<String, String> dimensions) {}
}
