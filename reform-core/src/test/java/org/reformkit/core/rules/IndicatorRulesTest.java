package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.interviews;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.run;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;

class IndicatorRulesTest {

  private static ValidationResult one(String code, Indicator indicator) {
    return RuleSet.standard().only(code).validate(indicator, CONTEXT);
  }

  private static ReformProgramme withoutFieldIndicator() {
    ReformProgramme p = programme();
    return p.withIndicators(p.indicators().get(0), p.indicators().get(2));
  }

  @Test
  void commitmentWithoutATargetedIndicatorIsAnErrorOnceTheFrameworkIsCompleted() {
    ValidationResult result = run("MONITORING_INDICATOR_TARGET", withoutFieldIndicator());

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("MONITORING_INDICATOR_TARGET", "commitments[field]"));
    assertThat(result.findings().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void commitmentWithoutATargetedIndicatorIsOnlyAWarningWhileTheFrameworkIsBeingCompleted() {
    ReformProgramme p = withoutFieldIndicator();
    p =
        p.withMonitoringFramework(
            p.monitoringFramework().orElseThrow().withStatus(Status.IN_PROGRESS));

    ValidationResult result = run("MONITORING_INDICATOR_TARGET", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("MONITORING_INDICATOR_TARGET", "commitments[field]"));
    assertThat(result.findings().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void programmeWithoutMonitoringFrameworkOrWithTargetsEverywhereIsNotReported() {
    assertThat(run("MONITORING_INDICATOR_TARGET", programme()).findings()).isEmpty();
    assertThat(
            run(
                    "MONITORING_INDICATOR_TARGET",
                    withoutFieldIndicator().withMonitoringFramework(java.util.Optional.empty()))
                .findings())
        .isEmpty();
  }

  @Test
  void measurementOfAnotherKindThanTheIndicatorIsReported() {
    Indicator indicator =
        interviews()
            .withMeasurements(
                Measurement.builder()
                    .value(IndicatorValue.percentage(new BigDecimal("75")))
                    .date(date("2015-09"))
                    .build());

    ValidationResult result = one("INDICATOR_VALUE_UNIT", indicator);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("INDICATOR_VALUE_UNIT", "indicators[interviews].measurements[0]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Indicator interviews measures in count but this value 75% is a percentage");
  }

  @Test
  void amountInAnotherCurrencyIsReported() {
    Indicator indicator =
        interviews()
            .withMeasure(Measure.amount("USD"))
            .withBaseline(java.util.Optional.empty())
            .withMeasurements()
            .withTargets(
                Target.builder()
                    .value(IndicatorValue.amount(new BigDecimal("100"), "CHF"))
                    .build());

    ValidationResult result = one("INDICATOR_VALUE_UNIT", indicator);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("INDICATOR_VALUE_UNIT", "indicators[interviews].targets[0]"));
  }

  @Test
  void valuesInTheIndicatorsUnitAreNotReported() {
    assertThat(one("INDICATOR_VALUE_UNIT", interviews()).findings()).isEmpty();
  }

  @Test
  void targetDueBeforeTheBaselineIsReported() {
    Indicator indicator =
        interviews()
            .withTargets(
                Target.builder().value(IndicatorValue.count(75)).due(date("2015-03")).build());

    ValidationResult result = one("INDICATOR_BASELINE_BEFORE_TARGET", indicator);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("INDICATOR_BASELINE_BEFORE_TARGET", "indicators[interviews].targets[0]"));
  }

  @Test
  void targetDueInTheBaselineYearOrWithoutDateIsNotReported() {
    Indicator sameYear =
        interviews()
            .withBaseline(
                Baseline.builder().value(IndicatorValue.count(0)).date(date("2015")).build())
            .withTargets(
                Target.builder().value(IndicatorValue.count(75)).due(date("2015-03")).build());
    Indicator undated =
        interviews().withTargets(Target.builder().value(IndicatorValue.count(75)).build());

    assertThat(one("INDICATOR_BASELINE_BEFORE_TARGET", sameYear).findings()).isEmpty();
    assertThat(one("INDICATOR_BASELINE_BEFORE_TARGET", undated).findings()).isEmpty();
  }

  @Test
  void percentageAboveHundredIsReported() {
    Indicator indicator =
        Fixtures.indicator(
            "share",
            "field",
            MeasureKind.PERCENTAGE,
            IndicatorValue.percentage(new BigDecimal("100.5")));

    ValidationResult result = one("INDICATOR_PERCENTAGE_RANGE", indicator);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("INDICATOR_PERCENTAGE_RANGE", "indicators[share].targets[0]"));
  }

  @Test
  void percentagesFromZeroToHundredAreNotReported() {
    Indicator indicator =
        Fixtures.indicator(
                "share",
                "field",
                MeasureKind.PERCENTAGE,
                IndicatorValue.percentage(new BigDecimal("100")))
            .withBaseline(
                Baseline.builder().value(IndicatorValue.percentage(BigDecimal.ZERO)).build());

    assertThat(one("INDICATOR_PERCENTAGE_RANGE", indicator).findings()).isEmpty();
  }

