package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reformkit.core.analysis.Fixtures.commitment;
import static org.reformkit.core.analysis.Fixtures.date;
import static org.reformkit.core.analysis.Fixtures.phase;
import static org.reformkit.core.analysis.Fixtures.programme;
import static org.reformkit.core.analysis.Fixtures.report;
import static org.reformkit.core.analysis.Fixtures.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;
import org.reformkit.core.series.ItemKind;
import org.reformkit.core.series.ReportSeries;

class SeriesAnalysesTest {
  private static final Phase B = phase("b", Status.IN_PROGRESS).build();
  private static final Phase C = phase("c", Status.IN_PROGRESS).plannedEnd(date("2015-12")).build();
  private static final Milestone M =
      Milestone.builder()
          .id(MilestoneId.of("m"))
          .description(text("Milestone m"))
          .status(Status.IN_PROGRESS)
          .build();

  private static Commitment bpr(Phase a, Phase c, boolean withMilestone) {
    Commitment.Builder bpr =
        commitment("bpr", Status.IN_PROGRESS).addPhase(a).addPhase(B).addPhase(c);
    if (withMilestone) {
      bpr.addMilestone(M);
    }
    return bpr.build();
  }

  private static Measurement measured(long count, String when) {
    return Measurement.builder().value(IndicatorValue.count(count)).date(date(when)).build();
  }

  private static Indicator interviews(Measurement... measurements) {
    return Indicator.builder()
        .id(IndicatorId.of("interviews"))
        .name(text("Interviews"))
        .measure(Measure.of(MeasureKind.COUNT))
        .direction(Direction.HIGHER_IS_BETTER)
        .addTarget(Target.builder().value(IndicatorValue.count(100)).due(date("2016")).build())
        .addMeasurements(measurements)
        .build();
  }

  /**
   * Three reports: phase a completes, phase b stands still, phase c's end slips twice, milestone m
   * vanishes, commitment x is cancelled then left out, the March 2015 interviews are restated.
   */
  static ReportSeries series() {
    Phase a = phase("a", Status.IN_PROGRESS).build();
    return ReportSeries.of(
        report(
            "GB.323/INS/9",
            "2015-03",
            programme()
                .addCommitment(bpr(a, C, true))
                .addCommitment(commitment("x", Status.NOT_STARTED).build())
                .addIndicator(interviews(measured(40, "2015-03")))
                .build()),
        report(
            "GB.325/INS/15/1",
            "2015-11",
            programme()
                .addCommitment(
                    bpr(a.withStatus(Status.COMPLETED), C.withPlannedEnd(date("2016-06")), true))
                .addCommitment(commitment("x", Status.CANCELLED).build())
                .addIndicator(interviews(measured(45, "2015-03"), measured(75, "2015-10")))
                .build()),
        report(
            "GB.326/INS/12",
            "2016-03",
            programme()
                .addCommitment(
                    bpr(a.withStatus(Status.COMPLETED), C.withPlannedEnd(date("2016-09")), false))
                .addIndicator(interviews(measured(75, "2015-10")))
                .build()));
  }

  @Test
  void trajectoriesGiveEachItemsStatusPerReportAndWhenItEnded() {
    Trajectories trajectories = Analyses.trajectories(series());

    assertThat(trajectories.reports())
        .containsExactly("GB.323/INS/9", "GB.325/INS/15/1", "GB.326/INS/12");
    assertThat(trajectories.rows())
        .extracting(r -> r.path().toString())
        .containsExactly(
            "commitments[bpr]",
            "commitments[bpr].phases[a]",
            "commitments[bpr].phases[b]",
            "commitments[bpr].phases[c]",
            "commitments[bpr].milestones[m]",
            "commitments[x]");
    Trajectory a = trajectories.row(ElementPath.parse("commitments[bpr].phases[a]")).orElseThrow();
    assertThat(a.kind()).isEqualTo(ItemKind.PHASE);
    assertThat(a.statuses())
        .containsExactly(
            new StatusInReport(true, Optional.of(Status.IN_PROGRESS)),
            new StatusInReport(true, Optional.of(Status.COMPLETED)),
            new StatusInReport(true, Optional.of(Status.COMPLETED)));
    assertThat(a.completedIn()).contains(1);
    Trajectory x = trajectories.row(ElementPath.parse("commitments[x]")).orElseThrow();
    assertThat(x.firstSeen()).isZero();
    assertThat(x.lastSeen()).isEqualTo(1);
    assertThat(x.cancelledIn()).contains(1);
    assertThat(x.statuses().get(2)).isEqualTo(StatusInReport.ABSENT);
    assertThat(trajectories.row(ElementPath.parse("commitments[y]"))).isEmpty();
  }

