package org.reformkit.core.analysis;

import static java.time.temporal.ChronoUnit.DAYS;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Target;
import org.reformkit.core.text.TextTable;

/**
 * Which indicators are off track: for each indicator, the latest value on a day against baseline
 * and target, the share of the way achieved, and a status.
 *
 * <pre>{@code
 * IndicatorProgress progress = IndicatorProgress.of(report);    // as of the report's date
 * progress.rows().get(0).status();                              // ACHIEVED, ON_TRACK, ...
 * System.out.print(progress);
 * }</pre>
 *
 * <p><b>Which values.</b> The latest value is the total measurement (one not split by a dimension)
 * with the latest first day among those not certainly after the day; on a tie, the one listed last.
 * The target judged against is the first listed target whose due date has not certainly passed on
 * the day, or, when all have, the last listed one.
 *
 * <p><b>Share achieved</b> = (latest − baseline) ÷ (target − baseline), so that it respects the
 * direction: for a lower-is-better indicator falling from 40 to 30 against a target of 20 it is
 * 50%. Without a baseline, a count starts from zero (nothing counted before); other kinds have no
 * share. A value to hold, or a target equal to the baseline, has no share.
 *
 * <p><b>Status</b>, in this order:
 *
 * <ol>
 *   <li>{@link IndicatorStatus#NO_DATA} without a latest value; {@link IndicatorStatus#NO_TARGET}
 *       without a target; {@link IndicatorStatus#NOT_ASSESSABLE} when value and target differ in
 *       kind or currency.
 *   <li>{@link IndicatorStatus#ACHIEVED} only when the latest value itself is on the right side of
 *       the target: at or above it (higher is better), at or below it (lower is better), equal to
 *       it (hold); a yes/no or qualitative value equal to the target. Never from the share alone.
 *   <li>{@link IndicatorStatus#OFF_TRACK} when a value to hold is off it, or when the target's due
 *       date has certainly passed on the day.
 *   <li>Otherwise against a straight line from baseline to target: the line runs from the first day
 *       of the baseline's date (without one, the start of the commitment the indicator tracks) to
 *       the last day of the target's due date; the expected share is the part of that time elapsed
 *       by the first day of the measurement's date, between 0 and 1. Share at or above the expected
 *       share: {@link IndicatorStatus#ON_TRACK}; at or above three quarters of it: {@link
 *       IndicatorStatus#AT_RISK}; below: {@link IndicatorStatus#OFF_TRACK}.
 *   <li>{@link IndicatorStatus#NOT_ASSESSABLE} when no line can be drawn or no share computed.
 * </ol>
 */
public final class IndicatorProgress {
  private static final MathContext MATH = MathContext.DECIMAL64;
  private static final BigDecimal AT_RISK_FACTOR = new BigDecimal("0.75");

  private final LocalDate asOf;
  private final ImmutableList<IndicatorRow> rows;

  private IndicatorProgress(LocalDate asOf, ImmutableList<IndicatorRow> rows) {
    this.asOf = asOf;
    this.rows = rows;
  }

  /**
   * Returns the progress of every indicator of a programme on a day.
   *
   * @param programme the programme
   * @param asOf the day
   * @return the progress, indicators in programme order
   */
  public static IndicatorProgress of(ReformProgramme programme, LocalDate asOf) {
    ImmutableList.Builder<IndicatorRow> rows = ImmutableList.builder();
    for (Indicator indicator : programme.indicators()) {
      Optional<PartialDate> lineStart =
          indicator
              .baseline()
              .flatMap(b -> b.date())
              .or(
                  () ->
                      indicator
                          .commitment()
                          .flatMap(programme::commitment)
                          .flatMap(Commitment::started));
      rows.add(row(indicator, lineStart, asOf));
    }
    return new IndicatorProgress(asOf, rows.build());
  }

  /**
   * Returns the progress of a report's indicators on the last day of the report's as-of date, so
   * that every measurement the report states counts.
   *
   * @param report the report
   * @return the progress
   */
  public static IndicatorProgress of(ProgressReport report) {
    return of(report.programme(), report.asOf().lastDay());
  }

  private static IndicatorRow row(
      Indicator indicator, Optional<PartialDate> lineStart, LocalDate asOf) {
    Optional<Measurement> latest = latest(indicator, asOf);
    Optional<Target> target = target(indicator, asOf);
    Optional<IndicatorValue> baseline = indicator.baseline().map(b -> b.value());
    Optional<BigDecimal> share = Optional.empty();
    Optional<BigDecimal> expected = Optional.empty();
    IndicatorStatus status;
    if (latest.isEmpty()) {
      status = IndicatorStatus.NO_DATA;
    } else if (target.isEmpty()) {
      status = IndicatorStatus.NO_TARGET;
    } else {
      IndicatorValue value = latest.get().value();
      IndicatorValue goal = target.get().value();
      share = share(indicator.direction(), baseline, value, goal);
      expected = expected(lineStart, target.get().due(), latest.get().date());
      status =
          status(indicator.direction(), value, goal, target.get().due(), share, expected, asOf);
    }
    return new IndicatorRow(
        ElementPath.root().key("indicators", indicator.id()),
        indicator.name(),
        indicator.direction(),
        baseline,
        latest,
        target,
        share,
        expected,
        status);
  }

