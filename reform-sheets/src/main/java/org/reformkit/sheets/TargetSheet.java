package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ObjectArrays;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Target;

/** The sheet Targets: one row per target of an indicator, in order. Internal. */
final class TargetSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          ObjectArrays.concat(
              ObjectArrays.concat(
                  new String[] {"indicator!"}, ValueColumns.specs("", true), String.class),
              new String[] {"due", "cumulative", "paragraphs"},
              String.class));

  @Override
  String name() {
    return "Targets";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Indicator i : report.programme().indicators()) {
      for (Target t : i.targets()) {
        rows.add(
            ValueColumns.write(new RowOut().put("indicator", i.id()), "", t.value())
                .put("due", t.due())
                .put("cumulative", t.cumulative())
                .list("paragraphs", t.paragraphs()));
      }
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String indicator = row.required("indicator");
    Target.Builder t = Target.builder();
    ValueColumns.read(row, "", true, into).ifPresent(t::value);
    t.due(row.date("due")).addAllParagraphs(row.paragraphs());
    row.bool("cumulative").ifPresent(t::cumulative);
    if (!indicator.isEmpty() && into.lacks(into.indicators, indicator, "Indicators")) {
      row.problem("indicator", Assembly.noSuch("indicator", indicator, "Indicators"));
    }
    if (!row.failed()) {
      into.build(row, t::build)
          .ifPresent(
              built ->
                  into.targets.put(
                      Paths.indicator(indicator).toString(), new Pending<>(row, built)));
    }
  }
}