  @Test
  void measurementDatedAfterTheAsOfDateIsReported() {
    Indicator indicator =
        interviews()
            .withMeasurements(
                Measurement.builder()
                    .value(IndicatorValue.count(75))
                    .date(date("2015-12-01"))
                    .build());

    ValidationResult result = one("INDICATOR_MEASUREMENT_AFTER_AS_OF", indicator);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("INDICATOR_MEASUREMENT_AFTER_AS_OF", "indicators[interviews].measurements[0]"));
  }

  @Test
  void measurementDatedByALaterMonthIsNotReported() {
    Indicator indicator =
        interviews()
            .withMeasurements(
                Measurement.builder()
                    .value(IndicatorValue.count(75))
                    .date(date("by 2016-01"))
                    .build());

    assertThat(one("INDICATOR_MEASUREMENT_AFTER_AS_OF", indicator).findings()).isEmpty();
  }

  @Test
  void commitmentIsTargetedWhenAnyOfItsIndicatorsHasATargetWhateverTheirOrder() {
    ReformProgramme p = programme();
    Indicator targeted = p.indicators().get(1);
    Indicator untargeted = targeted.withId(IndicatorId.of("field-count")).withTargets();

    ReformProgramme untargetedFirst =
        p.withIndicators(p.indicators().get(0), untargeted, targeted, p.indicators().get(2));
    ReformProgramme untargetedLast =
        p.withIndicators(p.indicators().get(0), targeted, untargeted, p.indicators().get(2));
    ReformProgramme onlyUntargeted =
        p.withIndicators(p.indicators().get(0), untargeted, p.indicators().get(2));

    assertThat(run("MONITORING_INDICATOR_TARGET", untargetedFirst).findings()).isEmpty();
    assertThat(run("MONITORING_INDICATOR_TARGET", untargetedLast).findings()).isEmpty();
    ValidationResult result = run("MONITORING_INDICATOR_TARGET", onlyUntargeted);
    assertThat(codesAndPaths(result))
        .containsExactly(tuple("MONITORING_INDICATOR_TARGET", "commitments[field]"));
    assertThat(result.findings().get(0).messageKey())
        .isEqualTo("MONITORING_INDICATOR_TARGET.target");
  }

  @Test
  void frameworkWithoutTargetsNeedsOneIndicatorPerCommitmentTargetedOrNot() {
    ReformProgramme p = programme();
    p = p.withMonitoringFramework(p.monitoringFramework().orElseThrow().withWithTargets(false));
    Indicator untargeted = p.indicators().get(1).withTargets();

    assertThat(
            run(
                    "MONITORING_INDICATOR_TARGET",
                    p.withIndicators(p.indicators().get(0), untargeted, p.indicators().get(2)))
                .findings())
        .isEmpty();
    ValidationResult result =
        run(
            "MONITORING_INDICATOR_TARGET",
            p.withIndicators(p.indicators().get(0), p.indicators().get(2)));
    assertThat(codesAndPaths(result))
        .containsExactly(tuple("MONITORING_INDICATOR_TARGET", "commitments[field]"));
    assertThat(result.findings().get(0).messageKey())
        .isEqualTo("MONITORING_INDICATOR_TARGET.indicator");
  }

  @Test
  void percentagesOutOfRangeAreReportedAtTheBaselineTargetOrMeasurementTheyAreIn() {
    Indicator indicator =
        Fixtures.indicator(
                "share", "field", MeasureKind.PERCENTAGE, IndicatorValue.percentage(BigDecimal.TEN))
            .withBaseline(
                Baseline.builder().value(IndicatorValue.percentage(new BigDecimal("-1"))).build())
            .withTargets(
                Target.builder().value(IndicatorValue.percentage(BigDecimal.TEN)).build(),
                Target.builder().value(IndicatorValue.percentage(new BigDecimal("101"))).build())
            .withMeasurements(
                Measurement.builder()
                    .value(IndicatorValue.percentage(BigDecimal.ONE))
                    .date(date("2015-01"))
                    .build(),
                Measurement.builder()
                    .value(IndicatorValue.percentage(BigDecimal.ONE))
                    .date(date("2015-02"))
                    .build(),
                Measurement.builder()
                    .value(IndicatorValue.percentage(new BigDecimal("200")))
                    .date(date("2015-03"))
                    .build());

    ValidationResult result = one("INDICATOR_PERCENTAGE_RANGE", indicator);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("INDICATOR_PERCENTAGE_RANGE", "indicators[share].baseline"),
            tuple("INDICATOR_PERCENTAGE_RANGE", "indicators[share].targets[1]"),
            tuple("INDICATOR_PERCENTAGE_RANGE", "indicators[share].measurements[2]"));
  }

  @Test
  void valuesOfAnotherKindAreReportedAtTheBaselineTargetOrMeasurementTheyAreIn() {
    Indicator indicator =
        interviews()
            .withBaseline(
                Baseline.builder().value(IndicatorValue.percentage(BigDecimal.ONE)).build())
            .withTargets(
                Target.builder().value(IndicatorValue.count(75)).build(),
                Target.builder().value(IndicatorValue.percentage(BigDecimal.TEN)).build());

    ValidationResult result = one("INDICATOR_VALUE_UNIT", indicator);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("INDICATOR_VALUE_UNIT", "indicators[interviews].baseline"),
            tuple("INDICATOR_VALUE_UNIT", "indicators[interviews].targets[1]"));
  }
}