  private static Optional<Measurement> latest(Indicator indicator, LocalDate asOf) {
    Optional<Measurement> best = Optional.empty();
    for (Measurement m : indicator.measurements()) {
      if (!m.dimensions().isEmpty() || m.date().isCertainlyAfter(asOf)) {
        continue;
      }
      if (best.isEmpty() || !m.date().firstDay().isBefore(best.get().date().firstDay())) {
        best = Optional.of(m);
      }
    }
    return best;
  }

  private static Optional<Target> target(Indicator indicator, LocalDate asOf) {
    return indicator.targets().stream()
        .filter(t -> t.due().map(d -> !d.isCertainlyBefore(asOf)).orElse(true))
        .findFirst()
        .or(
            () ->
                indicator.targets().isEmpty()
                    ? Optional.empty()
                    : Optional.of(indicator.targets().get(indicator.targets().size() - 1)));
  }

  static boolean numeric(MeasureKind kind) {
    return kind == MeasureKind.COUNT
        || kind == MeasureKind.PERCENTAGE
        || kind == MeasureKind.AMOUNT
        || kind == MeasureKind.NUMBER;
  }

  private static boolean comparable(IndicatorValue a, IndicatorValue b) {
    return a.kind() == b.kind() && a.currency().equals(b.currency());
  }

