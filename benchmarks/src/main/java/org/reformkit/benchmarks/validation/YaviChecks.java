package org.reformkit.benchmarks.validation;

import am.ik.yavi.builder.ValidatorBuilder;
import am.ik.yavi.core.ConstraintViolations;
import am.ik.yavi.core.Validator;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.reformkit.benchmarks.plain.PlainBaseline;
import org.reformkit.benchmarks.plain.PlainCommitment;
import org.reformkit.benchmarks.plain.PlainEngagement;
import org.reformkit.benchmarks.plain.PlainIndicator;
import org.reformkit.benchmarks.plain.PlainMeasurement;
import org.reformkit.benchmarks.plain.PlainPhase;
import org.reformkit.benchmarks.plain.PlainPost;
import org.reformkit.benchmarks.plain.PlainPostLine;
import org.reformkit.benchmarks.plain.PlainPostTotal;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.benchmarks.plain.PlainTarget;
import org.reformkit.benchmarks.plain.PlainValue;
import org.reformkit.core.model.MeasureKind;

/**
 * The {@link SharedChecks} as YAVI validators over the plain classes: the second baseline of the
 * shared checks, beside Hibernate Validator on the annotated {@code Checked*} classes.
 *
 * <p>Written as a user who embeds YAVI for speed would: one validator per class, built once with
 * {@link ValidatorBuilder}, nested with {@code nest}/{@code forEachIfPresent}, no reflection; its
 * regular expressions are compiled once, as YAVI's {@code pattern(Pattern)} allows. The constraints
 * are those of the {@code Checked*} classes, one for one: an optional value or list (absent in the
 * plain classes as {@code null}) is checked only when present, as Bean Validation does.
 */
