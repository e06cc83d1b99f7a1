package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period between two partial dates, either of which may be open: "July to October 2015", "from
 * 2016", the biennium "2016–17". At least one end is required.
 *
 * <p>Text form: {@code START/END}, with an empty side for an open end ({@code 2016/2017}, {@code
 * 2015-07/}).
 */
@Value.Immutable
@ReformTuple
abstract class AbstractDatePeriod {
  /**
   * Returns the start, if stated.
   *
   * @return the start, if stated
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns the end, if stated.
   *
   * @return the end, if stated
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns the period between two dates.
   *
   * @param start the start
   * @param end the end
   * @return the period
   */
  public static DatePeriod between(PartialDate start, PartialDate end) {
    return DatePeriod.of(Optional.of(start), Optional.of(end));
  }

  /**
   * Returns the period that is the whole of one partial date ("July 2015").
   *
   * @param date the date
   * @return the period
   */
  public static DatePeriod within(PartialDate date) {
    return DatePeriod.of(Optional.of(date), Optional.of(date));
  }

  /**
   * Parses the text form {@code START/END}.
   *
   * @param text the text
   * @return the period
   * @throws ValueParseException if the text is not a period
   */
  public static DatePeriod parse(CharSequence text) {
    String input = text.toString();
    int slash = input.indexOf('/');
    if (slash < 0) {
      throw new ValueParseException(
          "'" + input + "' is not a period; expected START/END, either side may be empty",
          input,
          input.length());
    }
    Optional<PartialDate> start = side(input, 0, slash);
    Optional<PartialDate> end = side(input, slash + 1, input.length());
    try {
      return DatePeriod.of(start, end);
    } catch (InvalidValueException e) {
      throw new ValueParseException(String.valueOf(e.getMessage()), input, 0);
    }
  }

  /** Parses one side of the text form, reporting an error at its index in the whole text. */
  private static Optional<PartialDate> side(String input, int from, int to) {
    if (from == to) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(input.substring(from, to)));
    } catch (ValueParseException e) {
      throw new ValueParseException(
          String.valueOf(e.getMessage()), input, from + e.getErrorIndex());
    }
  }

  @Value.Check
  void check() {
    if (start().isEmpty() && end().isEmpty()) {
      throw new InvalidValueException("a period needs a start or an end");
    }
  }

  @Override
  public String toString() {
    return start().map(PartialDate::toString).orElse("")
        + "/"
        + end().map(PartialDate::toString).orElse("");
  }
}
