package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.bpr;
import static org.reformkit.core.rules.Fixtures.bprPhase;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.replace;
import static org.reformkit.core.rules.Fixtures.run;
import static org.reformkit.core.rules.Fixtures.withBprPhase;

import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.Status;

class PhaseRulesTest {

  @Test
  void completedPhaseAfterNotStartedPhaseIsReported() {
    ValidationResult result =
        run(
            "PHASE_ORDER",
            withBprPhase(
                bprPhase("e").withStatus(Status.COMPLETED).withActualEnd(date("2015-10"))));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("PHASE_ORDER", "commitments[bpr].phases[e]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Phase e is completed while the earlier phase d is not started");
  }

  @Test
  void phasesBegunInTheirOrderAreNotReported() {
    assertThat(run("PHASE_ORDER", programme()).findings()).isEmpty();
    assertThat(
            run(
                    "PHASE_ORDER",
                    withBprPhase(bprPhase("d").withStatus(Status.CANCELLED))
                        .withCommitments(
                            bpr()
                                .withPhases(
                                    bprPhase("a"),
                                    bprPhase("b").withStatus(Status.CANCELLED),
                                    bprPhase("c"))))
                .findings())
        .isEmpty();
  }

  @Test
  void completedPhaseWithoutActualEndIsAWarning() {
    ValidationResult result =
        run(
            "PHASE_COMPLETED_WITHOUT_END",
            withBprPhase(bprPhase("a").withActualEnd(java.util.Optional.empty())));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("PHASE_COMPLETED_WITHOUT_END", "commitments[bpr].phases[a]"));
    assertThat(result.findings().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void completedPhaseWithActualEndIsNotReported() {
    assertThat(run("PHASE_COMPLETED_WITHOUT_END", programme()).findings()).isEmpty();
  }

  @Test
  void phaseNotStartedWithAnActualEndIsReported() {
    ValidationResult result =
        run(
            "PHASE_NOT_STARTED_WITH_ACTUAL_DATES",
            withBprPhase(bprPhase("d").withActualEnd(date("2015-10"))));

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("PHASE_NOT_STARTED_WITH_ACTUAL_DATES", "commitments[bpr].phases[d]"));
  }

  @Test
  void phaseNotStartedWithOnlyPlannedDatesIsNotReported() {
    assertThat(
            run(
                    "PHASE_NOT_STARTED_WITH_ACTUAL_DATES",
                    withBprPhase(bprPhase("d").withPlannedStart(date("2016-01"))))
                .findings())
        .isEmpty();
  }