public final class YaviChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  // compiled once: YAVI's pattern(String) compiles its expression at every value it checks
  private static final Pattern ID = Pattern.compile(SharedChecks.IDENTIFIER);
  private static final Pattern DATE = Pattern.compile(SharedChecks.PARTIAL_DATE);
  private static final Pattern CURRENCY = Pattern.compile(SharedChecks.CURRENCY);

  private static final Validator<String> IDENTIFIER =
      ValidatorBuilder.<String>of()._string(s -> s, "", c -> c.pattern(ID)).build();

  private static final Validator<PlainValue> VALUE =
      ValidatorBuilder.<PlainValue>of()
          .constraint(PlainValue::getKind, "kind", c -> c.notNull())
          .constraint(PlainValue::getCurrency, "currency", c -> c.pattern(CURRENCY))
          .constraintOnCondition(
              (value, group) -> value.getKind() == MeasureKind.PERCENTAGE,
              b ->
                  b.constraint(
                      PlainValue::getNumber,
                      "number",
                      c -> c.greaterThanOrEqual(BigDecimal.ZERO).lessThanOrEqual(HUNDRED)))
          .build();

  private static final Validator<PlainBaseline> BASELINE =
      ValidatorBuilder.<PlainBaseline>of()
          .nest(PlainBaseline::getValue, "value", VALUE)
          .constraint(PlainBaseline::getDate, "date", c -> c.pattern(DATE))
          .build();

  private static final Validator<PlainTarget> TARGET =
      ValidatorBuilder.<PlainTarget>of()
          .nest(PlainTarget::getValue, "value", VALUE)
          .constraint(PlainTarget::getDue, "due", c -> c.pattern(DATE))
          .build();

  private static final Validator<PlainMeasurement> MEASUREMENT =
      ValidatorBuilder.<PlainMeasurement>of()
          .nest(PlainMeasurement::getValue, "value", VALUE)
          .constraint(PlainMeasurement::getDate, "date", c -> c.notNull().pattern(DATE))
          .build();

  private static final Validator<PlainIndicator> INDICATOR =
      ValidatorBuilder.<PlainIndicator>of()
          .constraint(PlainIndicator::getId, "id", c -> c.notNull().pattern(ID))
          .constraint(PlainIndicator::getName, "name", c -> c.notNull().notEmpty())
          .constraintOnObject(PlainIndicator::getMeasure, "measure", c -> c.notNull())
          .constraint(PlainIndicator::getDirection, "direction", c -> c.notNull())
          .nestIfPresent(PlainIndicator::getBaseline, "baseline", BASELINE)
          .forEachIfPresent(PlainIndicator::getTargets, "targets", TARGET)
          .forEachIfPresent(PlainIndicator::getMeasurements, "measurements", MEASUREMENT)
          .constraint(PlainIndicator::getCommitment, "commitment", c -> c.pattern(ID))
          .build();

  private static final Validator<PlainPhase> PHASE =
      ValidatorBuilder.<PlainPhase>of()
          .constraint(PlainPhase::getId, "id", c -> c.notNull().pattern(ID))
          .constraint(PlainPhase::getName, "name", c -> c.notNull().notEmpty())
          .constraint(PlainPhase::getStatus, "status", c -> c.notNull())
          .constraint(PlainPhase::getPlannedStart, "plannedStart", c -> c.pattern(DATE))
          .constraint(PlainPhase::getPlannedEnd, "plannedEnd", c -> c.pattern(DATE))
          .constraint(PlainPhase::getActualStart, "actualStart", c -> c.pattern(DATE))
          .constraint(PlainPhase::getActualEnd, "actualEnd", c -> c.pattern(DATE))
          .constraintOnTarget(
              phase -> SharedChecks.inOrder(phase.getPlannedStart(), phase.getPlannedEnd()),
              "plannedInOrder",
              "phase.plannedInOrder",
              "planned start is after planned end")
          .constraintOnTarget(
              phase -> SharedChecks.inOrder(phase.getActualStart(), phase.getActualEnd()),
              "actualInOrder",
              "phase.actualInOrder",
              "actual start is after actual end")
          .build();

  private static final Validator<PlainCommitment> COMMITMENT =
      ValidatorBuilder.<PlainCommitment>of()
          .constraint(PlainCommitment::getId, "id", c -> c.notNull().pattern(ID))
          .constraint(PlainCommitment::getTitle, "title", c -> c.notNull().notEmpty())
          .constraint(PlainCommitment::getStatus, "status", c -> c.notNull())
          .constraint(PlainCommitment::getStarted, "started", c -> c.pattern(DATE))
          .constraint(PlainCommitment::getDue, "due", c -> c.pattern(DATE))
          .forEachIfPresent(PlainCommitment::getDependsOn, "dependsOn", IDENTIFIER)
          .forEachIfPresent(PlainCommitment::getPhases, "phases", PHASE)
          .build();

  private static final Validator<PlainPostLine> POST_LINE =
      ValidatorBuilder.<PlainPostLine>of()
          .constraint(PlainPostLine::getId, "id", c -> c.notNull().pattern(ID))
          .constraint(PlainPostLine::getCount, "count", c -> c.positive())
          .constraintOnObject(PlainPostLine::getLocation, "location", c -> c.notNull())
          .constraint(PlainPostLine::getCategory, "category", c -> c.notNull())
          .constraintOnObject(PlainPostLine::getOrigin, "origin", c -> c.notNull())
          .constraint(PlainPostLine::getCommitment, "commitment", c -> c.pattern(ID))
          .build();

  private static final Validator<PlainPost> POST =
      ValidatorBuilder.<PlainPost>of()
          .constraint(PlainPost::getId, "id", c -> c.notNull().pattern(ID))
          .constraintOnObject(PlainPost::getLocation, "location", c -> c.notNull())
          .constraint(PlainPost::getCategory, "category", c -> c.notNull())
          .constraintOnObject(PlainPost::getOrigin, "origin", c -> c.notNull())
          .constraint(PlainPost::getCommitment, "commitment", c -> c.pattern(ID))
          .build();

  private static final Validator<PlainPostTotal> POST_TOTAL =
      ValidatorBuilder.<PlainPostTotal>of()
          .constraint(PlainPostTotal::getId, "id", c -> c.notNull().pattern(ID))
          .constraint(PlainPostTotal::getDescription, "description", c -> c.notNull().notEmpty())
          .constraint(PlainPostTotal::getCount, "count", c -> c.positiveOrZero())
          .forEachIfPresent(PlainPostTotal::getLines, "lines", IDENTIFIER)
          .build();

  private static final Validator<PlainEngagement> ENGAGEMENT =
      ValidatorBuilder.<PlainEngagement>of()
          .constraint(PlainEngagement::getId, "id", c -> c.notNull().pattern(ID))
          .constraint(PlainEngagement::getKinds, "kinds", c -> c.notNull().notEmpty())
          .constraint(PlainEngagement::getCounterpart, "counterpart", c -> c.notNull())
          .constraint(PlainEngagement::getSubject, "subject", c -> c.notNull().notEmpty())
          .constraint(PlainEngagement::getStatus, "status", c -> c.notNull())
          .build();

  /** The shared checks on a whole programme, built once. */
  public static final Validator<PlainProgramme> PROGRAMME =
      ValidatorBuilder.<PlainProgramme>of()
          .constraint(PlainProgramme::getId, "id", c -> c.notNull().pattern(ID))
          .constraint(PlainProgramme::getName, "name", c -> c.notNull().notEmpty())
          .constraint(PlainProgramme::getStatus, "status", c -> c.notNull())
          .constraint(PlainProgramme::getLaunched, "launched", c -> c.pattern(DATE))
          .forEachIfPresent(PlainProgramme::getCommitments, "commitments", COMMITMENT)
          .forEachIfPresent(PlainProgramme::getPostLines, "postLines", POST_LINE)
          .forEachIfPresent(PlainProgramme::getPosts, "posts", POST)
          .forEachIfPresent(PlainProgramme::getPostTotals, "postTotals", POST_TOTAL)
          .forEachIfPresent(PlainProgramme::getIndicators, "indicators", INDICATOR)
          .forEachIfPresent(PlainProgramme::getEngagements, "engagements", ENGAGEMENT)
          .build();

  private YaviChecks() {}

  /**
   * Runs the shared checks on a programme in plain classes.
   *
   * @param programme the programme
   * @return every violation found, each named by its path ({@code indicators[3].measurements[0]
   *     .value.number})
   */
  public static ConstraintViolations validate(PlainProgramme programme) {
    return PROGRAMME.validate(programme);
  }
}
