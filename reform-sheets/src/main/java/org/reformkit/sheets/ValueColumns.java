package org.reformkit.sheets;

import java.util.Optional;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.MeasureKind;

/**
 * The columns of an indicator's value (baseline, target, measurement): {@code kind}, {@code
 * number}, {@code currency}, {@code flag}, {@code text.*}, under a prefix. Internal.
 */
final class ValueColumns {
  private ValueColumns() {}

  static String[] specs(String prefix, boolean required) {
    return new String[] {
      prefix + "kind" + (required ? "!" : ""),
      prefix + "number",
      prefix + "currency",
      prefix + "flag",
      prefix + "text*"
    };
  }

  static RowOut write(RowOut row, String prefix, IndicatorValue value) {
    return row.put(prefix + "kind", value.kind())
        .put(prefix + "number", value.number().map(n -> n.toString()))
        .put(prefix + "currency", value.currency())
        .put(prefix + "flag", value.flag())
        .localized(prefix + "text", value.text());
  }

  /** The value, if its kind is given (and required when {@code required}). */
  static Optional<IndicatorValue> read(RowIn row, String prefix, boolean required, Assembly into) {
    Optional<MeasureKind> kind =
        required
            ? row.requiredWord(prefix + "kind", MeasureKind.class, "a kind of measure")
            : row.word(prefix + "kind", MeasureKind.class, "a kind of measure");
    var number = row.decimal(prefix + "number");
    var currency = row.text(prefix + "currency");
    var flag = row.bool(prefix + "flag");
    var text = row.localized(prefix + "text");
    if (kind.isEmpty()) {
      if (!required && (number.isPresent() || flag.isPresent() || text.isPresent())) {
        row.problem(
            prefix + "kind", "a value needs its kind (" + Words.list(MeasureKind.class) + ")");
      }
      return Optional.empty();
    }
    return into.build(row, () -> IndicatorValue.of(kind.get(), number, currency, flag, text));
  }
}
