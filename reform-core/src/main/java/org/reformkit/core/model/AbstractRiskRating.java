package org.reformkit.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rating of a risk's likelihood or impact, on the scale the report uses: "high", or "4 on a scale
 * of 1 to 5".
 *
 * <p>Text form: {@code low}, {@code medium}, {@code high} on the worded scale; {@code 4/5} for
 * level 4 of 1–5; {@code 4/5 high from 4} when the report states from which level a risk is high.
 *
 * <pre>{@code
 * RiskRating.parse("high").isHigh();            // Optional[true]
 * RiskRating.parse("4/5").isHigh();             // Optional.empty: the report does not say
 * RiskRating.parse("4/5 high from 4").isHigh(); // Optional[true]
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractRiskRating {
  private static final List<String> WORDS = List.of("low", "medium", "high");
  private static final String HIGH_FROM = " high from ";

  /**
   * Returns the scale.
   *
   * @return the scale
   */
  public abstract RiskScale scale();

  /**
   * Returns the level, from 1 (lowest) to the scale's number of levels.
   *
   * @return the level
   */
  public abstract int level();

  /**
   * Returns "low" on the worded scale.
   *
   * @return the rating
   */
  public static RiskRating low() {
    return RiskRating.of(RiskScale.lowMediumHigh(), 1);
  }

  /**
   * Returns "medium" on the worded scale.
   *
   * @return the rating
   */
  public static RiskRating medium() {
    return RiskRating.of(RiskScale.lowMediumHigh(), 2);
  }

  /**
   * Returns "high" on the worded scale.
   *
   * @return the rating
   */
  public static RiskRating high() {
    return RiskRating.of(RiskScale.lowMediumHigh(), 3);
  }

  /**
   * Parses the text form.
   *
   * @param text the text
   * @return the rating
   * @throws ValueParseException if the text is not a rating, naming where
   */
  public static RiskRating parse(CharSequence text) {
    String input = text.toString();
    int word = WORDS.indexOf(input);
    if (word >= 0) {
      return RiskRating.of(RiskScale.lowMediumHigh(), word + 1);
    }
    int slash = input.indexOf('/');
    int high = input.indexOf(HIGH_FROM);
    int end = high < 0 ? input.length() : high;
    if (slash < 0) {
      throw new ValueParseException(
          "'"
              + input
              + "' is not a risk rating; expected low, medium, high or LEVEL/LEVELS"
              + " such as 4/5",
          input,
          0);
    }
    int level = number(input, 0, slash);
    int levels = number(input, slash + 1, end);
    Optional<Integer> highFrom =
        high < 0
            ? Optional.empty()
            : Optional.of(number(input, high + HIGH_FROM.length(), input.length()));
    try {
      return RiskRating.of(RiskScale.of(levels, false, highFrom), level);
    } catch (InvalidValueException e) {
      throw new ValueParseException(String.valueOf(e.getMessage()), input, 0);
    }
  }

  private static int number(String input, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      throw new ValueParseException(
          "'" + input + "' is not a risk rating; expected a level of one or two digits",
          input,
          from);
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = input.charAt(i);
      if (c < '0' || c > '9') {
        throw new ValueParseException(
            "'" + input + "' is not a risk rating; expected a digit", input, i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Whether the rating is high, if the scale says what is high: on the worded scale "high" is; on a
   * numbered scale the levels from the stated threshold are, and without a stated threshold the
   * answer is empty (not stated), never guessed.
   *
   * @return whether high, if the scale says
   */
  public final Optional<Boolean> isHigh() {
    return scale().highFrom().map(h -> level() >= h);
  }

  @Value.Check
  void check() {
    if (level() < 1 || level() > scale().levels()) {
      throw new InvalidValueException("risk level " + level() + " is not on the scale " + scale());
    }
  }

  @Override
  public String toString() {
    if (scale().worded()) {
      return WORDS.get(level() - 1);
    }
    return level() + "/" + scale().levels() + scale().highFrom().map(h -> HIGH_FROM + h).orElse("");
  }
}
