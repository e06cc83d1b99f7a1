package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ObjectArrays;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.PartialDate;

/**
 * The sheet Measurements: one row per measurement of an indicator, in order; its source is a row of
 * References ({@code programme.indicators[i].measurements[0].source}, counting from 0) and its
 * dimensions rows of Dimensions. Internal.
 */
final class MeasurementSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          ObjectArrays.concat(
              ObjectArrays.concat(
                  new String[] {"indicator!"}, ValueColumns.specs("", true), String.class),
              new String[] {"date!", "approvedBy", "note*", "paragraphs"},
              String.class));

  @Override
  String name() {
    return "Measurements";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Indicator i : report.programme().indicators()) {
      for (Measurement m : i.measurements()) {
        rows.add(
            ValueColumns.write(new RowOut().put("indicator", i.id()), "", m.value())
                .put("date", m.date())
                .put("approvedBy", m.approvedBy())
                .localized("note", m.note())
                .list("paragraphs", m.paragraphs()));
      }
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String indicator = row.required("indicator");
    Measurement.Builder m = Measurement.builder();
    ValueColumns.read(row, "", true, into).ifPresent(m::value);
    row.requiredParse("date", "a date", PartialDate::parse).ifPresent(m::date);
    m.approvedBy(row.text("approvedBy"))
        .note(row.localized("note"))
        .addAllParagraphs(row.paragraphs());
    if (!indicator.isEmpty() && into.lacks(into.indicators, indicator, "Indicators")) {
      row.problem("indicator", Assembly.noSuch("indicator", indicator, "Indicators"));
    }
    if (!row.failed()) {
      into.measurements.put(Paths.indicator(indicator).toString(), new Pending<>(row, m));
    }
  }
}