  @Test
  void trajectoriesPrintOneColumnPerReport() {
    assertThat(Analyses.trajectories(series()).toString())
        .isEqualTo(
            """
            Path                            Item            GB.323/INS/9  GB.325/INS/15/1  GB.326/INS/12  First seen    Last seen        Completed in     Cancelled in
            ------------------------------  --------------  ------------  ---------------  -------------  ------------  ---------------  ---------------  ---------------
            commitments[bpr]                Commitment bpr  in progress   in progress      in progress    GB.323/INS/9  GB.326/INS/12
            commitments[bpr].phases[a]      Phase a         in progress   completed        completed      GB.323/INS/9  GB.326/INS/12    GB.325/INS/15/1
            commitments[bpr].phases[b]      Phase b         in progress   in progress      in progress    GB.323/INS/9  GB.326/INS/12
            commitments[bpr].phases[c]      Phase c         in progress   in progress      in progress    GB.323/INS/9  GB.326/INS/12
            commitments[bpr].milestones[m]  Milestone m     in progress   in progress      —              GB.323/INS/9  GB.325/INS/15/1
            commitments[x]                  Commitment x    not started   cancelled        —              GB.323/INS/9  GB.325/INS/15/1                   GB.325/INS/15/1
            """);
  }

  @Test
  void droppedItemsAreThoseLeftOutWithoutEverEnding() {
    DroppedItems dropped = Analyses.droppedItems(series());

    assertThat(dropped.rows())
        .containsExactly(
            new DroppedItem(
                ElementPath.parse("commitments[bpr].milestones[m]"),
                ItemKind.MILESTONE,
                text("Milestone m"),
                Optional.of(Status.IN_PROGRESS),
                1,
                2));
    assertThat(dropped.isEmpty()).isFalse();
    assertThat(dropped.toString())
        .isEqualTo(
            """
            Path                            Kind       Item         Last status  Last seen        Missing from
            ------------------------------  ---------  -----------  -----------  ---------------  -------------
            commitments[bpr].milestones[m]  milestone  Milestone m  in progress  GB.325/INS/15/1  GB.326/INS/12
            """);
  }

