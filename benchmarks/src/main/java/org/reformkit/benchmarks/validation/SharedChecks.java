package org.reformkit.benchmarks.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The per-element checks that reformkit's rules share with Bean Validation, and that both sides
 * of the validation benchmark run, no more:
 *
 * <ul>
 *   <li>not null: identifiers, names, statuses, locations, categories, origins, values, dates of
 *       measurements;
 *   <li>patterns: identifiers ({@value #IDENTIFIER}), partial dates ({@value #PARTIAL_DATE}),
 *       currencies ({@value #CURRENCY});
 *   <li>ranges: a counted line of posts counts at least one, a stated total is not negative, a
 *       percentage lies in 0..100;
 *   <li>dates in order on one element: a phase's planned start is not after its planned end, and
 *       its actual start not after its actual end.
 * </ul>
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
   * Whether two partial dates as text are in order: the first, by its first day, is not after the
   * second. A missing date is in order with anything.
   *
   * @param first the earlier date, or {@code null}
   * @param second the later date, or {@code null}
   * @return whether they are in order
   */
  public static boolean inOrder(String first, String second) {
    if (first == null || second == null) {
      return true;
    }
    return firstDay(first).compareTo(firstDay(second)) <= 0;
  }

  private static String firstDay(String date) {
    String bare = QUALIFIER.matcher(date).replaceFirst("");
    return switch (bare.length()) {
      case 4 -> bare + "-01-01";
      case 7 -> bare + "-01";
      default -> bare.toLowerCase(Locale.ROOT);
    };
  }
}
