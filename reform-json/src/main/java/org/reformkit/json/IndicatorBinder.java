package org.reformkit.json;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;
import tools.jackson.core.JsonToken;

/**
 * Binds indicators with their measures, baselines, targets, measurements and values, and the
 * monitoring framework, as they stream from the parser, calling the model's builders. Each method
 * starts on the first token of its value and leaves the parser on the last. Internal.
 */
final class IndicatorBinder {
  private static final Words<Direction> DIRECTION_WORDS = Words.of(Direction.class);
  private static final Words<MeasureKind> MEASURE_KIND_WORDS = Words.of(MeasureKind.class);
  private static final Words<Status> STATUS_WORDS = Words.of(Status.class);

  private IndicatorBinder() {}

  static Indicator indicator(Reading r) {
    Parsing.Obj o = r.begin(Formats.INDICATOR);
    Indicator.Builder b = Indicator.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(IndicatorId::of));
        case Names.NAME -> b.name(r.text());
        case Names.MEASURE -> b.measure(measure(r));
        case Names.DIRECTION -> b.direction(r.enumValue(DIRECTION_WORDS, "direction"));
        case Names.BASELINE -> b.baseline(baseline(r));
        case Names.TARGETS -> r.each(b::addTarget, () -> target(r));
        case Names.MEASUREMENTS -> r.each(b::addMeasurement, () -> measurement(r));
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.MEANS_OF_VERIFICATION -> b.meansOfVerification(r.text());
        case Names.FREQUENCY -> b.frequency(r.text());
        case Names.RESPONSIBLE -> b.responsible(r.orgUnit());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Measure measure(Reading r) {
    Parsing.Obj o = r.begin(Formats.MEASURE);
    @Nullable MeasureKind kind = null;
    Parsing.Dependent<String> currency = r.measureCurrency.reset();
    Optional<LocalizedText> unit = Optional.empty();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.KIND -> kind = r.enumValue(MEASURE_KIND_WORDS, "measure kind");
        case Names.CURRENCY -> currency.read(r::string);
        case Names.UNIT -> unit = Optional.of(r.text());
        default -> o.unknown(name);
      }
    }
    o.requireAll();
    MeasureKind k = Objects.requireNonNull(kind);
    Optional<String> c = o.only(currency, Names.CURRENCY, k == MeasureKind.AMOUNT, k, "measure");
    Optional<LocalizedText> u = unit;
    return o.build(() -> Measure.of(k, c, u));
  }

  static Baseline baseline(Reading r) {
    Parsing.Obj o = r.begin(Formats.BASELINE);
    Baseline.Builder b = Baseline.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.VALUE -> b.value(indicatorValue(r));
        case Names.DATE -> b.date(r.partialDate());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Target target(Reading r) {
    Parsing.Obj o = r.begin(Formats.TARGET);
    Target.Builder b = Target.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.VALUE -> b.value(indicatorValue(r));
        case Names.DUE -> b.due(r.partialDate());
        case Names.CUMULATIVE -> b.cumulative(r.bool());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Measurement measurement(Reading r) {
    Parsing.Obj o = r.begin(Formats.MEASUREMENT);
    Measurement.Builder b = Measurement.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.VALUE -> b.value(indicatorValue(r));
        case Names.DATE -> b.date(r.partialDate());
        case Names.SOURCE -> b.source(ReportBinder.documentReference(r));
        case Names.APPROVED_BY -> b.approvedBy(r.string());
        case Names.DIMENSIONS -> dimensions(r, b::putDimension);
        case Names.NOTE -> b.note(r.text());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static IndicatorValue indicatorValue(Reading r) {
    Parsing.Obj o = r.begin(Formats.VALUE);
    @Nullable MeasureKind kind = null;
    Parsing.Dependent<BigDecimal> number = r.valueNumber.reset();
    String numberText = "";
    Parsing.Dependent<String> currency = r.valueCurrency.reset();
    Parsing.Dependent<Boolean> flag = r.valueFlag.reset();
    Parsing.Dependent<LocalizedText> text = r.valueText.reset();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.KIND -> kind = r.enumValue(MEASURE_KIND_WORDS, "value kind");
        case Names.NUMBER -> {
          number.read(r::decimal);
          // kept as written only for a number that may not be a count, which a message quotes
          BigDecimal value = number.value;
          if (value != null
              && (kind == null || kind == MeasureKind.COUNT)
              && (value.signum() < 0 || value.scale() > 0)) {
            numberText = r.p.getString();
          }
        }
        case Names.CURRENCY -> currency.read(r::string);
        case Names.FLAG -> flag.read(r::bool);
        case Names.TEXT -> text.read(r::text);
        default -> o.unknown(name);
      }
    }
    o.requireAll();
    MeasureKind k = Objects.requireNonNull(kind);
    boolean numeric =
        k == MeasureKind.COUNT
            || k == MeasureKind.PERCENTAGE
            || k == MeasureKind.AMOUNT
            || k == MeasureKind.NUMBER;
    Optional<BigDecimal> n = o.only(number, Names.NUMBER, numeric, k, "value");
    Optional<String> c = o.only(currency, Names.CURRENCY, k == MeasureKind.AMOUNT, k, "value");
    Optional<Boolean> f = o.only(flag, Names.FLAG, k == MeasureKind.YES_NO, k, "value");
    Optional<LocalizedText> t = o.only(text, Names.TEXT, k == MeasureKind.QUALITATIVE, k, "value");
    if (k == MeasureKind.COUNT) {
      BigDecimal value = n.orElseThrow();
      if (!integralValue(value)) {
        throw new Failure(
            number.mark,
            "a count must be a whole number, got " + Parsing.shorten(numberText),
            null);
      }
      if (value.signum() < 0) {
        throw new Failure(
            number.mark, "a count must not be negative, got " + Parsing.shorten(numberText), null);
      }
    }
    return o.build(() -> IndicatorValue.of(k, n, c, f, t));
  }

  private static boolean integralValue(BigDecimal value) {
    // one test for every case: stripping the zeros leaves a whole number (any zero too, since
    // Java 8) with a scale of at most 0; the shortcuts it had could not change the answer
    return value.stripTrailingZeros().scale() <= 0;
  }

  /** Reads an object of dimension names and values such as {@code {"region": "Africa"}}. */
  static void dimensions(Reading r, BiConsumer<String, String> put) {
    if (r.p.currentToken() != JsonToken.START_OBJECT) {
      throw r.expected("an object of dimension names and values such as {\"region\": \"Africa\"}");
    }
    Set<String> names = new HashSet<>();
    while (r.p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = r.p.currentName();
      if (!names.add(name)) {
        throw r.duplicate(name);
      }
      r.p.nextToken();
      String value = r.string();
      if (name.isBlank()) {
        throw r.failHere("a dimension name must not be blank");
      }
      if (value.isBlank()) {
        throw r.failHere("a dimension value must not be blank");
      }
      put.accept(name, value);
    }
  }

  static MonitoringFramework monitoringFramework(Reading r) {
    Parsing.Obj o = r.begin(Formats.FRAMEWORK);
    MonitoringFramework.Builder b = MonitoringFramework.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.NAME -> b.name(r.text());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "monitoring framework status"));
        case Names.WITH_TARGETS -> b.withTargets(r.bool());
        case Names.PURPOSE -> b.purpose(r.text());
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }
}