  @Test
  void aDroppedIndicatorHasNoStatusToShow() {
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addIndicator(interviews()).build()),
            report("GB.325/INS/15/1", "2015-11", programme().build()));

    DroppedItems dropped = Analyses.droppedItems(series);

    assertThat(dropped.rows()).extracting(DroppedItem::kind).containsExactly(ItemKind.INDICATOR);
    assertThat(dropped.toTable(Locale.CHINESE).rows().get(0))
        .containsExactly(
            "indicators[interviews]", "指标", "中Interviews", "—", "GB.323/INS/9", "GB.325/INS/15/1");
  }

  @Test
  void staleItemsStoodStillOverKReports() {
    StaleItems stale = Analyses.staleItems(series());

    assertThat(stale.k()).isEqualTo(3);
    assertThat(stale.rows())
        .containsExactly(
            new StaleItem(
                ElementPath.parse("commitments[bpr].phases[b]"),
                ItemKind.PHASE,
                text("Phase b"),
                Status.IN_PROGRESS,
                0,
                2));
    assertThat(stale.rows().get(0).reports()).isEqualTo(3);
    assertThat(stale.toString())
        .isEqualTo(
            """
            Path                        Kind   Item     Status       From          To             Reports
            --------------------------  -----  -------  -----------  ------------  -------------  -------
            commitments[bpr].phases[b]  phase  Phase b  in progress  GB.323/INS/9  GB.326/INS/12        3
            """);
  }

  @Test
  void withTwoReportsInARowMoreItemsAreStale() {
    StaleItems stale = Analyses.staleItems(series(), 2);

    assertThat(stale.k()).isEqualTo(2);
    assertThat(stale.rows())
        .extracting(r -> r.path().toString(), StaleItem::from, StaleItem::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("commitments[bpr].phases[b]", 0, 2),
            org.assertj.core.groups.Tuple.tuple("commitments[bpr].milestones[m]", 0, 1));
    assertThatThrownBy(() -> Analyses.staleItems(series(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an item is stale over at least 2 reports, not 1");
  }

  @Test
  void slipHistoryGivesEachMovedDatePerReportAndTheTotalSlip() {
    SlipHistory slips = Analyses.slipHistory(series());

    assertThat(slips.rows()).hasSize(1);
    SlipRow row = slips.rows().get(0);
    assertThat(row.path()).hasToString("commitments[bpr].phases[c]");
    assertThat(row.field()).isEqualTo("plannedEnd");
    assertThat(row.moves()).isEqualTo(2);
    assertThat(row.dates())
        .containsExactly(
            Optional.of(date("2015-12")),
            Optional.of(date("2016-06")),
            Optional.of(date("2016-09")));
    assertThat(row.totalSlip()).isEqualTo(Slippage.between(date("2015-12"), date("2016-09")));
    assertThat(row.certainlySlipped()).isTrue();
    assertThat(slips.certainlySlipped()).containsExactly(row);
    assertThat(slips.toString())
        .isEqualTo(
            """
            Path                        Item     Date         GB.323/INS/9  GB.325/INS/15/1  GB.326/INS/12  Moves  Total slip (d)
            --------------------------  -------  -----------  ------------  ---------------  -------------  -----  --------------
            commitments[bpr].phases[c]  Phase c  planned end  2015-12       2016-06          2016-09            2      +245..+304
            """);
  }

  @Test
  void aMoveToAnAboutDateProvesNoSlip() {
    Commitment due = commitment("bpr", Status.IN_PROGRESS).due(date("2016")).build();
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addCommitment(due).build()),
            report(
                "GB.325/INS/15/1",
                "2015-11",
                programme().addCommitment(due.withDue(date("about 2017"))).build()));

    SlipHistory slips = Analyses.slipHistory(series);

    assertThat(slips.rows()).hasSize(1);
    assertThat(slips.rows().get(0).totalSlip()).hasToString("?");
    assertThat(slips.certainlySlipped()).isEmpty();
  }

  @Test
  void aDateNeverMovedHasNoSlipHistory() {
    Commitment due = commitment("bpr", Status.IN_PROGRESS).due(date("2016")).build();
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addCommitment(due).build()),
            report("GB.325/INS/15/1", "2015-11", programme().addCommitment(due).build()));

    assertThat(Analyses.slipHistory(series).rows()).isEmpty();
  }

  @Test
  void indicatorHistoryFlagsARestatedMeasurement() {
    IndicatorHistory history = Analyses.indicatorHistory(series());

    assertThat(history.rows())
        .extracting(
            StatedValue::kind, r -> r.date().map(String::valueOf).orElse(""), StatedValue::restated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StatedValue.Kind.TARGET, "2016", false),
            org.assertj.core.groups.Tuple.tuple(StatedValue.Kind.MEASUREMENT, "2015-03", true),
            org.assertj.core.groups.Tuple.tuple(StatedValue.Kind.MEASUREMENT, "2015-10", false));
    assertThat(history.restated()).hasSize(1);
    assertThat(history.restated().get(0).values())
        .containsExactly(
            Optional.of(IndicatorValue.count(40)),
            Optional.of(IndicatorValue.count(45)),
            Optional.empty());
    assertThat(history.toString())
        .isEqualTo(
            """
            !  Indicator   Value        Period   GB.323/INS/9  GB.325/INS/15/1  GB.326/INS/12
            -  ----------  -----------  -------  ------------  ---------------  -------------
               Interviews  target       2016     100           100              100
            !  Interviews  measurement  2015-03  40            45               —
               Interviews  measurement  2015-10  —             75               75
            """);
  }

  @Test
  void numbersAreComparedByValueAndDimensionsKeepMeasurementsApart() {
    Measurement total =
        Measurement.builder()
            .value(IndicatorValue.number(new BigDecimal("75")))
            .date(date("2015-10"))
            .build();
    Measurement women =
        total
            .withValue(IndicatorValue.number(new BigDecimal("30")))
            .withDimensions(ImmutableMap.of("sex", "female"));
    Indicator first =
        interviews()
            .withMeasure(Measure.of(MeasureKind.NUMBER))
            .withTargets()
            .withMeasurements(total, women);
    Indicator second =
        first.withMeasurements(
            total.withValue(IndicatorValue.number(new BigDecimal("75.0"))),
            women.withValue(IndicatorValue.number(new BigDecimal("31"))));
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addIndicator(first).build()),
            report("GB.325/INS/15/1", "2015-11", programme().addIndicator(second).build()));

    IndicatorHistory history = Analyses.indicatorHistory(series);

    assertThat(history.rows()).extracting(StatedValue::restated).containsExactly(false, true);
    assertThat(history.rows().get(1).dimensions()).containsEntry("sex", "female");
    assertThat(history.toTable().rows().get(1).get(3)).isEqualTo("2015-10 sex=female");
  }

  @Test
  void aChangedTargetOrTextIsShownButOnlyAMeasurementIsRestated() {
    Indicator first =
        interviews()
            .withMeasure(Measure.of(MeasureKind.QUALITATIVE))
            .withTargets(Target.builder().value(IndicatorValue.count(100)).build())
            .withMeasurements(
                Measurement.builder()
                    .value(IndicatorValue.text(text("framework drafted")))
                    .date(date("2015-10"))
                    .build());
    Indicator second = first.withTargets(Target.builder().value(IndicatorValue.count(120)).build());
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addIndicator(first).build()),
            report("GB.325/INS/15/1", "2015-11", programme().addIndicator(second).build()));

    IndicatorHistory history = Analyses.indicatorHistory(series);

    assertThat(history.restated()).isEmpty();
    assertThat(history.toTable(Locale.CHINESE).rows())
        .containsExactly(
            ImmutableList.of("", "中Interviews", "目标", "未说明", "100", "120"),
            ImmutableList.of(
                "", "中Interviews", "测量值", "2015-10", "中framework drafted", "中framework drafted"));
  }

  @Test
  void anItemWithoutAStatusIsShownNotStatedAndDroppedWhenLeftOut() {
    Commitment unstated = commitment("u", Status.IN_PROGRESS).build().withStatus(Optional.empty());
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addCommitment(unstated).build()),
            report("GB.325/INS/15/1", "2015-11", programme().addCommitment(unstated).build()),
            report("GB.326/INS/12", "2016-03", programme().build()));

    assertThat(Analyses.trajectories(series).toTable().rows().get(0))
        .containsExactly(
            "commitments[u]",
            "Commitment u",
            "not stated",
            "not stated",
            "—",
            "GB.323/INS/9",
            "GB.325/INS/15/1",
            "",
            "");
    assertThat(Analyses.droppedItems(series).toTable(Locale.FRENCH).rows().get(0).get(3))
        .isEqualTo("non précisé");
    assertThat(Analyses.staleItems(series, 2).rows()).isEmpty();
  }

  @Test
  void aStatusNotStatedIsShownAsNotStated() {
    assertThat(new StatusInReport(true, Optional.empty()).cell(Locale.ENGLISH))
        .isEqualTo("not stated");
    assertThat(new StatusInReport(true, Optional.of(Status.ON_HOLD)).cell(Locale.FRENCH))
        .isEqualTo("suspendu");
    assertThat(StatusInReport.ABSENT.cell(Locale.ENGLISH)).isEqualTo("—");
  }

  @Test
  void seriesAnalysesAreValues() {
    ReportSeries series = series();
    ReportSeries other = ReportSeries.of(series.reports().subList(0, 2));
    List<Object> same =
        List.of(
            Analyses.trajectories(series),
            Analyses.droppedItems(series),
            Analyses.staleItems(series),
            Analyses.slipHistory(series),
            Analyses.indicatorHistory(series));
    List<Object> again =
        List.of(
            Analyses.trajectories(series()),
            Analyses.droppedItems(series()),
            Analyses.staleItems(series()),
            Analyses.slipHistory(series()),
            Analyses.indicatorHistory(series()));
    List<Object> different =
        List.of(
            Analyses.trajectories(other),
            Analyses.droppedItems(other),
            Analyses.staleItems(series, 2),
            Analyses.slipHistory(other),
            Analyses.indicatorHistory(other));
    for (int i = 0; i < same.size(); i++) {
      assertThat(same.get(i)).isEqualTo(again.get(i)).hasSameHashCodeAs(again.get(i));
      assertThat(same.get(i)).isNotEqualTo(different.get(i)).isNotEqualTo("text");
    }
    assertThat(Analyses.staleItems(series).reports()).hasSize(3);
    assertThat(Analyses.droppedItems(series).reports()).hasSize(3);
    assertThat(Analyses.slipHistory(series).reports()).hasSize(3);
    assertThat(Analyses.indicatorHistory(series).reports()).hasSize(3);
  }

  @Test
  void everySeriesTableSpeaksEveryLanguage() {
    ReportSeries series = series();
    for (Locale locale : List.of(Locale.CHINESE, Locale.FRENCH, Locale.forLanguageTag("es"))) {
      assertThat(Analyses.trajectories(series).toTable(locale).headers())
          .isNotEqualTo(Analyses.trajectories(series).toTable().headers());
      assertThat(Analyses.droppedItems(series).toTable(locale).headers())
          .isNotEqualTo(Analyses.droppedItems(series).toTable().headers());
      assertThat(Analyses.staleItems(series).toTable(locale).headers())
          .isNotEqualTo(Analyses.staleItems(series).toTable().headers());
      assertThat(Analyses.slipHistory(series).toTable(locale).headers())
          .isNotEqualTo(Analyses.slipHistory(series).toTable().headers());
      assertThat(Analyses.indicatorHistory(series).toTable(locale).headers())
          .isNotEqualTo(Analyses.indicatorHistory(series).toTable().headers());
    }
  }

  @Test
  void seriesAnalysesOfDifferentKindsAreNeverEqualAndPrintTheirEnglishTable() {
    ReportSeries quiet = ReportSeries.of(series().reports().subList(0, 1));
    List<Object> analyses =
        List.of(
            Analyses.droppedItems(quiet),
            Analyses.slipHistory(quiet),
            Analyses.staleItems(quiet),
            Analyses.indicatorHistory(quiet));

    for (Object analysis : analyses.subList(0, 3)) {
      assertThat(((SeriesTable<?>) analysis).isEmpty()).as("%s", analysis.getClass()).isTrue();
    }
    for (Object analysis : analyses) {
      assertThat(analysis.toString())
          .isEqualTo(((SeriesTable<?>) analysis).toTable(Locale.ENGLISH).toString());
      for (Object other : analyses) {
        if (other != analysis) {
          assertThat(analysis).isNotEqualTo(other);
        }
      }
    }
    assertThat(Analyses.trajectories(quiet).isEmpty()).isFalse();
    assertThat(Analyses.indicatorHistory(quiet).isEmpty()).isFalse();
    assertThat(Analyses.staleItems(quiet, 2)).isNotEqualTo(Analyses.staleItems(quiet, 3));
    assertThat(Analyses.staleItems(quiet, 2)).isNotEqualTo(null);
  }

  @Test
  void unequalSeriesAnalysesHashDifferently() {
    ReportSeries series = series();
    ReportSeries other = ReportSeries.of(series.reports().subList(0, 2));

    assertThat(Analyses.trajectories(series).hashCode())
        .isNotEqualTo(Analyses.trajectories(other).hashCode());
    assertThat(Analyses.droppedItems(series).hashCode())
        .isNotEqualTo(Analyses.droppedItems(other).hashCode());
    assertThat(Analyses.staleItems(series).hashCode())
        .isNotEqualTo(Analyses.staleItems(series, 2).hashCode());
    assertThat(Analyses.slipHistory(series).hashCode())
        .isNotEqualTo(Analyses.slipHistory(other).hashCode());
    assertThat(Analyses.indicatorHistory(series).hashCode())
        .isNotEqualTo(Analyses.indicatorHistory(other).hashCode());
    assertThat(Analyses.droppedItems(other).isEmpty()).isTrue();
  }

  @Test
  void aChangedYesNoMeasurementIsRestatedAndATargetAddedLaterIsStillListedFirst() {
    Indicator first =
        interviews()
            .withMeasure(Measure.of(MeasureKind.YES_NO))
            .withTargets()
            .withMeasurements(
                Measurement.builder()
                    .value(IndicatorValue.yesNo(false))
                    .date(date("2015-10"))
                    .build());
    Indicator second =
        first
            .withTargets(Target.builder().value(IndicatorValue.yesNo(true)).build())
            .withMeasurements(first.measurements().get(0).withValue(IndicatorValue.yesNo(true)));
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addIndicator(first).build()),
            report("GB.325/INS/15/1", "2015-11", programme().addIndicator(second).build()));

    IndicatorHistory history = Analyses.indicatorHistory(series);

    assertThat(history.rows())
        .extracting(StatedValue::kind, StatedValue::restated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StatedValue.Kind.TARGET, false),
            org.assertj.core.groups.Tuple.tuple(StatedValue.Kind.MEASUREMENT, true));
  }

  @Test
  void onlyTheDateThatMovedHasASlipRow() {
    Phase start =
        phase("c", Status.IN_PROGRESS)
            .plannedStart(date("2015-01"))
            .plannedEnd(date("2015-12"))
            .build();
    ReportSeries series =
        ReportSeries.of(
            report(
                "GB.323/INS/9",
                "2015-03",
                programme()
                    .addCommitment(commitment("bpr", Status.IN_PROGRESS).addPhase(start).build())
                    .build()),
            report(
                "GB.325/INS/15/1",
                "2015-11",
                programme()
                    .addCommitment(
                        commitment("bpr", Status.IN_PROGRESS)
                            .addPhase(start.withPlannedEnd(date("2016-03")))
                            .build())
                    .build()));

    assertThat(Analyses.slipHistory(series).rows())
        .extracting(SlipRow::field, SlipRow::moves)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("plannedEnd", 1));
  }

  @Test
  void aStaleRunNotFromTheFirstReportCountsItsReports() {
    Phase moving = phase("z", Status.IN_PROGRESS).build();
    List<org.reformkit.core.model.ProgressReport> reports = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Phase state = i == 0 ? moving.withActualStart(date("2015-01")) : moving;
      reports.add(
          report(
              "GB.3" + (20 + i) + "/INS/1",
              Integer.toString(2010 + i),
              programme()
                  .addCommitment(commitment("w", Status.NOT_STARTED).addPhase(state).build())
                  .build()));
    }

    StaleItem row = Analyses.staleItems(ReportSeries.of(reports)).rows().get(0);

    assertThat(row.from()).isEqualTo(1);
    assertThat(row.to()).isEqualTo(3);
    assertThat(row.reports()).isEqualTo(3);
  }
}
