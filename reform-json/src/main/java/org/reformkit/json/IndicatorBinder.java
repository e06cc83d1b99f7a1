package org.reformkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.PartialDate;
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

  /**
   * Reads a measurement, the most numerous element of a programme: its attributes are kept as they
   * come and the value is made with {@code Measurement.of} and {@code with…} only for those stated,
   * without a builder (whose list and map builders most measurements leave empty). The model checks
   * it as a builder's value would be checked.
   */
  static Measurement measurement(Reading r) {
    Parsing.Obj o = r.begin(Formats.MEASUREMENT);
    @Nullable IndicatorValue value = null;
    @Nullable PartialDate date = null;
    @Nullable DocumentReference source = null;
    @Nullable String approvedBy = null;
    @Nullable ImmutableMap<String, String> dimensions = null;
    @Nullable LocalizedText note = null;
    @Nullable ImmutableList<Integer> paragraphs = null;
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.VALUE -> value = indicatorValue(r);
        case Names.DATE -> date = r.partialDate();
        case Names.SOURCE -> source = ReportBinder.documentReference(r);
        case Names.APPROVED_BY -> approvedBy = r.string();
        case Names.DIMENSIONS -> {
          ImmutableMap.Builder<String, String> read = ImmutableMap.builder();
          dimensions(r, read::put);
          dimensions = read.buildOrThrow();
        }
        case Names.NOTE -> note = r.text();
        case Names.PARAGRAPHS -> {
          ImmutableList.Builder<Integer> read = ImmutableList.builder();
          r.each(read::add, r::paragraph);
          paragraphs = read.build();
        }
        default -> o.unknown(name);
      }
    }
    return o.build(
        new MeasurementParts(value, date, source, approvedBy, dimensions, note, paragraphs));
  }

  /** A measurement's attributes as read, made into the value once the object is read. */
  private record MeasurementParts(
      @Nullable IndicatorValue value,
      @Nullable PartialDate date,
      @Nullable DocumentReference source,
      @Nullable String approvedBy,
      @Nullable ImmutableMap<String, String> dimensions,
      @Nullable LocalizedText note,
      @Nullable ImmutableList<Integer> paragraphs)
      implements Supplier<Measurement> {
    @Override
    public Measurement get() {
      Measurement made =
          Measurement.of(Objects.requireNonNull(value), Objects.requireNonNull(date));
      if (paragraphs != null) {
        made = made.withParagraphs(paragraphs);
      }
      if (source != null) {
        made = made.withSource(source);
      }
      if (approvedBy != null) {
        made = made.withApprovedBy(approvedBy);
      }
      if (dimensions != null) {
        made = made.withDimensions(dimensions);
      }
      if (note != null) {
        made = made.withNote(note);
      }
      return made;
    }
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