  @Test
  void actualEndCertainlyAfterTheAsOfDateIsReported() {
    ValidationResult result =
        run(
            "PHASE_ACTUAL_DATE_AFTER_AS_OF",
            withBprPhase(bprPhase("b").withActualEnd(date("2015-12"))));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("PHASE_ACTUAL_DATE_AFTER_AS_OF", "commitments[bpr].phases[b]"));
    assertThat(result.findings().get(0).messageKey())
        .isEqualTo("PHASE_ACTUAL_DATE_AFTER_AS_OF.end");
  }

  @Test
  void actualDateInTheAsOfMonthOrQualifiedByIsNotReported() {
    assertThat(
            run(
                    "PHASE_ACTUAL_DATE_AFTER_AS_OF",
                    withBprPhase(bprPhase("b").withActualEnd(date("2015-11"))))
                .findings())
        .isEmpty();
    assertThat(
            run(
                    "PHASE_ACTUAL_DATE_AFTER_AS_OF",
                    withBprPhase(bprPhase("b").withActualEnd(date("by 2016"))))
                .findings())
        .isEmpty();
  }

  @Test
  void actualEndBeforeActualStartIsReported() {
    ValidationResult result =
        run("PHASE_END_BEFORE_START", withBprPhase(bprPhase("a").withActualEnd(date("2015-06"))));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("PHASE_END_BEFORE_START", "commitments[bpr].phases[a]"));
    assertThat(result.findings().get(0).messageKey()).isEqualTo("PHASE_END_BEFORE_START.actual");
  }

  @Test
  void endInTheSameMonthAsTheStartIsNotReported() {
    assertThat(
            run(
                    "PHASE_END_BEFORE_START",
                    withBprPhase(
                        bprPhase("a")
                            .withActualStart(date("2015-07-20"))
                            .withActualEnd(date("2015-07"))))
                .findings())
        .isEmpty();
  }

  @Test
  void phaseInProgressPastItsPlannedEndIsOverdue() {
    ValidationResult result =
        run("PHASE_OVERDUE", withBprPhase(bprPhase("c").withPlannedEnd(date("2015-10"))));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("PHASE_OVERDUE", "commitments[bpr].phases[c]"));
  }

  @Test
  void phaseDueInTheAsOfMonthIsNotYetOverdue() {
    assertThat(
            run("PHASE_OVERDUE", withBprPhase(bprPhase("c").withPlannedEnd(date("2015-11"))))
                .findings())
        .isEmpty();
    assertThat(
            run("PHASE_OVERDUE", withBprPhase(bprPhase("a").withPlannedEnd(date("2015-08"))))
                .findings())
        .isEmpty();
  }

  @Test
  void phaseNotStartedAfterItsPlannedStartIsNoted() {
    ValidationResult result =
        run("PHASE_LATE_START", withBprPhase(bprPhase("d").withPlannedStart(date("2015-10"))));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("PHASE_LATE_START", "commitments[bpr].phases[d]"));
    assertThat(result.findings().get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void phasePlannedToStartFromNextYearIsNotLate() {
    assertThat(run("PHASE_LATE_START", programme()).findings()).isEmpty();
  }

  @Test
  void completedCommitmentWithAPhaseUnderWayIsReported() {
    ValidationResult result =
        run("COMMITMENT_STATUS_PHASES", replace(programme(), bpr().withStatus(Status.COMPLETED)));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("COMMITMENT_STATUS_PHASES", "commitments[bpr]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Commitment bpr is completed but its phase c is in progress");
  }

  @Test
  void commitmentInProgressWithPhasesUnderWayIsNotReported() {
    assertThat(run("COMMITMENT_STATUS_PHASES", programme()).findings()).isEmpty();
    assertThat(
            run(
                    "COMMITMENT_STATUS_PHASES",
                    replace(programme(), bpr().withStatus(Status.NOT_STARTED).withPhases()))
                .findings())
        .isEmpty();
  }

  @Test
  void commitmentDueBeforeItStartsIsReported() {
    Commitment field = programme().commitments().get(1).withDue(date("2012"));

    ValidationResult result = run("COMMITMENT_DUE_BEFORE_START", replace(programme(), field));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("COMMITMENT_DUE_BEFORE_START", "commitments[field]"));
  }

  @Test
  void commitmentDueInTheYearItStartsIsNotReported() {
    Commitment field = programme().commitments().get(1).withDue(date("2013-03"));

    assertThat(run("COMMITMENT_DUE_BEFORE_START", replace(programme(), field)).findings())
        .isEmpty();
  }

  @Test
  void commitmentPastItsDueDateIsOverdue() {
    Commitment field = programme().commitments().get(1).withDue(date("by 2015-06"));

    ValidationResult result = run("COMMITMENT_OVERDUE", replace(programme(), field));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("COMMITMENT_OVERDUE", "commitments[field]"));
  }

  @Test
  void commitmentDueByTheEndOfTheYearIsNotYetOverdue() {
    assertThat(run("COMMITMENT_OVERDUE", programme()).findings()).isEmpty();
  }

  @Test
  void milestonePastItsDueDateIsOverdue() {
    Milestone late = bpr().milestones().get(0).withDue(date("2015-06"));

    ValidationResult result =
        run("MILESTONE_OVERDUE", replace(programme(), bpr().withMilestones(late)));

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("MILESTONE_OVERDUE", "commitments[bpr].milestones[remaining-items]"));
  }

  @Test
  void milestoneDueByTheEndOfTheYearOrReachedIsNotOverdue() {
    Milestone reached =
        bpr().milestones().get(0).withDue(date("2015-06")).withStatus(Status.COMPLETED);

    assertThat(run("MILESTONE_OVERDUE", programme()).findings()).isEmpty();
    assertThat(
            run("MILESTONE_OVERDUE", replace(programme(), bpr().withMilestones(reached)))
                .findings())
        .isEmpty();
  }
}
