package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Target;

class IndicatorProgressTest {
  private static final LocalDate END_OF_2015 = LocalDate.of(2015, 12, 31);

  private static Indicator.Builder indicator(Direction direction) {
    return Indicator.builder()
        .id(IndicatorId.of("i"))
        .name(Fixtures.text("Indicator"))
        .measure(Measure.of(MeasureKind.NUMBER))
        .direction(direction);
  }

  private static IndicatorValue number(String value) {
    return IndicatorValue.number(new BigDecimal(value));
  }

  private static Measurement measured(String value, String date) {
    return Measurement.builder().value(number(value)).date(date(date)).build();
  }

  /** Baseline 0 on 1 January 2015, target 100 by December 2015, so half-way on 2 July. */
  private static Indicator.Builder straightLine() {
    return indicator(Direction.HIGHER_IS_BETTER)
        .baseline(Baseline.builder().value(number("0")).date(date("2015-01-01")).build())
        .addTarget(Target.builder().value(number("100")).due(date("2015-12")).build());
  }

  private static IndicatorRow row(Indicator indicator, LocalDate asOf) {
    return IndicatorProgress.of(Fixtures.programme().addIndicator(indicator).build(), asOf)
        .rows()
        .get(0);
  }

  @Test
  void onOrAboveTheStraightLineIsOnTrack() {
    IndicatorRow row =
        row(
            straightLine().addMeasurement(measured("60", "2015-07-02")).build(),
            LocalDate.of(2015, 7, 31));

    assertThat(row.expectedShare()).contains(new BigDecimal("0.5"));
    assertThat(row.shareAchieved()).contains(new BigDecimal("0.6"));
    assertThat(row.status()).isEqualTo(IndicatorStatus.ON_TRACK);
  }

  @Test
  void withinThreeQuartersOfTheLineIsAtRisk() {
    assertThat(
            row(
                    straightLine().addMeasurement(measured("40", "2015-07-02")).build(),
                    LocalDate.of(2015, 7, 31))
                .status())
        .isEqualTo(IndicatorStatus.AT_RISK);
  }

  @Test
  void wellBelowTheLineIsOffTrack() {
    assertThat(
            row(
                    straightLine().addMeasurement(measured("20", "2015-07-02")).build(),
                    LocalDate.of(2015, 7, 31))
                .status())
        .isEqualTo(IndicatorStatus.OFF_TRACK);
  }

  @Test
  void reachingTheTargetIsAchieved() {
    assertThat(
            row(
                    straightLine().addMeasurement(measured("100", "2015-07-02")).build(),
                    LocalDate.of(2015, 7, 31))
                .status())
        .isEqualTo(IndicatorStatus.ACHIEVED);
  }

  @Test
  void missedTargetDateIsOffTrackEvenIfAboveTheLineBefore() {
    assertThat(
            row(
                    straightLine().addMeasurement(measured("99", "2015-12-01")).build(),
                    LocalDate.of(2016, 1, 1))
                .status())
        .isEqualTo(IndicatorStatus.OFF_TRACK);
  }

  @Test
  void shareRespectsALowerIsBetterDirection() {
    IndicatorRow row =
        row(
            indicator(Direction.LOWER_IS_BETTER)
                .baseline(Baseline.builder().value(number("40")).build())
                .addTarget(Target.builder().value(number("20")).build())
                .addMeasurement(measured("30", "2015-06"))
                .build(),
            END_OF_2015);

    assertThat(row.shareAchieved()).contains(new BigDecimal("0.5"));
    assertThat(row.status()).isEqualTo(IndicatorStatus.NOT_ASSESSABLE);
  }

  @Test
  void lowerIsBetterIsAchievedAtOrBelowTheTarget() {
    assertThat(
            row(
                    indicator(Direction.LOWER_IS_BETTER)
                        .addTarget(Target.builder().value(number("20")).build())
                        .addMeasurement(measured("19.5", "2015-06"))
                        .build(),
                    END_OF_2015)
                .status())
        .isEqualTo(IndicatorStatus.ACHIEVED);
  }

