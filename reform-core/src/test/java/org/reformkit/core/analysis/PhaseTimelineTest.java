package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.date;
import static org.reformkit.core.analysis.Fixtures.phase;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Status;

class PhaseTimelineTest {
  private static TimelineRow only(Phase phase, LocalDate asOf) {
    return PhaseTimeline.of(
            Fixtures.programme()
                .addCommitment(Fixtures.commitment("c", Status.IN_PROGRESS).addPhase(phase).build())
                .build(),
            asOf)
        .rows()
        .get(0);
  }

  @Test
  void unfinishedPhaseIsOverdueOnlyOnceItsPlannedEndHasCertainlyPassed() {
    Phase phase = phase("a", Status.IN_PROGRESS).plannedEnd(date("by 2015")).build();

    assertThat(only(phase, LocalDate.of(2015, 12, 31)).schedule()).isEqualTo(Schedule.ON_TIME);
    assertThat(only(phase, LocalDate.of(2016, 1, 1)).schedule()).isEqualTo(Schedule.OVERDUE);
  }

  @Test
  void completedPhaseIsDoneLateEarlyOrOnTimeByItsEndSlippage() {
    Phase.Builder base = phase("a", Status.COMPLETED).plannedEnd(date("2015-07-15"));
    LocalDate day = LocalDate.of(2016, 1, 1);

    assertThat(
            only(
                    phase("a", Status.COMPLETED)
                        .plannedEnd(date("2015-07-15"))
                        .actualEnd(date("2015-08-01"))
                        .build(),
                    day)
                .schedule())
        .isEqualTo(Schedule.DONE_LATE);
    assertThat(
            only(
                    phase("a", Status.COMPLETED)
                        .plannedEnd(date("2015-07-15"))
                        .actualEnd(date("2015-07-01"))
                        .build(),
                    day)
                .schedule())
        .isEqualTo(Schedule.DONE_EARLY);
    assertThat(only(base.actualEnd(date("2015-07")).build(), day).schedule())
        .isEqualTo(Schedule.DONE_ON_TIME);
  }

  @Test
  void completedPhaseWithoutDatesIsJustDone() {
    assertThat(only(phase("a", Status.COMPLETED).build(), LocalDate.of(2015, 11, 1)).schedule())
        .isEqualTo(Schedule.DONE);
  }

  @Test
  void endSlippageIsInDaysWhenBothEndsAreStatedToTheDay() {
    TimelineRow row =
        only(
            phase("a", Status.COMPLETED)
                .plannedEnd(date("2015-07-15"))
                .actualEnd(date("2015-08-01"))
                .build(),
            LocalDate.of(2016, 1, 1));

    assertThat(row.endSlippage().flatMap(Slippage::exactDays)).contains(17L);
  }

  @Test
  void onAnEarlierDayAPhaseCompletedLaterWasStillInProgress() {
    TimelineRow row =
        only(
            phase("a", Status.COMPLETED)
                .actualStart(date("2015-07"))
                .actualEnd(date("2015-10"))
                .build(),
            LocalDate.of(2015, 8, 15));

    assertThat(row.recordedStatus()).contains(Status.COMPLETED);
    assertThat(row.statusAsOf()).contains(Status.IN_PROGRESS);
  }

  @Test
  void beforeItsActualStartAPhaseHadNotStarted() {
    TimelineRow row =
        only(
            phase("a", Status.IN_PROGRESS).actualStart(date("2015-07")).build(),
            LocalDate.of(2015, 3, 1));

    assertThat(row.statusAsOf()).contains(Status.NOT_STARTED);
    assertThat(row.schedule()).isEqualTo(Schedule.NOT_DUE);
  }

  @Test
  void phaseNotStartedAfterItsPlannedStartIsALateStart() {
    assertThat(
            only(
                    phase("a", Status.NOT_STARTED).plannedStart(date("2015-07")).build(),
                    LocalDate.of(2015, 8, 1))
                .schedule())
        .isEqualTo(Schedule.LATE_START);
  }

  @Test
  void phaseStartedCertainlyLateIsLate() {
    assertThat(
            only(
                    phase("a", Status.IN_PROGRESS)
                        .plannedStart(date("2015-03"))
                        .actualStart(date("2015-07"))
                        .plannedEnd(date("2016"))
                        .build(),
                    LocalDate.of(2015, 8, 1))
                .schedule())
        .isEqualTo(Schedule.LATE);
  }

  @Test
  void commitmentWithoutPhasesIsOneRowJudgedByItsDueDate() {
    PhaseTimeline timeline =
        PhaseTimeline.of(
            Fixtures.programme()
                .addCommitment(
                    Fixtures.commitment("q", Status.IN_PROGRESS).due(date("by 2015")).build())
                .build(),
            LocalDate.of(2016, 3, 1));

    TimelineRow row = timeline.row(ElementPath.parse("commitments[q]")).get();
    assertThat(row.phase()).isEmpty();
    assertThat(row.plannedEnd()).contains(date("by 2015"));
    assertThat(row.schedule()).isEqualTo(Schedule.OVERDUE);
  }

  @Test
  void printsChineseLabelsAndNames() {
    String printed =
        PhaseTimeline.of(
                Fixtures.programme()
                    .addCommitment(
                        Fixtures.commitment("c", Status.IN_PROGRESS)
                            .addPhase(phase("a", Status.COMPLETED).build())
                            .build())
                    .build(),
                LocalDate.of(2015, 11, 1))
            .toTable(Locale.CHINESE)
            .toString();

    assertThat(printed)
        .startsWith("改革承诺        阶段           2015-11-01 状态")
        .contains("中Commitment c  (a) 中Phase a  已完成");
  }
}
