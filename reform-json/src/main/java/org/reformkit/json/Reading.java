package org.reformkit.json;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.RiskRating;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The small values of the format as the binders read them from the parser: texts by language,
 * partial dates, periods, symbols, grades, identifiers, enum words, numbers and units, with the
 * caches that let one document's repeated values be read once. One instance reads one document.
 * Internal.
 */
final class Reading extends Parsing {
  /** The largest scale, either way, of a measured value (so that its plain form stays short). */
  static final int MAX_SCALE = 1000;

  /**
   * The language tags the model has taken in this document, as given and as the model writes them.
   */
  private final Map<String, String> tags = new HashMap<>();

  /**
   * The dates read in this document, by their text: a document repeats few dates many times, and a
   * date is a value, so one instance serves every place that has it.
   */
  private final TextCache<PartialDate> dates = new TextCache<>();

  /**
   * The strings of the texts read in this document, found again by their characters: names of
   * units, places and posts come back many times, and one string serves them all.
   */
  private final TextCache<String> textStrings = new TextCache<>();

  /**
   * The texts of one or two languages made in this document, by their first string, with their
   * languages and strings: a text that comes back is the value made before, which the model has
   * already taken. It stops growing at {@value TextCache#MAX_SIZE} texts.
   */
  private final Map<String, KnownText> knownTexts = new HashMap<>();

  /** The units made in this document, by their name (a text made once, as above). */
  private final Map<LocalizedText, OrgUnit> knownUnits = new IdentityHashMap<>();

  /**
   * The languages of the text being read: as given, as the model writes the tag, and the text. A
   * text holds only strings, so one array serves every text of the document in turn.
   */
  private String[] textEntries = new String[6];

  /**
   * The values that depend on a measure's or an indicator value's kind. Neither object holds
   * another, so one set serves them all in turn.
   */
  final Dependent<String> measureCurrency = new Dependent<>();

  final Dependent<BigDecimal> valueNumber = new Dependent<>();
  final Dependent<String> valueCurrency = new Dependent<>();
  final Dependent<Boolean> valueFlag = new Dependent<>();
  final Dependent<LocalizedText> valueText = new Dependent<>();

  private Reading(JsonParser parser, Locator locator, @Nullable Unknowns unknowns) {
    super(parser, locator, unknowns);
  }

  /** Reads strictly: an unknown property is an error. */
  static Reading strict(JsonParser parser, Locator locator) {
    return new Reading(parser, locator, null);
  }

  /** Reads leniently, keeping each unknown property in {@code unknowns}. */
  static Reading lenient(JsonParser parser, Locator locator, Unknowns unknowns) {
    return new Reading(parser, locator, unknowns);
  }

  OrgUnit orgUnit() {
    Obj o = begin(Formats.UNIT);
    Optional<String> code = Optional.empty();
    @Nullable LocalizedText name = null;
    for (String property = o.next(); property != null; property = o.next()) {
      switch (property) {
        case Names.CODE -> code = Optional.of(string());
        case Names.NAME -> name = text();
        default -> o.unknown(property);
      }
    }
    Optional<String> c = code;
    LocalizedText n = name;
    if (n != null) {
      // a unit that comes back is the value made before (both are checked the same way)
      @Nullable OrgUnit known = knownUnits.get(n);
      if (known != null && known.code().equals(c) && o.keptNothing()) {
        return known;
      }
    }
    OrgUnit unit = o.build(() -> OrgUnit.of(c, Objects.requireNonNull(n)));
    if (knownUnits.size() < TextCache.MAX_SIZE) {
      knownUnits.put(unit.name(), unit);
    }
    return unit;
  }