  @Test
  void valueToHoldIsOffTrackWhenOffIt() {
    assertThat(
            row(
                    indicator(Direction.HOLD)
                        .addTarget(Target.builder().value(number("5")).build())
                        .addMeasurement(measured("6", "2015-06"))
                        .build(),
                    END_OF_2015)
                .status())
        .isEqualTo(IndicatorStatus.OFF_TRACK);
  }

  @Test
  void countWithoutBaselineStartsFromZero() {
    IndicatorRow row =
        row(
            Indicator.builder()
                .id(IndicatorId.of("flagships"))
                .name(Fixtures.text("Flagships"))
                .measure(Measure.of(MeasureKind.COUNT))
                .direction(Direction.HIGHER_IS_BETTER)
                .addTarget(Target.builder().value(IndicatorValue.count(5)).build())
                .addMeasurement(
                    Measurement.builder()
                        .value(IndicatorValue.count(2))
                        .date(date("2015-06"))
                        .build())
                .build(),
            END_OF_2015);

    assertThat(row.shareAchieved()).contains(new BigDecimal("0.4"));
  }

  @Test
  void withoutMeasurementThereIsNoDataAndWithoutTargetNoTarget() {
    assertThat(row(straightLine().build(), END_OF_2015).status())
        .isEqualTo(IndicatorStatus.NO_DATA);
    assertThat(
            row(
                    indicator(Direction.HIGHER_IS_BETTER)
                        .addMeasurement(measured("3", "2015"))
                        .build(),
                    END_OF_2015)
                .status())
        .isEqualTo(IndicatorStatus.NO_TARGET);
  }

  @Test
  void measurementCertainlyAfterTheDayIsNotYetKnown() {
    IndicatorRow row =
        row(
            straightLine()
                .addMeasurement(measured("10", "2015-03"))
                .addMeasurement(measured("90", "2015-10"))
                .build(),
            LocalDate.of(2015, 9, 30));

    assertThat(row.latest().map(Measurement::value)).contains(number("10"));
  }

  @Test
  void measurementSplitByADimensionIsNotTheTotal() {
    IndicatorRow row =
        row(
            straightLine()
                .addMeasurement(
                    Measurement.builder()
                        .value(number("100"))
                        .date(date("2015-06"))
                        .putDimension("region", "Africa")
                        .build())
                .build(),
            END_OF_2015);

    assertThat(row.status()).isEqualTo(IndicatorStatus.NO_DATA);
  }

  @Test
  void qualitativeValueIsAchievedOnlyWhenItIsTheTarget() {
    LocalizedText done = LocalizedText.of("en", "completed");
    Indicator.Builder framework =
        Indicator.builder()
            .id(IndicatorId.of("framework"))
            .name(Fixtures.text("Framework"))
            .measure(Measure.of(MeasureKind.QUALITATIVE))
            .direction(Direction.HIGHER_IS_BETTER)
            .addTarget(Target.builder().value(IndicatorValue.text(done)).build());

    assertThat(
            row(
                    framework
                        .addMeasurement(
                            Measurement.builder()
                                .value(
                                    IndicatorValue.text(LocalizedText.of("en", "being completed")))
                                .date(date("2015-11"))
                                .build())
                        .build(),
                    END_OF_2015)
                .status())
        .isEqualTo(IndicatorStatus.NOT_ASSESSABLE);
  }

  @Test
  void targetJudgedAgainstIsTheFirstNotYetPassed() {
    IndicatorRow row =
        row(
            indicator(Direction.HIGHER_IS_BETTER)
                .addTarget(Target.builder().value(number("10")).due(date("2014")).build())
                .addTarget(Target.builder().value(number("20")).due(date("2016")).build())
                .addMeasurement(measured("15", "2015-06"))
                .build(),
            END_OF_2015);

    assertThat(row.target().map(Target::value)).isEqualTo(Optional.of(number("20")));
  }

