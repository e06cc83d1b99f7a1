package org.reformkit.sheets;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.reformkit.core.model.InvalidValueException;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.text.SafeText;

/**
 * One row being read: each attribute from its cell, parsed by the value's own {@code parse}, and
 * any problem recorded at its cell (the row then yields no element, and reading goes on with the
 * next row). Internal.
 */
final class RowIn {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private final SheetIn sheet;
  private final Table.Line line;
  private boolean failed;

  RowIn(SheetIn sheet, Table.Line line) {
    this.sheet = sheet;
    this.line = line;
  }

  int number() {
    return line.number();
  }

  /** Whether a cell of this row had a problem. */
  boolean failed() {
    return failed;
  }

  /** Records a problem at a column of this row (or at the row, for a column not in the sheet). */
  void problem(String column, String message) {
    failed = true;
    sheet.problems().add(sheet.name(), line.number(), sheet.column(column).orElse(-1), message);
  }

  /** Records a problem with the row as a whole. */
  void rowProblem(String message) {
    failed = true;
    sheet.problems().add(sheet.name(), line.number(), -1, message);
  }

  /** Whether a column, or for text in several languages any of its language columns, is filled. */
  boolean filled(String name) {
    if (text(name).isPresent()) {
      return true;
    }
    for (int column : sheet.languageColumns(name).values()) {
      if (!line.cell(column).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  Optional<String> text(String column) {
    return sheet.column(column).map(line::cell).filter(text -> !text.isEmpty());
  }

  /** The text of a required column; a problem (and an empty string) when the cell is empty. */
  String required(String column) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      problem(column, "no " + column + ": this cell must be filled");
      return "";
    }
    return text.get();
  }

  <T> Optional<T> parse(String column, String what, Function<String, T> parser) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get()));
    } catch (IllegalArgumentException e) {
      problem(column, SafeText.quote(text.get()) + " is not " + what + detail(e));
      return Optional.empty();
    }
  }

  private static String detail(RuntimeException e) {
    String message = e.getMessage();
    return message == null ? "" : " (" + SafeText.escape(message) + ")";
  }

  <T> Optional<T> requiredParse(String column, String what, Function<String, T> parser) {
    if (text(column).isEmpty()) {
      required(column);
      return Optional.empty();
    }
    return parse(column, what, parser);
  }

  Optional<PartialDate> date(String column) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text.get()));
    } catch (InvalidValueException e) {
      problem(
          column,
          SafeText.quote(text.get())
              + " is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally after"
              + " 'by', 'from' or 'about'");
      return Optional.empty();
    }
  }

  <E extends Enum<E>> Optional<E> word(String column, Class<E> type, String what) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> constant = Words.parse(type, text.get());
    if (constant.isEmpty()) {
      problem(
          column,
          SafeText.quote(text.get()) + " is not " + what + "; expected one of " + Words.list(type));
    }
    return constant;
  }

  <E extends Enum<E>> Optional<E> requiredWord(String column, Class<E> type, String what) {
    if (text(column).isEmpty()) {
      required(column);
      return Optional.empty();
    }
    return word(column, type, what);
  }

  <E extends Enum<E>> ImmutableList<E> words(String column, Class<E> type, String what) {
    ImmutableList.Builder<E> constants = ImmutableList.builder();
    for (String item : LIST.split(text(column).orElse(""))) {
      Optional<E> constant = Words.parse(type, item);
      if (constant.isEmpty()) {
        problem(
            column,
            SafeText.quote(item) + " is not " + what + "; expected one of " + Words.list(type));
      } else {
        constants.add(constant.get());
      }
    }
    return constants.build();
  }

  Optional<Integer> integer(String column) {
    return parse(column, "a whole number", RowIn::parseInteger);
  }

  static int parseInteger(String text) {
    BigDecimal number = new BigDecimal(text.strip());
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "a whole number has no fractional part and lies within ±" + Integer.MAX_VALUE, e);
    }
  }

  Optional<BigDecimal> decimal(String column) {
    return parse(column, "a number", text -> new BigDecimal(text.strip()));
  }

  Optional<Boolean> bool(String column) {
    return parse(column, "true or false", RowIn::parseBoolean);
  }

  static boolean parseBoolean(String text) {
    switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new IllegalArgumentException("expected true or false");
    }
  }

  /** A comma-separated list of identifiers, each parsed. */
  <T> ImmutableList<T> list(String column, String what, Function<String, T> parser) {
    ImmutableList.Builder<T> items = ImmutableList.builder();
    for (String item : LIST.split(text(column).orElse(""))) {
      try {
        items.add(parser.apply(item));
      } catch (IllegalArgumentException e) {
        problem(column, SafeText.quote(item) + " is not " + what + detail(e));
      }
    }
    return items.build();
  }

  /** The paragraph numbers of the report that state the element: {@code 12, 13}. */
  ImmutableList<Integer> paragraphs() {
    return list("paragraphs", "a paragraph number", RowIn::parseInteger);
  }

  /** Text in several languages, from the columns {@code name.en}, {@code name.zh}, .... */
  Optional<LocalizedText> localized(String name) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> column : sheet.languageColumns(name).entrySet()) {
      String text = line.cell(column.getValue());
      if (!text.isEmpty()) {
        texts.put(column.getKey(), text);
      }
    }
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalizedText.of(texts));
    } catch (InvalidValueException e) {
      rowProblem(SafeText.escape(name) + ": " + SafeText.escape(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  LocalizedText requiredLocalized(String name) {
    Optional<LocalizedText> text = localized(name);
    if (text.isEmpty()) {
      Map<String, Integer> columns = sheet.languageColumns(name);
      int column = columns.isEmpty() ? -1 : columns.values().iterator().next();
      failed = true;
      sheet
          .problems()
          .add(
              sheet.name(),
              line.number(),
              column,
              "no " + name + ": at least one language must be filled");
      return LocalizedText.of("en", "-");
    }
    return text.get();
  }

  /** An organisational unit from {@code prefix.code} and {@code prefix.name.*}. */
  Optional<OrgUnit> unit(String prefix) {
    Optional<String> code = text(prefix + ".code");
    Optional<LocalizedText> name = localized(prefix + ".name");
    if (name.isEmpty()) {
      if (code.isPresent()) {
        problem(prefix + ".code", "a unit needs a name as well as a code");
      }
      return Optional.empty();
    }
    return Optional.of(OrgUnit.of(code, name.get()));
  }
}
