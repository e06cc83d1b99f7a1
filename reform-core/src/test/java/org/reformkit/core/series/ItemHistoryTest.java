package org.reformkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reformkit.core.series.SeriesFixtures.commitment;
import static org.reformkit.core.series.SeriesFixtures.date;
import static org.reformkit.core.series.SeriesFixtures.milestone;
import static org.reformkit.core.series.SeriesFixtures.phase;
import static org.reformkit.core.series.SeriesFixtures.programme;
import static org.reformkit.core.series.SeriesFixtures.report;
import static org.reformkit.core.series.SeriesFixtures.statement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;

class ItemHistoryTest {
  private static final ElementPath BPR = ElementPath.parse("commitments[bpr]");
  private static final ElementPath PHASE_C = ElementPath.parse("commitments[bpr].phases[c]");

  /** A series in which commitment bpr has the given states, one per report (null: absent). */
  private static ReportSeries commitments(Commitment... states) {
    List<ProgressReport> reports = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      var programme = programme();
      if (states[i] != null) {
        programme.addCommitment(states[i]);
      }
      reports.add(report("GB.3" + (10 + i) + "/INS/1", (2010 + i) + "", programme.build()));
    }
    return ReportSeries.of(reports);
  }

  private static ReportSeries phases(Phase... states) {
    Commitment[] commitments = new Commitment[states.length];
    for (int i = 0; i < states.length; i++) {
      commitments[i] =
          states[i] == null
              ? null
              : commitment("bpr", Status.IN_PROGRESS).addPhase(states[i]).build();
    }
    return commitments(commitments);
  }

  private static Commitment bpr(Status status) {
    return commitment("bpr", status).build();
  }

  private static ItemHistory history(ReportSeries series, ElementPath path) {
    return series.history(path).orElseThrow();
  }

  @Test
  void firstAndLastSeenAreTheFirstAndLastReportsListingTheItem() {
    ItemHistory h =
        history(
            commitments(null, bpr(Status.NOT_STARTED), null, bpr(Status.IN_PROGRESS), null), BPR);

    assertThat(h.firstSeen()).isEqualTo(1);
    assertThat(h.lastSeen()).isEqualTo(3);
    assertThat(h.isInLastReport()).isFalse();
    assertThat(h.name().in(java.util.Locale.ENGLISH)).isEqualTo("Commitment bpr");
  }

  @Test
  void completedAndCancelledAreTheFirstReportsStatingThem() {
    ItemHistory completed =
        history(
            commitments(bpr(Status.IN_PROGRESS), bpr(Status.COMPLETED), bpr(Status.COMPLETED)),
            BPR);
    ItemHistory cancelled =
        history(commitments(bpr(Status.NOT_STARTED), null, bpr(Status.CANCELLED)), BPR);

    assertThat(completed.completedIn()).contains(1);
    assertThat(completed.cancelledIn()).isEmpty();
    assertThat(completed.closedIn()).contains(1);
    assertThat(cancelled.cancelledIn()).contains(2);
    assertThat(cancelled.completedIn()).isEmpty();
    assertThat(cancelled.closedIn()).contains(2);
  }

  @Test
  void anItemAbsentFromTheLastReportAndNeverClosedIsDropped() {
    assertThat(history(commitments(bpr(Status.IN_PROGRESS), null), BPR).isDropped()).isTrue();
    assertThat(history(commitments(bpr(Status.COMPLETED), null), BPR).isDropped()).isFalse();
    assertThat(history(commitments(bpr(Status.CANCELLED), null), BPR).isDropped()).isFalse();
    assertThat(history(commitments(null, bpr(Status.IN_PROGRESS)), BPR).isDropped()).isFalse();
  }

  @Test
  void aCompletedItemStatedBehindCompletedLaterIsReopened() {
    assertThat(
            history(
                    commitments(
                        bpr(Status.COMPLETED), bpr(Status.COMPLETED), bpr(Status.IN_PROGRESS)),
                    BPR)
                .reopenedIn())
        .contains(2);
    assertThat(
            history(commitments(bpr(Status.IN_PROGRESS), bpr(Status.NOT_STARTED)), BPR)
                .reopenedIn())
        .isEmpty();
    // cancelled is not behind completed: unranked, so not proved to be a reopening
    assertThat(history(commitments(bpr(Status.COMPLETED), bpr(Status.CANCELLED)), BPR).reopenedIn())
        .isEmpty();
  }

  @Test
  void anItemUnderWayWithNothingChangedOverKReportsIsStale() {
    Phase stuck = phase("c", Status.IN_PROGRESS).plannedEnd(date("2015-12")).build();
    ItemHistory h = history(phases(stuck, stuck, stuck), PHASE_C);

    assertThat(h.staleRuns(3)).containsExactly(new StaleRun(0, 2));
    assertThat(h.staleRuns(3).get(0).length()).isEqualTo(3);
    assertThat(h.staleRuns(4)).isEmpty();
    assertThat(h.staleRuns(2)).containsExactly(new StaleRun(0, 2));
  }

  @Test
  void aNewDateDeliverableOrStatusBreaksAStaleRun() {
    Phase stuck = phase("c", Status.IN_PROGRESS).build();
    Phase dated = stuck.withActualStart(date("2015-07"));
    Phase delivered =
        dated.withDeliverables(
            Deliverable.builder()
                .id(DeliverableId.of("report"))
                .name(SeriesFixtures.text("Report"))
                .build());

    assertThat(history(phases(stuck, stuck, dated, dated), PHASE_C).staleRuns(2))
        .containsExactly(new StaleRun(0, 1), new StaleRun(2, 3));
    assertThat(history(phases(stuck, dated, delivered), PHASE_C).staleRuns(2)).isEmpty();
    assertThat(
            history(phases(stuck, stuck.withStatus(Status.ON_HOLD), stuck), PHASE_C).staleRuns(2))
        .isEmpty();
  }

  @Test
  void onlyAnItemStatedUnderWayInConsecutiveReportsCanBeStale() {
    Phase notStarted = phase("c", Status.NOT_STARTED).build();
    Phase done = phase("c", Status.COMPLETED).build();
    Phase going = phase("c", Status.IN_PROGRESS).build();

    assertThat(history(phases(notStarted, notStarted, notStarted), PHASE_C).staleRuns(2)).isEmpty();
    assertThat(history(phases(done, done, done), PHASE_C).staleRuns(2)).isEmpty();
    assertThat(history(phases(going, null, going), PHASE_C).staleRuns(2)).isEmpty();
    assertThat(history(phases(going, going, null, going), PHASE_C).staleRuns(2))
        .containsExactly(new StaleRun(0, 1));
  }

  @Test
  void aStaleRunNeedsAtLeastTwoReports() {
    ItemHistory h = history(commitments(bpr(Status.IN_PROGRESS)), BPR);

    assertThatThrownBy(() -> h.staleRuns(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a stale run spans at least 2 reports, not 1");
  }

  @Test
  void aCommitmentIsStaleUntilAnAttachedIndicatorGetsAMeasurement() {
    var indicator =
        org.reformkit.core.model.Indicator.builder()
            .id(org.reformkit.core.model.IndicatorId.of("survey"))
            .name(SeriesFixtures.text("Survey"))
            .measure(
                org.reformkit.core.model.Measure.of(org.reformkit.core.model.MeasureKind.COUNT))
            .direction(org.reformkit.core.model.Direction.HIGHER_IS_BETTER)
            .commitment(org.reformkit.core.model.CommitmentId.of("bpr"))
            .build();
    var measured =
        indicator.withMeasurements(
            org.reformkit.core.model.Measurement.builder()
                .value(org.reformkit.core.model.IndicatorValue.count(75))
                .date(date("2015-10"))
                .build());
    Commitment going = bpr(Status.IN_PROGRESS);
    ReportSeries series =
        ReportSeries.of(
            report(
                "GB.310/INS/1",
                "2010",
                programme().addCommitment(going).addIndicator(indicator).build()),
            report(
                "GB.311/INS/1",
                "2011",
                programme().addCommitment(going).addIndicator(measured).build()),
            report(
                "GB.312/INS/1",
                "2012",
                programme().addCommitment(going).addIndicator(measured).build()));

    assertThat(history(series, BPR).staleRuns(2)).containsExactly(new StaleRun(1, 2));
    assertThat(history(series, ElementPath.parse("indicators[survey]")).staleRuns(2)).isEmpty();
  }

  @Test
  void plannedDatesAreTracedPerReportAndEveryChangeIsAMove() {
    Phase first = phase("c", Status.IN_PROGRESS).plannedEnd(date("2015-12")).build();
    Phase moved = first.withPlannedEnd(date("2016-06")).withPlannedStart(date("2015-01"));
    Phase about = moved.withPlannedEnd(date("about 2016-06"));
    ItemHistory h =
        history(phases(first, phase("c", Status.IN_PROGRESS).build(), moved, about), PHASE_C);

    assertThat(h.plannedDateFields()).containsExactly("plannedEnd", "plannedStart");
    assertThat(h.plannedDates("plannedEnd"))
        .containsExactly(
            Optional.of(date("2015-12")),
            Optional.empty(),
            Optional.of(date("2016-06")),
            Optional.of(date("about 2016-06")));
    assertThat(h.dateMoves())
        .containsExactly(
            new DateMove("plannedEnd", 0, 2, date("2015-12"), date("2016-06"), false),
            new DateMove("plannedEnd", 2, 3, date("2016-06"), date("about 2016-06"), false));
  }

  @Test
  void aMoveIsExplainedByANewStatementOnTheItemOrItsCommitment() {
    Phase first = phase("c", Status.IN_PROGRESS).plannedEnd(date("2015-12")).build();
    Phase moved = first.withPlannedEnd(date("2016-06"));
    ReportSeries byPhase = phases(first, moved.withStatements(statement("why")));
    ReportSeries byCommitment =
        commitments(
            commitment("bpr", Status.IN_PROGRESS).addPhase(first).build(),
            commitment("bpr", Status.IN_PROGRESS)
                .addPhase(moved)
                .addStatement(statement("why"))
                .build());
    ReportSeries sameStatement =
        phases(first.withStatements(statement("old")), moved.withStatements(statement("old")));

    assertThat(history(byPhase, PHASE_C).dateMoves().get(0).explained()).isTrue();
    assertThat(history(byCommitment, PHASE_C).dateMoves().get(0).explained()).isTrue();
    assertThat(history(sameStatement, PHASE_C).dateMoves().get(0).explained()).isFalse();
  }

  @Test
  void milestonesAndCommitmentsHaveADueDate() {
    Commitment first =
        commitment("bpr", Status.IN_PROGRESS)
            .due(date("2016"))
            .addMilestone(milestone("gb", Status.NOT_STARTED).due(date("2016-03")).build())
            .build();
    Commitment later =
        commitment("bpr", Status.IN_PROGRESS)
            .due(date("2017"))
            .addMilestone(milestone("gb", Status.NOT_STARTED).due(date("2016-11")).build())
            .build();
    ReportSeries series = commitments(first, later);

    assertThat(history(series, BPR).dateMoves())
        .containsExactly(new DateMove("due", 0, 1, date("2016"), date("2017"), false));
    ItemHistory milestone = history(series, BPR.key("milestones", "gb"));
    assertThat(milestone.kind()).isEqualTo(ItemKind.MILESTONE);
    assertThat(milestone.dateMoves())
        .containsExactly(new DateMove("due", 0, 1, date("2016-03"), date("2016-11"), false));
  }

  @Test
  void statesAndHistoriesAreValues() {
    ReportSeries a = commitments(bpr(Status.IN_PROGRESS), bpr(Status.COMPLETED));
    ReportSeries b = commitments(bpr(Status.IN_PROGRESS), bpr(Status.COMPLETED));
    ItemHistory h = history(a, BPR);
    ItemState state = h.states().get(0).orElseThrow();

    assertThat(h).isEqualTo(history(b, BPR)).hasSameHashCodeAs(history(b, BPR));
    assertThat(h).isNotEqualTo(history(commitments(bpr(Status.IN_PROGRESS)), BPR));
    assertThat(state).isEqualTo(history(b, BPR).states().get(0).orElseThrow());
    assertThat(state).hasSameHashCodeAs(history(b, BPR).states().get(0).orElseThrow());
    assertThat(state).isNotEqualTo(h.states().get(1).orElseThrow()).isNotEqualTo("state");
    assertThat(state).hasToString("commitments[bpr] IN_PROGRESS");
    assertThat(h.toString()).startsWith("commitments[bpr] [Optional[commitments[bpr] IN_PROGRESS]");
    assertThat(state.isUnderWay()).isTrue();
    assertThat(h.states().get(1).orElseThrow().isUnderWay()).isFalse();
  }

  @Test
  void aStatusNotStatedNeverClosesReopensOrStallsAnItem() {
    Commitment unstated = bpr(Status.IN_PROGRESS).withStatus(Optional.empty());

    ItemHistory dropped = history(commitments(unstated, unstated, null), BPR);
    assertThat(dropped.states().get(0).orElseThrow().status()).isEmpty();
    assertThat(dropped.closedIn()).isEmpty();
    assertThat(dropped.isDropped()).isTrue();
    assertThat(dropped.staleRuns(2)).isEmpty();
    assertThat(dropped.states().get(0).orElseThrow().isUnderWay()).isFalse();
    assertThat(dropped.states().get(0).orElseThrow())
        .hasToString("commitments[bpr] (status not stated)");
    assertThat(history(commitments(bpr(Status.COMPLETED), unstated), BPR).reopenedIn()).isEmpty();
  }

  @Test
  void aNewMeasurementOfAnIndicatorNotAttachedLeavesACommitmentStale() {
    var other =
        org.reformkit.core.model.Indicator.builder()
            .id(org.reformkit.core.model.IndicatorId.of("other"))
            .name(SeriesFixtures.text("Other"))
            .measure(
                org.reformkit.core.model.Measure.of(org.reformkit.core.model.MeasureKind.COUNT))
            .direction(org.reformkit.core.model.Direction.HIGHER_IS_BETTER)
            .build();
    var measured =
        other.withMeasurements(
            org.reformkit.core.model.Measurement.builder()
                .value(org.reformkit.core.model.IndicatorValue.count(1))
                .date(date("2015-10"))
                .build());
    Commitment going = bpr(Status.IN_PROGRESS);
    ReportSeries series =
        ReportSeries.of(
            report(
                "GB.310/INS/1",
                "2010",
                programme().addCommitment(going).addIndicator(other).build()),
            report(
                "GB.311/INS/1",
                "2011",
                programme().addCommitment(going).addIndicator(measured).build()));

    assertThat(history(series, BPR).staleRuns(2)).containsExactly(new StaleRun(0, 1));
    assertThat(new StaleRun(2, 4).length()).isEqualTo(3);
  }

  @Test
  void unequalHistoriesAndStatesHashDifferently() {
    ReportSeries a = commitments(bpr(Status.IN_PROGRESS), bpr(Status.COMPLETED));
    ReportSeries b = commitments(bpr(Status.IN_PROGRESS), bpr(Status.IN_PROGRESS));
    ItemState state = history(a, BPR).states().get(1).orElseThrow();

    assertThat(history(a, BPR).hashCode()).isNotEqualTo(history(b, BPR).hashCode());
    assertThat(state.hashCode())
        .isNotEqualTo(history(b, BPR).states().get(1).orElseThrow().hashCode());
    assertThat(state.path()).isEqualTo(BPR);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
  }

  @Test
  void historiesAreEqualExactlyWhenPathKindAndEveryStateAre() {
    ReportSeries series = commitments(bpr(Status.IN_PROGRESS), bpr(Status.COMPLETED));
    ItemHistory bpr = history(series, BPR);
    ImmutableList<Optional<ItemState>> states = bpr.states();

    assertThat(new ItemHistory(BPR, ItemKind.COMMITMENT, states))
        .isEqualTo(bpr)
        .hasSameHashCodeAs(bpr);
    assertThat(new ItemHistory(ElementPath.parse("commitments[hr]"), ItemKind.COMMITMENT, states))
        .isNotEqualTo(bpr);
    assertThat(new ItemHistory(BPR, ItemKind.PHASE, states)).isNotEqualTo(bpr);
    assertThat(new ItemHistory(BPR, ItemKind.COMMITMENT, states.subList(0, 1))).isNotEqualTo(bpr);
    assertThat(bpr).isNotEqualTo(BPR);
  }
}
