package org.reformkit.benchmarks.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The per-element checks that reformkit's rules share with Bean Validation, and that both sides of
 * the validation benchmark run, no more:
 *
 * <ul>
 *   <li>not null: identifiers, names, statuses, locations, categories, origins, values, dates of
 *       measurements;
 *   <li>patterns: identifiers ({@value #IDENTIFIER}), partial dates ({@value #PARTIAL_DATE}),
 *       currencies ({@value #CURRENCY});
 *   <li>ranges: a counted line of posts counts at least one, a stated total is not negative, a
 *       percentage lies in 0..100;
 *   <li>dates in order on one element: a phase's planned end does not certainly lie before its
 *       planned start, nor its actual end before its actual start.
 * </ul>
 *
 * <p>On reformkit's side these are the rules {@code POST_LINE_COUNT_POSITIVE}, {@code
 * INDICATOR_PERCENTAGE_RANGE} (baseline, targets and measurements) and {@code
 * PHASE_END_BEFORE_START}, run with {@code RuleSet.standard().only(...)}.
 *
 * <p>The reformkit model refuses a missing identifier, a malformed identifier or currency and a
 * negative total when it is built, so on that side only the ranges and date orders are left to
 * check at validation time.
 */
public final class SharedChecks {
  /** An identifier, as the model accepts it. */
  public static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}";

  /** A partial date as text: {@code 2015}, {@code 2015-11}, {@code by 2016-06-30}. */
  public static final String PARTIAL_DATE = "(?:(?:by|from|about) )?\\d{4}(?:-\\d{2}(?:-\\d{2})?)?";

  /** An ISO 4217 currency code. */
  public static final String CURRENCY = "[A-Z]{3}";

  private static final Pattern QUALIFIER = Pattern.compile("^(?:by|from|about) ");

  private SharedChecks() {}

  /**
   * Whether two partial dates as text are in order as reformkit's {@code PHASE_END_BEFORE_START}
   * sees them: they are out of order only when the second certainly lies before the first, that is
   * when the latest day the second can mean is before the earliest day the first can mean. A date
   * "by" a day has no earliest day, a date "from" a day no latest day; a missing date is in order
   * with anything.
   *
   * @param first the start, or {@code null}
   * @param second the end, or {@code null}
   * @return whether they are in order
   */
  public static boolean inOrder(String first, String second) {
    if (first == null || second == null || first.startsWith("by ") || second.startsWith("from ")) {
      return true;
    }
    return lastDay(bare(second)).compareTo(firstDay(bare(first))) >= 0;
  }

  private static String bare(String date) {
    return QUALIFIER.matcher(date).replaceFirst("");
  }

  private static LocalDate firstDay(String bare) {
    return switch (bare.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(bare), 1, 1);
      case 7 -> YearMonth.parse(bare).atDay(1);
      default -> LocalDate.parse(bare);
    };
  }

  private static LocalDate lastDay(String bare) {
    return switch (bare.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(bare), 12, 31);
      case 7 -> YearMonth.parse(bare).atEndOfMonth();
      default -> LocalDate.parse(bare);
    };
  }
}
