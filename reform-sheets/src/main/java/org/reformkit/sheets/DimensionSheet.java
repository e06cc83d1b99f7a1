package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;

/**
 * The sheet Dimensions: the dimensions of measurements (region, sex, ...), one a row, each naming
 * its measurement ({@code programme.indicators[i].measurements[0].dimensions}). Internal.
 */
final class DimensionSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("element!", "dimension!", "value!");

  @Override
  String name() {
    return "Dimensions";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Indicator i : report.programme().indicators()) {
      for (int m = 0; m < i.measurements().size(); m++) {
        ElementPath at = Paths.indicator(i.id().value()).index("measurements", m);
        for (Map.Entry<String, String> d : i.measurements().get(m).dimensions().entrySet()) {
          rows.add(
              new RowOut()
                  .put("element", Paths.of(at, "dimensions"))
                  .put("dimension", d.getKey())
                  .put("value", d.getValue()));
        }
      }
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    var path = row.requiredParse("element", "an element path", ElementPath::parse);
    String dimension = row.required("dimension");
    String value = row.required("value");
    if (path.isPresent() && !row.failed()) {
      into.dimensions.put(path.get().toString(), new Pending<>(row, Map.entry(dimension, value)));
    }
  }
}
