package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ObjectArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.text.SafeText;

/**
 * The sheet Indicators: one row per indicator, with its measure and its baseline; targets and
 * measurements have sheets of their own. Internal.
 */
final class IndicatorSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          ObjectArrays.concat(
              new String[] {
                "id!",
                "name*!",
                "measure!",
                "measure.currency",
                "measure.unit*",
                "direction!",
                "commitment",
                "meansOfVerification*",
                "frequency*",
                "responsible.code",
                "responsible.name*",
                "paragraphs"
              },
              ObjectArrays.concat(
                  ValueColumns.specs("baseline.", false),
                  new String[] {"baseline.date", "baseline.paragraphs"},
                  String.class),
              String.class));

  @Override
  String name() {
    return "Indicators";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Indicator i : report.programme().indicators()) {
      RowOut row =
          new RowOut()
              .put("id", i.id())
              .localized("name", i.name())
              .put("measure", i.measure().kind())
              .put("measure.currency", i.measure().currency())
              .localized("measure.unit", i.measure().unit())
              .put("direction", i.direction())
              .put("commitment", i.commitment())
              .localized("meansOfVerification", i.meansOfVerification())
              .localized("frequency", i.frequency())
              .unit("responsible", i.responsible())
              .list("paragraphs", i.paragraphs());
      i.baseline()
          .ifPresent(
              b ->
                  ValueColumns.write(row, "baseline.", b.value())
                      .put("baseline.date", b.date())
                      .list("baseline.paragraphs", b.paragraphs()));
      rows.add(row);
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String id = row.required("id");
    Indicator.Builder i = Indicator.builder();
    row.requiredParse("id", "an identifier", IndicatorId::of).ifPresent(i::id);
    i.name(row.requiredLocalized("name"));
    Optional<MeasureKind> kind =
        row.requiredWord("measure", MeasureKind.class, "a kind of measure");
    Optional<String> currency = row.text("measure.currency");
    var unit = row.localized("measure.unit");
    kind.flatMap(k -> into.build(row, () -> Measure.of(k, currency, unit))).ifPresent(i::measure);
    row.requiredWord("direction", Direction.class, "a direction").ifPresent(i::direction);
    i.commitment(row.parse("commitment", "an identifier", CommitmentId::of))
        .meansOfVerification(row.localized("meansOfVerification"))
        .frequency(row.localized("frequency"))
        .responsible(row.unit("responsible"))
        .addAllParagraphs(row.paragraphs());
    Optional<IndicatorValue> baseline = ValueColumns.read(row, "baseline.", false, into);
    var date = row.date("baseline.date");
    var paragraphs = row.list("baseline.paragraphs", "a paragraph number", RowIn::parseInteger);
    baseline
        .flatMap(
            value ->
                into.build(
                    row,
                    () ->
                        Baseline.builder()
                            .value(value)
                            .date(date)
                            .addAllParagraphs(paragraphs)
                            .build()))
        .ifPresent(i::baseline);
    if (!id.isEmpty() && into.indicators.putIfAbsent(id, new Pending<>(row, i)) != null) {
      row.problem("id", "indicator " + SafeText.quote(id) + " appears twice");
    }
  }
}