  @Test
  void exactlyOnTheStraightLineIsOnTrackAndExactlyThreeQuartersOfItAtRisk() {
    LocalDate endOfJuly = LocalDate.of(2015, 7, 31);

    assertThat(
            row(straightLine().addMeasurement(measured("50", "2015-07-02")).build(), endOfJuly)
                .status())
        .isEqualTo(IndicatorStatus.ON_TRACK);
    assertThat(
            row(straightLine().addMeasurement(measured("37.5", "2015-07-02")).build(), endOfJuly)
                .status())
        .isEqualTo(IndicatorStatus.AT_RISK);
  }

  @Test
  void latestMeasurementIsTheLatestByDateWhateverTheOrderListed() {
    IndicatorRow row =
        row(
            straightLine()
                .addMeasurement(measured("90", "2015-10"))
                .addMeasurement(measured("10", "2015-03"))
                .build(),
            END_OF_2015);

    assertThat(row.latest().map(Measurement::value)).contains(number("90"));
  }

  @Test
  void targetEqualToTheBaselineGivesNoShare() {
    IndicatorRow row =
        row(
            indicator(Direction.HIGHER_IS_BETTER)
                .baseline(Baseline.builder().value(number("50")).date(date("2015-01-01")).build())
                .addTarget(Target.builder().value(number("50")).due(date("2015-12")).build())
                .addMeasurement(measured("40", "2015-07-02"))
                .build(),
            LocalDate.of(2015, 7, 31));

    assertThat(row.shareAchieved()).isEmpty();
    assertThat(row.status()).isEqualTo(IndicatorStatus.NOT_ASSESSABLE);
  }

  @Test
  void valueToHoldHasNoShareOfTheWay() {
    IndicatorRow row =
        row(
            indicator(Direction.HOLD)
                .baseline(Baseline.builder().value(number("3")).build())
                .addTarget(Target.builder().value(number("5")).build())
                .addMeasurement(measured("4", "2015-06"))
                .build(),
            END_OF_2015);

    assertThat(row.shareAchieved()).isEmpty();
    assertThat(row.status()).isEqualTo(IndicatorStatus.OFF_TRACK);
  }

  @Test
  void amountInAnotherCurrencyThanTheTargetIsNotAssessed() {
    IndicatorRow row =
        row(
            Indicator.builder()
                .id(IndicatorId.of("savings"))
                .name(Fixtures.text("Savings"))
                .measure(Measure.amount("USD"))
                .direction(Direction.HIGHER_IS_BETTER)
                .baseline(
                    Baseline.builder()
                        .value(IndicatorValue.amount(new BigDecimal("0"), "USD"))
                        .date(date("2015-01-01"))
                        .build())
                .addTarget(
                    Target.builder()
                        .value(IndicatorValue.amount(new BigDecimal("100"), "USD"))
                        .due(date("2015-12"))
                        .build())
                .addMeasurement(
                    Measurement.builder()
                        .value(IndicatorValue.amount(new BigDecimal("150"), "EUR"))
                        .date(date("2015-07-02"))
                        .build())
                .build(),
            LocalDate.of(2015, 7, 31));

    assertThat(row.shareAchieved()).isEmpty();
    assertThat(row.status()).isEqualTo(IndicatorStatus.NOT_ASSESSABLE);
  }

  @Test
  void baselineOfAnotherKindIsNotTheStartOfTheWay() {
    IndicatorRow row =
        row(
            indicator(Direction.HIGHER_IS_BETTER)
                .baseline(
                    Baseline.builder()
                        .value(IndicatorValue.percentage(new BigDecimal("10")))
                        .date(date("2015-01-01"))
                        .build())
                .addTarget(Target.builder().value(number("100")).due(date("2015-12")).build())
                .addMeasurement(measured("60", "2015-07-02"))
                .build(),
            LocalDate.of(2015, 7, 31));

    assertThat(row.shareAchieved()).isEmpty();
    assertThat(row.status()).isEqualTo(IndicatorStatus.NOT_ASSESSABLE);
  }

