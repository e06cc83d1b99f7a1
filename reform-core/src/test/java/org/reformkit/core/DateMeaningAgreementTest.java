package org.reformkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.reformkit.core.analysis.CommitmentProgress;
import org.reformkit.core.analysis.PhaseTimeline;
import org.reformkit.core.analysis.ProgrammeProgress;
import org.reformkit.core.analysis.Schedule;
import org.reformkit.core.analysis.Slippage;
import org.reformkit.core.analysis.TimelineRow;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePrecision;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationContext;
import org.reformkit.core.rules.ValidationResult;

/**
 * The rules and the analyses ask one definition of what a date and a status mean, so for every
 * qualifier, precision, status and as-of day they agree on what is overdue, late and slipped.
 */
class DateMeaningAgreementTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2013, 1, 1);

  private static final Gen<PartialDate> DATES =
      Generate.enumValues(DateQualifier.class)
          .zip(
              Generate.enumValues(DatePrecision.class),
              Generate.range(0, 5 * 365),
              DateMeaningAgreementTest::date);

  private static final Gen<Optional<PartialDate>> MAYBE_DATES =
      Generate.booleans().zip(DATES, (stated, d) -> stated ? Optional.of(d) : Optional.empty());

  private static final Gen<LocalDate> DAYS =
      Generate.range(0, 6 * 365).map(n -> FIRST_DAY.plusDays(n));

  private static final Gen<Status> STATUSES = Generate.enumValues(Status.class);

  private static PartialDate date(DateQualifier qualifier, DatePrecision precision, int offset) {
    LocalDate day = FIRST_DAY.plusDays(offset);
    PartialDate date =
        switch (precision) {
          case YEAR -> PartialDate.ofYear(day.getYear());
          case MONTH -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
          case DAY -> PartialDate.ofDay(day);
        };
    return date.qualified(qualifier);
  }

  @Test
  void anAboutEndPhaseInProgressIsNeitherOverdueByTheRuleNorByTheTimeline() {
    Phase phase =
        phase(Status.IN_PROGRESS, Optional.empty(), Optional.of(PartialDate.parse("about 2015")));
    LocalDate asOf = LocalDate.of(2016, 3, 1);

    assertThat(findings("PHASE_OVERDUE", phase, asOf).findings()).isEmpty();
    assertThat(timelineRow(phase, asOf).schedule()).isEqualTo(Schedule.ON_TIME);
  }

  @Test
  void phaseOverdueAgreesWithTheTimelineForEveryQualifierPrecisionStatusAndDay() {
    qt().forAll(STATUSES, MAYBE_DATES, DATES, DAYS)
        .checkAssert(
            (status, start, end, asOf) -> {
              Phase phase = phase(status, start, Optional.of(end));
              boolean ruleSaysOverdue =
                  !findings("PHASE_OVERDUE", phase, asOf).findings().isEmpty();
              boolean timelineSaysOverdue = timelineRow(phase, asOf).schedule() == Schedule.OVERDUE;

              assertThat(ruleSaysOverdue).isEqualTo(timelineSaysOverdue);
              assertThat(ruleSaysOverdue)
                  .isEqualTo(!status.isClosed() && end.isCertainlyBefore(asOf));
            });
  }

  @Test
  void phaseLateStartAgreesWithTheTimelineForEveryQualifierPrecisionStatusAndDay() {
    qt().forAll(STATUSES, DATES, MAYBE_DATES, DAYS)
        .checkAssert(
            (status, start, end, asOf) -> {
              Phase phase = phase(status, Optional.of(start), end);
              boolean ruleSaysLate =
                  !findings("PHASE_LATE_START", phase, asOf).findings().isEmpty();
              Schedule schedule = timelineRow(phase, asOf).schedule();

              if (schedule == Schedule.LATE_START) {
                assertThat(ruleSaysLate).isTrue();
              }
              if (schedule != Schedule.OVERDUE) {
                assertThat(ruleSaysLate).isEqualTo(schedule == Schedule.LATE_START);
              }
              assertThat(ruleSaysLate)
                  .isEqualTo(status == Status.NOT_STARTED && start.isCertainlyBefore(asOf));
            });
  }

  @Test
  void commitmentOverdueAgreesWithTheTimelineAndMilestoneOverdueWithThePhaseRule() {
    qt().forAll(STATUSES, MAYBE_DATES, DATES, DAYS)
        .checkAssert(
            (status, started, due, asOf) -> {
              Commitment commitment =
                  commitment(status, started, Optional.of(due))
                      .withMilestones(
                          Milestone.builder()
                              .id(MilestoneId.of("m"))
                              .description(LocalizedText.of("en", "Milestone"))
                              .status(status)
                              .due(due)
                              .build());
              ReformProgramme programme = programme(commitment);
              ValidationContext context = ValidationContext.of(asOf, Locale.ENGLISH);
              boolean commitmentOverdue =
                  !RuleSet.standard()
                      .only("COMMITMENT_OVERDUE")
                      .validate(programme, context)
                      .findings()
                      .isEmpty();
              boolean milestoneOverdue =
                  !RuleSet.standard()
                      .only("MILESTONE_OVERDUE")
                      .validate(programme, context)
                      .findings()
                      .isEmpty();
              boolean phaseOverdue =
                  !findings(
                          "PHASE_OVERDUE", phase(status, Optional.empty(), Optional.of(due)), asOf)
                      .findings()
                      .isEmpty();
              TimelineRow row = PhaseTimeline.of(programme, asOf).rows().get(0);

              assertThat(commitmentOverdue).isEqualTo(row.schedule() == Schedule.OVERDUE);
              // a milestone has no actual dates: it agrees with a phase that has none either
              assertThat(milestoneOverdue).isEqualTo(phaseOverdue);
              assertThat(milestoneOverdue)
                  .isEqualTo(!status.isClosed() && due.isCertainlyBefore(asOf));
            });
  }

  @Test
  void programmeProgressTakesEachPhasesStatusOnTheDayAsTheTimelineDoes() {
    qt().forAll(STATUSES, MAYBE_DATES, MAYBE_DATES, DAYS)
        .checkAssert(
            (status, actualStart, actualEnd, asOf) -> {
              Phase phase =
                  phase(status, Optional.empty(), Optional.empty())
                      .withActualStart(actualStart)
                      .withActualEnd(actualEnd);
              ReformProgramme programme =
                  programme(
                      commitment(Status.IN_PROGRESS, Optional.empty(), Optional.empty())
                          .withPhases(phase));
              Status onDay =
                  PhaseTimeline.of(programme, asOf).rows().get(0).statusAsOf().orElseThrow();
              CommitmentProgress progress =
                  ProgrammeProgress.of(programme, asOf).commitments().get(0);

              assertThat(onDay).isEqualTo(status.on(asOf, actualStart, actualEnd));
              assertThat(progress.completed()).isEqualTo(onDay == Status.COMPLETED ? 1 : 0);
              assertThat(progress.begun())
                  .isEqualTo(onDay == Status.IN_PROGRESS || onDay == Status.ON_HOLD ? 1 : 0);
              assertThat(progress.notStarted()).isEqualTo(onDay == Status.NOT_STARTED ? 1 : 0);
              assertThat(progress.cancelled()).isEqualTo(onDay == Status.CANCELLED ? 1 : 0);
            });
  }

  @Test
  void slippedMeansTheActualDateCertainlyFollowsThePlannedOneForEveryQualifier() {
    qt().forAll(DATES, DATES, DAYS)
        .checkAssert(
            (planned, actual, asOf) -> {
              Phase phase =
                  phase(Status.COMPLETED, Optional.empty(), Optional.of(planned))
                      .withActualEnd(actual);
              TimelineRow row = timelineRow(phase, asOf);
              Slippage slip = Slippage.between(planned, actual);

              assertThat(slip.certainlyLate()).isEqualTo(planned.isCertainlyBefore(actual));
              assertThat(slip.certainlyEarly()).isEqualTo(actual.isCertainlyBefore(planned));
              assertThat(row.endSlippage()).contains(slip);
              if (row.statusAsOf().equals(Optional.of(Status.COMPLETED))) {
                assertThat(row.schedule() == Schedule.DONE_LATE).isEqualTo(slip.certainlyLate());
              }
            });
  }

  private static Phase phase(
      Status status, Optional<PartialDate> start, Optional<PartialDate> end) {
    return Phase.builder()
        .id(PhaseId.of("p"))
        .name(LocalizedText.of("en", "Phase"))
        .status(status)
        .plannedStart(start)
        .plannedEnd(end)
        .build();
  }

  private static Commitment commitment(
      Status status, Optional<PartialDate> started, Optional<PartialDate> due) {
    return Commitment.builder()
        .id(CommitmentId.of("c"))
        .title(LocalizedText.of("en", "Commitment"))
        .status(status)
        .started(started)
        .due(due)
        .build();
  }

  private static ReformProgramme programme(Commitment commitment) {
    return ReformProgramme.builder()
        .id(ProgrammeId.of("reform"))
        .name(LocalizedText.of("en", "Reform"))
        .status(Status.IN_PROGRESS)
        .addCommitment(commitment)
        .build();
  }

  private static ValidationResult findings(String code, Phase phase, LocalDate asOf) {
    return RuleSet.standard()
        .only(code)
        .validate(phase, ValidationContext.of(asOf, Locale.ENGLISH));
  }

  private static TimelineRow timelineRow(Phase phase, LocalDate asOf) {
    ReformProgramme programme =
        programme(
            commitment(Status.IN_PROGRESS, Optional.empty(), Optional.empty()).withPhases(phase));
    return PhaseTimeline.of(programme, asOf).rows().get(0);
  }
}
