package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.series.ItemKind;
import org.reformkit.core.series.ReportSeries;

/** How the analyses of a series name its reports and items in tables. Internal. */
final class SeriesLabels {
  private SeriesLabels() {}

  /** The reports' symbols, earliest first. */
  static ImmutableList<String> reports(ReportSeries series) {
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (int i = 0; i < series.size(); i++) {
      labels.add(series.label(i));
    }
    return labels.build();
  }

  /** The symbol of a report given by index, or an empty cell. */
  static String report(ImmutableList<String> reports, Optional<Integer> index) {
    return index.map(reports::get).orElse("");
  }

  /** The name of an item's kind. */
  static String kind(ItemKind kind, Locale locale) {
    return Labels.label("itemKind." + kind.name(), locale);
  }
}
