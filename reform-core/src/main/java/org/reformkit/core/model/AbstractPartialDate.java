package org.reformkit.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A date as reports state it: often known only to the month ("in July") or the year ("2016"), and
 * often qualified ("before the end of 2015", "from 2016", "about 2012"). A first-class value, so
 * that nothing has to invent a day that was never stated.
 *
 * <p>Text form, as {@link #parse(CharSequence)} reads and {@link #toString()} prints it: an ISO
 * year, year-month or date, optionally preceded by {@code by}, {@code from} or {@code about}:
 *
 * <pre>{@code
 * PartialDate.parse("2015-07");     // July 2015
 * PartialDate.parse("by 2015");     // before the end of 2015
 * PartialDate.parse("2015-11-09");  // a full date
 * PartialDate.ofYear(2016).qualified(DateQualifier.FROM); // "from 2016"
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractPartialDate {
  private static final Pattern FORMAT =
      Pattern.compile("(?:(by|from|about) )?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /**
   * Returns the year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the month, 1 to 12, if known.
   *
   * @return the month, 1 to 12, if known
   */
  public abstract Optional<Integer> month();

  /**
   * Returns the day of the month, if known (only with a month).
   *
   * @return the day of the month, if known
   */
  public abstract Optional<Integer> day();

  /**
   * Returns how the date relates to the moment it describes.
   *
   * @return how the date relates to the moment it describes
   */
  public abstract DateQualifier qualifier();

  /**
   * Returns a date known to the year.
   *
   * @param year the year
   * @return the date
   */
  public static PartialDate ofYear(int year) {
    return PartialDate.of(year, Optional.empty(), Optional.empty(), DateQualifier.ON);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the date
   */
  public static PartialDate ofMonth(int year, int month) {
    return PartialDate.of(year, Optional.of(month), Optional.empty(), DateQualifier.ON);
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the date
   * @return the date
   */
  public static PartialDate ofDay(LocalDate date) {
    return PartialDate.of(
        date.getYear(),
        Optional.of(date.getMonthValue()),
        Optional.of(date.getDayOfMonth()),
        DateQualifier.ON);
  }

  /**
   * Parses the text form: {@code [by |from |about ]YYYY[-MM[-DD]]}.
   *
   * @param text the text to parse
   * @return the date
   * @throws ValueParseException if the text is not a partial date
   */
  public static PartialDate parse(CharSequence text) {
    String input = text.toString();
    if (isPlain(input)) {
      // the common form, YYYY, YYYY-MM or YYYY-MM-DD, without the pattern's matcher
      Optional<Integer> month =
          input.length() >= 7 ? Optional.of(twoDigits(input, 5)) : Optional.empty();
      Optional<Integer> day =
          input.length() == 10 ? Optional.of(twoDigits(input, 8)) : Optional.empty();
      int year = twoDigits(input, 0) * 100 + twoDigits(input, 2);
      try {
        return PartialDate.of(year, month, day, DateQualifier.ON);
      } catch (InvalidValueException e) {
        throw new ValueParseException(String.valueOf(e.getMessage()), input, 0);
      }
    }
    Matcher matcher = FORMAT.matcher(input);
    if (!matcher.matches()) {
      int index = 0;
      while (index < input.length() && startsValidText(input.substring(0, index + 1))) {
        index++;
      }
      throw new ValueParseException(
          "'"
              + input
              + "' is not a partial date; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally after"
              + " 'by ', 'from ' or 'about '",
          input,
          index);
    }
    DateQualifier qualifier =
        matcher.group(1) == null
            ? DateQualifier.ON
            : DateQualifier.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
    Optional<Integer> month = Optional.ofNullable(matcher.group(3)).map(Integer::valueOf);
    Optional<Integer> day = Optional.ofNullable(matcher.group(4)).map(Integer::valueOf);
    try {
      return PartialDate.of(Integer.parseInt(matcher.group(2)), month, day, qualifier);
    } catch (InvalidValueException e) {
      throw new ValueParseException(String.valueOf(e.getMessage()), input, 0);
    }
  }

  /** Whether the text is YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, as the pattern reads them. */
  private static boolean isPlain(String input) {
    int length = input.length();
    if (length != 4 && length != 7 && length != 10) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = input.charAt(i);
      boolean hyphen = i == 4 || i == 7;
      if (hyphen ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int twoDigits(String input, int at) {
    return (input.charAt(at) - '0') * 10 + (input.charAt(at + 1) - '0');
  }

  /** Whether the text is a partial date or can be completed into one. */
  private static boolean startsValidText(String prefix) {
    Matcher matcher = FORMAT.matcher(prefix);
    // hitEnd() reports on the last match operation, so one must be run first
    return matcher.matches() || matcher.hitEnd();
  }

  /**
   * Returns the same date with another qualifier.
   *
   * @param newQualifier the qualifier
   * @return the qualified date
   */
  public final PartialDate qualified(DateQualifier newQualifier) {
    return PartialDate.of(year(), month(), day(), newQualifier);
  }

  /**
   * Returns how much of the date is known.
   *
   * @return how much of the date is known
   */
  public final DatePrecision precision() {
    if (day().isPresent()) {
      return DatePrecision.DAY;
    }
    return month().isPresent() ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  /**
   * Returns the first day of the stated day, month or year, ignoring the qualifier.
   *
   * @return the first day of the stated range
   */
  public final LocalDate firstDay() {
    return LocalDate.of(year(), month().orElse(1), day().orElse(1));
  }

  /**
   * Returns the last day of the stated day, month or year, ignoring the qualifier.
   *
   * @return the last day of the stated range
   */
  public final LocalDate lastDay() {
    if (day().isPresent()) {
      return firstDay();
    }
    if (month().isPresent()) {
      return YearMonth.of(year(), month().get()).atEndOfMonth();
    }
    return LocalDate.of(year(), 12, 31);
  }

  /**
   * Returns the earliest day the moment can be on: the first day of the stated period for {@code
   * on} and {@code from} dates, empty for {@code by} (any earlier day is possible) and {@code
   * about} (an approximation bounds nothing). See {@link DateQualifier}.
   *
   * @return the earliest possible day, if the date proves one
   */
  public final Optional<LocalDate> earliestPossible() {
    return qualifier().boundsEarliest() ? Optional.of(firstDay()) : Optional.empty();
  }

  /**
   * Returns the latest day the moment can be on: the last day of the stated period for {@code on}
   * and {@code by} dates, empty for {@code from} (any later day is possible) and {@code about} (an
   * approximation bounds nothing). See {@link DateQualifier}.
   *
   * @return the latest possible day, if the date proves one
   */
  public final Optional<LocalDate> latestPossible() {
    return qualifier().boundsLatest() ? Optional.of(lastDay()) : Optional.empty();
  }

  /**
   * Whether the moment certainly lies after the given day: the date has an earliest possible day
   * and it is after {@code date}.
   *
   * @param date the day
   * @return true if the earliest possible day is after {@code date}
   */
  public final boolean isCertainlyAfter(LocalDate date) {
    return qualifier().boundsEarliest() && firstDay().isAfter(date);
  }

  /**
   * Whether the moment certainly lies before the given day: the date has a latest possible day and
   * it is before {@code date}.
   *
   * @param date the day
   * @return true if the latest possible day is before {@code date}
   */
  public final boolean isCertainlyBefore(LocalDate date) {
    return qualifier().boundsLatest() && lastDay().isBefore(date);
  }

  /**
   * Whether the moment certainly lies before another partial date's moment: this date's latest
   * possible day is before the other's earliest possible day.
   *
   * @param other the other date
   * @return true if every possible day of this date is before every possible day of the other
   */
  public final boolean isCertainlyBefore(PartialDate other) {
    return other.qualifier().boundsEarliest() && isCertainlyBefore(other.firstDay());
  }

  @Value.Check
  void check() {
    if (year() < 1 || year() > 9999) {
      throw new InvalidValueException("year must be between 1 and 9999: " + year());
    }
    if (day().isPresent() && month().isEmpty()) {
      throw new InvalidValueException("a day needs a month: day " + day().get());
    }
    try {
      firstDay();
    } catch (DateTimeException e) {
      throw new InvalidValueException("not a date: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (qualifier() != DateQualifier.ON) {
      out.append(qualifier().name().toLowerCase(java.util.Locale.ROOT)).append(' ');
    }
    // by hand, not String.format: writing JSON prints every date, and format was most of its cost
    int year = year();
    if (year < 1000) {
      out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    out.append(year);
    month().ifPresent(m -> twoDigits(out, m));
    day().ifPresent(d -> twoDigits(out, d));
    return out.toString();
  }

  private static void twoDigits(StringBuilder out, int value) {
    out.append(value < 10 ? "-0" : "-").append(value);
  }
}
