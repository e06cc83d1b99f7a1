package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;

/** Rules on indicators, their values and the monitoring framework. Internal. */
final class IndicatorRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IndicatorRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(
        monitoringIndicatorTarget(),
        valueUnit(),
        baselineBeforeTarget(),
        percentageRange(),
        measurementAfterAsOf());
  }

  static Rule<ReformProgramme> monitoringIndicatorTarget() {
    String code = "MONITORING_INDICATOR_TARGET";
    return define(
        Rule.builder(code, ReformProgramme.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("Every commitment under a monitoring framework has an indicator with a target")
            .description(
                "When the programme has a monitoring framework with targets, each commitment"
                    + " that is not cancelled needs at least one indicator that tracks it and has"
                    + " a target (a framework without targets needs at least one indicator)."
                    + " While the framework itself is not completed (or its status is not stated),"
                    + " the finding is at most a warning; a commitment whose status is not stated"
                    + " is checked, since only a cancelled one is exempt. A programme without a"
                    + " framework is skipped.")
            .messages(MessageKey.variants(code, "target", "indicator")),
        (programme, at) -> {
          if (programme.monitoringFramework().isEmpty()) {
            return;
          }
          MonitoringFramework framework = programme.monitoringFramework().get();
          Severity mildest =
              framework.status().equals(Optional.of(Status.COMPLETED))
                  ? Severity.ERROR
                  : Severity.WARNING;
          // one pass over the indicators: a commitment is tracked if it is a key, targeted if true
          Map<CommitmentId, Boolean> targetedByCommitment = new HashMap<>();
          for (Indicator indicator : programme.indicators()) {
            indicator
                .commitment()
                .ifPresent(
                    id ->
                        targetedByCommitment.merge(
                            id, !indicator.targets().isEmpty(), Boolean::logicalOr));
          }
          for (Commitment commitment : programme.commitments()) {
            if (commitment.status().equals(Optional.of(Status.CANCELLED))) {
              continue;
            }
            Boolean targetedOrAbsent = targetedByCommitment.get(commitment.id());
            boolean tracked = targetedOrAbsent != null;
            boolean targeted = Boolean.TRUE.equals(targetedOrAbsent);
            ElementPath path = at.path().key("commitments", commitment.id());
            if (framework.withTargets() && !targeted) {
              at.reportAtMost(
                  mildest,
                  path,
                  MessageKey.of(code, "target"),
                  values("commitment", commitment.id(), "framework", framework.status()));
            } else if (!framework.withTargets() && !tracked) {
              at.reportAtMost(
                  mildest,
                  path,
                  MessageKey.of(code, "indicator"),
                  values("commitment", commitment.id(), "framework", framework.status()));
            }
          }
        });
  }

  /** A check of one value of an indicator, told where the value lies. */
  @FunctionalInterface
  private interface ValueCheck {
    /**
     * Checks one value.
     *
     * @param value the value
     * @param field {@code baseline}, {@code targets} or {@code measurements}
     * @param position the position in the targets or measurements; -1 for the baseline
     */
    void check(IndicatorValue value, String field, int position);
  }

  /** Runs the check on the baseline, then every target, then every measurement, in order. */
  private static void forEachValue(Indicator indicator, ValueCheck check) {
    indicator.baseline().ifPresent(b -> check.check(b.value(), "baseline", -1));
    ImmutableList<Target> targets = indicator.targets();
    for (int i = 0; i < targets.size(); i++) {
      check.check(targets.get(i).value(), "targets", i);
    }
    ImmutableList<Measurement> measurements = indicator.measurements();
    for (int i = 0; i < measurements.size(); i++) {
      check.check(measurements.get(i).value(), "measurements", i);
    }
  }

  /**
   * The path of a value below its indicator: {@code baseline}, {@code targets[i]} or {@code
   * measurements[i]}; built only for a value that is reported.
   */
  private static ElementPath valuePath(ElementPath indicatorPath, String field, int position) {
    return position < 0 ? indicatorPath.field(field) : indicatorPath.index(field, position);
  }

  static Rule<Indicator> valueUnit() {
    String code = "INDICATOR_VALUE_UNIT";
    return define(
        Rule.builder(code, Indicator.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("Baseline, targets and measurements are in the indicator's unit")
            .description(
                "Each value of an indicator (baseline, targets, measurements) must be of the"
                    + " indicator's kind of measure (a count for a count, a percentage for a"
                    + " percentage, ...), and an amount must be in the indicator's currency. An"
                    + " indicator without values is silent.")
            .messages(MessageKey.variants(code, "kind", "currency")),
        (indicator, at) -> {
          Measure measure = indicator.measure();
          forEachValue(
              indicator,
              (value, field, position) -> {
                if (value.kind() != measure.kind()) {
                  at.report(
                      valuePath(at.path(), field, position),
                      MessageKey.of(code, "kind"),
                      values(
                          "indicator", indicator.id(),
                          "value", value,
                          "valueKind", value.kind(),
                          "measureKind", measure.kind()));
                } else if (!value.currency().equals(measure.currency())) {
                  at.report(
                      valuePath(at.path(), field, position),
                      MessageKey.of(code, "currency"),
                      values(
                          "indicator", indicator.id(),
                          "value", value,
                          "currency", measure.currency()));
                }
              });
        });
  }

  static Rule<Indicator> baselineBeforeTarget() {
    String code = "INDICATOR_BASELINE_BEFORE_TARGET";
    return define(
        Rule.builder(code, Indicator.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("An indicator's baseline comes before its targets")
            .description(
                "A target whose due date certainly lies before the date of the baseline is"
                    + " reported. Skipped when the baseline, its date or the target's due date is"
                    + " absent.")
            .messages(MessageKey.of(code)),
        (indicator, at) -> {
          Optional<PartialDate> baselineDate = indicator.baseline().flatMap(Baseline::date);
          if (baselineDate.isEmpty()) {
            return;
          }
          for (int i = 0; i < indicator.targets().size(); i++) {
            Optional<PartialDate> due = indicator.targets().get(i).due();
            if (due.isPresent() && due.get().isCertainlyBefore(baselineDate.get())) {
              at.report(
                  at.path().index("targets", i),
                  MessageKey.of(code),
                  values(
                      "indicator", indicator.id(),
                      "due", due.get(),
                      "baseline", baselineDate.get()));
            }
          }
        });
  }

  static Rule<Indicator> percentageRange() {
    String code = "INDICATOR_PERCENTAGE_RANGE";
    return define(
        Rule.builder(code, Indicator.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("Percentages lie between 0 and 100")
            .description(
                "A percentage value (baseline, target or measurement) below 0 or above 100 is"
                    + " reported. Values of other kinds are not checked.")
            .messages(MessageKey.of(code)),
        (indicator, at) -> {
          forEachValue(
              indicator,
              (value, field, position) -> {
                if (value.kind() == MeasureKind.PERCENTAGE && value.number().isPresent()) {
                  BigDecimal number = value.number().get();
                  if (number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
                    at.report(
                        valuePath(at.path(), field, position),
                        MessageKey.of(code),
                        values("indicator", indicator.id(), "value", number));
                  }
                }
              });
        });
  }

  static Rule<Indicator> measurementAfterAsOf() {
    String code = "INDICATOR_MEASUREMENT_AFTER_AS_OF";
    return define(
        Rule.builder(code, Indicator.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("No measurement or baseline is dated after the as-of date")
            .description(
                "A measurement, or a baseline, whose date certainly lies after the as-of date"
                    + " of the validation is reported: it cannot have been measured yet. A"
                    + " partial date that may still be on or before the as-of date, and a"
                    + " baseline without a date, are skipped.")
            .messages(MessageKey.variants(code, "measurement", "baseline")),
        (indicator, at) -> {
          indicator
              .baseline()
              .flatMap(Baseline::date)
              .filter(d -> d.isCertainlyAfter(at.asOf()))
              .ifPresent(
                  d ->
                      at.report(
                          at.path().field("baseline"),
                          MessageKey.of(code, "baseline"),
                          values("indicator", indicator.id(), "date", d, "asOf", at.asOf())));
          for (int i = 0; i < indicator.measurements().size(); i++) {
            PartialDate date = indicator.measurements().get(i).date();
            if (date.isCertainlyAfter(at.asOf())) {
              at.report(
                  at.path().index("measurements", i),
                  MessageKey.of(code, "measurement"),
                  values("indicator", indicator.id(), "date", date, "asOf", at.asOf()));
            }
          }
        });
  }
}