  LocalizedText text() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected("a text by language such as {\"en\": \"...\", \"zh\": \"...\"}");
    }
    long mark = locator.mark(p);
    // a text has a language or two: one array, scanned by hand, costs less than maps; it holds
    // each language as given, as the model writes its tag, and the text
    String[] entries = textEntries;
    int count = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (indexOf(entries, count, 0, name) >= 0) {
        throw duplicate(name);
      }
      p.nextToken();
      String text = textString();
      String tag = tag(name, text);
      int earlier = indexOf(entries, count, 1, tag);
      if (earlier >= 0) {
        throw failHere(
            "language "
                + quote(tag)
                + " appears twice (as "
                + quote(entries[earlier * 3])
                + " and "
                + quote(name)
                + ")");
      }
      if (count * 3 == entries.length) {
        entries = Arrays.copyOf(entries, entries.length * 2);
        textEntries = entries;
      }
      entries[count * 3] = name;
      entries[count * 3 + 1] = tag;
      entries[count * 3 + 2] = text;
      count++;
    }
    if (count == 0) {
      throw new Failure(
          mark, "a text needs at least one language, such as {\"en\": \"...\"}", null);
    }
    @Nullable KnownText known = count <= 2 ? knownTexts.get(entries[2]) : null;
    if (known != null && known.sameAs(entries, count)) {
      return known.text;
    }
    ImmutableMap<String, String> byTag;
    if (count == 1) {
      byTag = ImmutableMap.of(entries[1], entries[2]);
    } else if (count == 2) {
      byTag = ImmutableMap.of(entries[1], entries[2], entries[4], entries[5]);
    } else {
      ImmutableMap.Builder<String, String> builder = ImmutableMap.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        builder.put(entries[i * 3 + 1], entries[i * 3 + 2]);
      }
      byTag = builder.buildOrThrow();
    }
    LocalizedText made = model(mark, () -> LocalizedText.of(byTag));
    if (count <= 2 && knownTexts.size() < TextCache.MAX_SIZE) {
      knownTexts.put(entries[2], new KnownText(entries, count, made));
    }
    return made;
  }

  /**
   * The string of a text in one language, as {@link #string()}, the same string for the same text.
   */
  private String textString() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    @Nullable String known = textStrings.get(p);
    if (known != null) {
      return known;
    }
    String text = p.getString();
    textStrings.put(text, text);
    return text;
  }

  /** A text made before: its languages as the model writes them, its strings, and the value. */
  private static final class KnownText {
    private final String[] tagsAndTexts;
    final LocalizedText text;

    KnownText(String[] entries, int count, LocalizedText text) {
      this.tagsAndTexts = new String[count * 2];
      for (int i = 0; i < count; i++) {
        tagsAndTexts[i * 2] = entries[i * 3 + 1];
        tagsAndTexts[i * 2 + 1] = entries[i * 3 + 2];
      }
      this.text = text;
    }

    /** Whether the first {@code count} entries read give this text: the same languages in order. */
    boolean sameAs(String[] entries, int count) {
      if (tagsAndTexts.length != count * 2) {
        return false;
      }
      for (int i = 0; i < count; i++) {
        if (!tagsAndTexts[i * 2].equals(entries[i * 3 + 1])
            || !tagsAndTexts[i * 2 + 1].equals(entries[i * 3 + 2])) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The index of the entry among the first {@code count} whose field {@code field} is {@code
   * value}, or -1.
   */
  private static int indexOf(String[] entries, int count, int field, String value) {
    for (int i = 0; i < count; i++) {
      if (entries[i * 3 + field].equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The language tag of one text as the model writes it, checking the text as the model would on
   * its own (so that a refusal points at it). A tag the model has taken once in this document is
   * not checked again with a text that is not blank: normalizing a tag costs more than all the rest
   * of reading a text, and the text as a whole is checked by the model anyway.
   */
  private String tag(String given, String text) {
    @Nullable String known = tags.get(given);
    if (known != null && !text.isBlank()) {
      return known;
    }
    LocalizedText one = modelHere(() -> LocalizedText.of(given, text));
    String tag = one.texts().keySet().iterator().next();
    tags.put(given, tag);
    return tag;
  }

  PartialDate partialDate() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    @Nullable PartialDate known = dates.get(p);
    if (known != null) {
      return known;
    }
    String text = p.getString();
    PartialDate date =
        modelHere(() -> explained(text, "a partial date", () -> PartialDate.parse(text)));
    dates.put(text, date);
    return date;
  }

  DatePeriod period() {
    String text = string();
    return modelHere(() -> explained(text, "a period", () -> DatePeriod.parse(text)));
  }

  /**
   * Names the text in a refusal that does not (such as "not a date: Invalid date 'FEBRUARY 30'").
   */
  private static <T> T explained(String text, String what, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith("'")) {
        throw e;
      }
      if (message.startsWith("not a ")) {
        throw new IllegalArgumentException(quote(text) + " is " + message, e);
      }
      throw new IllegalArgumentException(quote(text) + " is not " + what + ": " + message, e);
    }
  }

  /**
   * An amount of money, always a JSON string such as {@code "USD 12500000.50"}: the currency
   * belongs to the amount, and a string keeps every decimal exactly, never going through a {@code
   * double}.
   */
  Money money() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("an amount of money as a string such as \"USD 12500000.50\"");
    }
    String text = p.getString();
    return modelHere(() -> explained(text, "an amount of money", () -> Money.parse(text)));
  }

  RiskRating riskRating() {
    String text = string();
    return modelHere(() -> explained(text, "a risk rating", () -> RiskRating.parse(text)));
  }

  DocumentSymbol symbol() {
    String text = string();
    return modelHere(() -> DocumentSymbol.parse(text));
  }

  Grade grade() {
    String text = string();
    @Nullable Grade grade = Formats.GRADES.get(text);
    if (grade != null) {
      return grade;
    }
    throw failHere(quote(text) + " is not a grade; expected one of " + Formats.gradeLabels());
  }

  <T> T id(Function<String, T> factory) {
    String text = string();
    return modelHere(() -> factory.apply(text));
  }

  <E extends Enum<E>> E enumValue(Words<E> words, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a " + what + ", one of " + words.list());
    }
    @Nullable E constant = words.match(p);
    if (constant != null) {
      return constant;
    }
    throw failHere(
        quote(p.getString()) + " is not a " + what + "; expected one of " + words.list());
  }

  boolean bool() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected("true or false");
  }

  int integer() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      throw failHere(
          "the number "
              + shorten(p.getString())
              + " is out of range; expected a whole number between "
              + Integer.MIN_VALUE
              + " and "
              + Integer.MAX_VALUE);
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw failHere(
          "expected a whole number, got "
              + shorten(p.getString())
              + "; a count or a number is written without a fraction or an exponent");
    }
    throw expected("a whole number");
  }

  int paragraph() {
    return positive("a paragraph number");
  }

  int nonNegative(String what) {
    int value = integer();
    if (value < 0) {
      throw failHere(what + " must not be negative, got " + value);
    }
    return value;
  }

  int positive(String what) {
    int value = integer();
    if (value <= 0) {
      throw failHere(what + " must be positive, got " + value);
    }
    return value;
  }

  BigDecimal decimal() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      // a whole number that fits a long: the same value, scale 0, without parsing a decimal
      return BigDecimal.valueOf(p.getLongValue());
    }
    if (!token.isNumeric()) {
      throw expected("a number");
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new Failure(locator.mark(p), Errors.exponentTooLarge(p.getString()), e);
    }
    if (Math.abs(value.scale()) > MAX_SCALE) {
      throw failHere(
          "the number "
              + shorten(p.getString())
              + " is out of range; its exponent must be between -"
              + MAX_SCALE
              + " and "
              + MAX_SCALE);
    }
    return value;
  }
}