  private static Optional<BigDecimal> share(
      Direction direction,
      Optional<IndicatorValue> baseline,
      IndicatorValue value,
      IndicatorValue goal) {
    if (direction == Direction.HOLD || !comparable(value, goal) || !numeric(value.kind())) {
      return Optional.empty();
    }
    Optional<BigDecimal> base =
        baseline.filter(b -> comparable(b, value)).flatMap(IndicatorValue::number);
    if (base.isEmpty() && value.kind() == MeasureKind.COUNT) {
      base = Optional.of(BigDecimal.ZERO);
    }
    if (base.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal span = goal.number().get().subtract(base.get());
    if (span.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(value.number().get().subtract(base.get()).divide(span, MATH));
  }

  private static Optional<BigDecimal> expected(
      Optional<PartialDate> lineStart, Optional<PartialDate> due, PartialDate measured) {
    if (lineStart.isEmpty() || due.isEmpty()) {
      return Optional.empty();
    }
    long total = DAYS.between(lineStart.get().firstDay(), due.get().lastDay());
    if (total <= 0) {
      return Optional.empty();
    }
    long elapsed = DAYS.between(lineStart.get().firstDay(), measured.firstDay());
    long clamped = Math.max(0, Math.min(total, elapsed));
    return Optional.of(BigDecimal.valueOf(clamped).divide(BigDecimal.valueOf(total), MATH));
  }

  @SuppressWarnings("TooManyParameters") // the facts one status is judged from, internal
  private static IndicatorStatus status(
      Direction direction,
      IndicatorValue value,
      IndicatorValue goal,
      Optional<PartialDate> due,
      Optional<BigDecimal> share,
      Optional<BigDecimal> expected,
      LocalDate asOf) {
    if (!comparable(value, goal)) {
      return IndicatorStatus.NOT_ASSESSABLE;
    }
    boolean duePassed = due.map(d -> d.isCertainlyBefore(asOf)).orElse(false);
    if (value.kind() == MeasureKind.YES_NO || value.kind() == MeasureKind.QUALITATIVE) {
      if (value.equals(goal)) {
        return IndicatorStatus.ACHIEVED;
      }
      return duePassed ? IndicatorStatus.OFF_TRACK : IndicatorStatus.NOT_ASSESSABLE;
    }
    if (achieved(direction, value.number().get(), goal.number().get())) {
      return IndicatorStatus.ACHIEVED;
    }
    if (direction == Direction.HOLD || duePassed) {
      return IndicatorStatus.OFF_TRACK;
    }
    if (share.isEmpty() || expected.isEmpty()) {
      return IndicatorStatus.NOT_ASSESSABLE;
    }
    if (share.get().compareTo(expected.get()) >= 0) {
      return IndicatorStatus.ON_TRACK;
    }
    if (share.get().compareTo(expected.get().multiply(AT_RISK_FACTOR, MATH)) >= 0) {
      return IndicatorStatus.AT_RISK;
    }
    return IndicatorStatus.OFF_TRACK;
  }

  /**
   * Whether a value has reached a target, by direction: at or above it when higher is better, at or
   * below it when lower is better, equal to it when it is to be held.
   *
   * @param direction which way is better
   * @param value the value
   * @param target the target
   * @return whether the target is reached
   */
  static boolean achieved(Direction direction, BigDecimal value, BigDecimal target) {
    int cmp = value.compareTo(target);
    return switch (direction) {
      case HIGHER_IS_BETTER -> cmp >= 0;
      case LOWER_IS_BETTER -> cmp <= 0;
      case HOLD -> cmp == 0;
    };
  }

  /**
   * Returns the day the indicators are judged on.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns one row per indicator, in programme order.
   *
   * @return the rows
   */
  public ImmutableList<IndicatorRow> rows() {
    return rows;
  }

  /**
   * Returns the row of an indicator, if there is one.
   *
   * @param path the indicator's path
   * @return the row
   */
  public Optional<IndicatorRow> row(ElementPath path) {
    return rows.stream().filter(r -> r.path().equals(path)).findFirst();
  }

  /**
   * Prints a share as a whole percentage, rounded half up ({@code 0.5} is {@code 50%}).
   *
   * @param share the share, 1 for all the way
   * @return the printed share
   */
  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * Returns the progress as a table in English.
   *
   * @return the table
   */
  public TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the progress as a table with labels and names in the locale's language.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    return toTable(locale, Integer.MAX_VALUE);
  }

  /**
   * Returns the progress as a table of at most a number of indicators: with more, those off track
   * and at risk come first (then not assessable, no data, no target, on track, achieved; equal ones
   * in programme order) and the rest are counted by status in one row, "other N indicators".
   *
   * @param locale the language
   * @param limit how many indicators to list one by one, at least one
   * @return the table
   */
  public TextTable toTable(Locale locale, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.indicator", locale),
                Labels.label("heading.baseline", locale),
                Labels.label("heading.latest", locale),
                Labels.label("heading.target", locale),
                Labels.label("heading.achieved", locale),
                Labels.label("heading.expected", locale),
                Labels.label("heading.statusOn", locale, asOf.toString()))
            .alignRight(4)
            .alignRight(5)
            .maxCellWidth(Labels.MAX_CELL);
    List<IndicatorRow> listed =
        rows.size() <= limit ? rows : rowsInTroubleFirst().subList(0, limit);
    for (IndicatorRow row : listed) {
      table.addRow(
          row.name().in(locale),
          row.baseline().map(v -> value(v, locale)).orElse(""),
          row.latest().map(m -> value(m.value(), locale) + " (" + m.date() + ")").orElse(""),
          row.target()
              .map(t -> value(t.value(), locale) + t.due().map(d -> " (" + d + ")").orElse(""))
              .orElse(""),
          row.shareAchieved().map(IndicatorProgress::percent).orElse(""),
          row.expectedShare().map(IndicatorProgress::percent).orElse(""),
          row.status().label().in(locale));
    }
    if (listed.size() < rows.size()) {
      Set<ElementPath> shown = listed.stream().map(IndicatorRow::path).collect(Collectors.toSet());
      Map<IndicatorStatus, Integer> others = new EnumMap<>(IndicatorStatus.class);
      rows.stream()
          .filter(r -> !shown.contains(r.path()))
          .forEach(r -> others.merge(r.status(), 1, Integer::sum));
      table.addRow(
          Labels.label(
              "row.otherIndicators", locale, Integer.toString(rows.size() - listed.size())),
          "",
          "",
          "",
          "",
          "",
          TROUBLE_ORDER.stream()
              .filter(others::containsKey)
              .map(st -> st.label().in(locale) + " " + others.get(st))
              .collect(Collectors.joining(", ")));
    }
    return table.build();
  }

  /**
   * Returns the rows with the indicators in trouble first: off track, at risk, not assessable, no
   * data, no target, on track, achieved; equal ones in programme order.
   *
   * @return the rows
   */
  public ImmutableList<IndicatorRow> rowsInTroubleFirst() {
    return rows.stream()
        .sorted(Comparator.comparingInt(r -> TROUBLE_ORDER.indexOf(r.status())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The order of indicators when not all are listed: the ones in trouble first. */
  private static final ImmutableList<IndicatorStatus> TROUBLE_ORDER =
      ImmutableList.of(
          IndicatorStatus.OFF_TRACK,
          IndicatorStatus.AT_RISK,
          IndicatorStatus.NOT_ASSESSABLE,
          IndicatorStatus.NO_DATA,
          IndicatorStatus.NO_TARGET,
          IndicatorStatus.ON_TRACK,
          IndicatorStatus.ACHIEVED);

  private static String value(IndicatorValue value, Locale locale) {
    return value.text().map(t -> t.in(locale)).orElse(value.toString());
  }

  /**
   * Prints the progress as a table in English.
   *
   * @return the printed progress
   */
  @Override
  public String toString() {
    return toTable().toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndicatorProgress that
        && asOf.equals(that.asOf)
        && rows.equals(that.rows);
  }

  @Override
  public int hashCode() {
    return 31 * asOf.hashCode() + rows.hashCode();
  }
}