  @Test
  void yesOrNoIsAchievedWhenItIsTheTargetAndOffTrackWhenNotByThePassedDate() {
    Indicator.Builder adopted =
        Indicator.builder()
            .id(IndicatorId.of("adopted"))
            .name(Fixtures.text("Policy adopted"))
            .measure(Measure.of(MeasureKind.YES_NO))
            .direction(Direction.HIGHER_IS_BETTER)
            .addTarget(
                Target.builder().value(IndicatorValue.yesNo(true)).due(date("2015-06")).build());

    assertThat(
            row(
                    adopted
                        .addMeasurement(
                            Measurement.builder()
                                .value(IndicatorValue.yesNo(true))
                                .date(date("2015-05"))
                                .build())
                        .build(),
                    END_OF_2015)
                .status())
        .isEqualTo(IndicatorStatus.ACHIEVED);
    assertThat(
            row(
                    adopted
                        .build()
                        .withMeasurements(
                            Measurement.builder()
                                .value(IndicatorValue.yesNo(false))
                                .date(date("2015-05"))
                                .build()),
                    END_OF_2015)
                .status())
        .isEqualTo(IndicatorStatus.OFF_TRACK);
  }

  @Test
  void qualitativeValueThatIsTheTargetIsAchieved() {
    LocalizedText done = LocalizedText.of("en", "completed");
    assertThat(
            row(
                    Indicator.builder()
                        .id(IndicatorId.of("framework"))
                        .name(Fixtures.text("Framework"))
                        .measure(Measure.of(MeasureKind.QUALITATIVE))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .addTarget(Target.builder().value(IndicatorValue.text(done)).build())
                        .addMeasurement(
                            Measurement.builder()
                                .value(IndicatorValue.text(done))
                                .date(date("2015-11"))
                                .build())
                        .build(),
                    END_OF_2015)
                .status())
        .isEqualTo(IndicatorStatus.ACHIEVED);
  }

  @Test
  void sharePrintsAsAWholePercentage() {
    assertThat(IndicatorProgress.percent(new BigDecimal("0.4375"))).isEqualTo("44%");
    assertThat(IndicatorProgress.percent(BigDecimal.ONE)).isEqualTo("100%");
  }

  @Test
  void indicatorsInTroubleComeFirstAndATableOfFewerCountsTheOthersByStatus() {
    ReformProgramme programme =
        Fixtures.programme()
            .addIndicator(
                indicator(Direction.HIGHER_IS_BETTER)
                    .build()
                    .withId(IndicatorId.of("none"))
                    .withName(Fixtures.text("No data")))
            .addIndicator(
                straightLine()
                    .addMeasurement(measured("10", "2015-11"))
                    .build()
                    .withId(IndicatorId.of("off"))
                    .withName(Fixtures.text("Off track")))
            .addIndicator(
                straightLine()
                    .addMeasurement(measured("100", "2015-11"))
                    .build()
                    .withId(IndicatorId.of("done"))
                    .withName(Fixtures.text("Achieved")))
            .build();
    IndicatorProgress progress = IndicatorProgress.of(programme, LocalDate.of(2016, 1, 1));

    assertThat(progress.rowsInTroubleFirst())
        .extracting(IndicatorRow::status)
        .containsExactly(
            IndicatorStatus.OFF_TRACK, IndicatorStatus.NO_DATA, IndicatorStatus.ACHIEVED);
    String table = progress.toTable(Locale.ENGLISH, 1).toString();
    assertThat(table).contains("Off track");
    assertThat(table.lines()).noneMatch(l -> l.startsWith("Achieved"));
    assertThat(table.lines().reduce((a, b) -> b))
        .hasValueSatisfying(
            l -> assertThat(l).startsWith("other 2 indicators").endsWith("no data 1, achieved 1"));
    assertThat(progress.toTable(Locale.ENGLISH, 3).toString())
        .isEqualTo(progress.toTable(Locale.ENGLISH).toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.toTable(Locale.ENGLISH, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1, not 0");
  }
}
