package org.reformkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reformkit.core.series.SeriesFixtures.commitment;
import static org.reformkit.core.series.SeriesFixtures.phase;
import static org.reformkit.core.series.SeriesFixtures.programme;
import static org.reformkit.core.series.SeriesFixtures.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;

class ReportSeriesTest {
  private static final ProgressReport MARCH =
      report(
          "GB.323/INS/9",
          "2015-03",
          programme()
              .addCommitment(
                  commitment("bpr", Status.IN_PROGRESS)
                      .addPhase(phase("a", Status.IN_PROGRESS).build())
                      .build())
              .build());
  private static final ProgressReport NOVEMBER =
      report(
          "GB.325/INS/15/1",
          "2015-11",
          programme()
              .addCommitment(
                  commitment("bpr", Status.IN_PROGRESS)
                      .addPhase(phase("a", Status.COMPLETED).build())
                      .addPhase(phase("b", Status.IN_PROGRESS).build())
                      .build())
              .build());

  @Test
  void aSeriesKeepsItsReportsInTheOrderGiven() {
    ReportSeries series = ReportSeries.of(MARCH, NOVEMBER);

    assertThat(series.reports()).containsExactly(MARCH, NOVEMBER);
    assertThat(series.size()).isEqualTo(2);
    assertThat(series.last()).isSameAs(NOVEMBER);
    assertThat(series.label(0)).isEqualTo("GB.323/INS/9");
    assertThat(series.programme().toString()).isEqualTo("test");
    assertThat(series)
        .hasToString("ReportSeries[test: GB.323/INS/9 (2015-03) GB.325/INS/15/1 (2015-11)]");
  }

  @Test
  void theBuilderAndTheFactoriesMakeEqualSeries() {
    ReportSeries built = ReportSeries.builder().add(MARCH).addAll(List.of(NOVEMBER)).build();

    assertThat(built).isEqualTo(ReportSeries.of(List.of(MARCH, NOVEMBER)));
    assertThat(built).hasSameHashCodeAs(ReportSeries.of(MARCH, NOVEMBER));
    assertThat(built).isNotEqualTo(ReportSeries.of(MARCH)).isNotEqualTo("a series");
  }

  @Test
  void sortedPutsReportsInDateOrder() {
    assertThat(ReportSeries.sorted(List.of(NOVEMBER, MARCH)).reports())
        .containsExactly(MARCH, NOVEMBER);
  }

  @Test
  void sortedOrdersReportsOfTheSameFirstDayByTheirLastDay() {
    ProgressReport year = report("GB.326/INS/1", "2015", programme().build());
    ProgressReport january = report("GB.326/INS/2", "2015-01", programme().build());

    assertThat(ReportSeries.sorted(List.of(year, january)).reports())
        .containsExactly(january, year);
  }

  @Test
  void byAsOfIsTheOrderOfSorted() {
    assertThat(ReportSeries.byAsOf().compare(MARCH, NOVEMBER)).isNegative();
    assertThat(ReportSeries.byAsOf().compare(NOVEMBER, MARCH)).isPositive();
    assertThat(ReportSeries.byAsOf().compare(MARCH, MARCH)).isZero();
  }

  @Test
  void anEmptySeriesIsRefused() {
    assertThatThrownBy(() -> ReportSeries.of(List.of()))
        .isInstanceOfSatisfying(
            InvalidSeriesException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(InvalidSeriesException.Problem.EMPTY);
              assertThat(e.position()).isEmpty();
            })
        .hasMessage("a report series needs at least one report");
  }

  @Test
  void reportsOfAnotherProgrammeAreRefusedNamingTheReport() {
    ProgressReport other = report("GB.326/INS/1", "2016-03", programme("other").build());

    assertThatThrownBy(() -> ReportSeries.of(MARCH, other))
        .isInstanceOfSatisfying(
            InvalidSeriesException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(InvalidSeriesException.Problem.MIXED_PROGRAMMES);
              assertThat(e.position()).contains(2);
            })
        .hasMessage(
            "report 2 (GB.326/INS/1) is of programme 'other', not of the series' programme 'test'");
  }

  @Test
  void reportsOutOfDateOrderAreRefusedNamingBoth() {
    assertThatThrownBy(() -> ReportSeries.of(NOVEMBER, MARCH))
        .isInstanceOfSatisfying(
            InvalidSeriesException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(InvalidSeriesException.Problem.OUT_OF_ORDER);
              assertThat(e.position()).contains(2);
            })
        .hasMessage(
            "report 2 (GB.323/INS/9) is as of 2015-03, before report 1 (GB.325/INS/15/1) as of"
                + " 2015-11; give the reports earliest first, or use ReportSeries.sorted");
  }

  @Test
  void reportsWhoseDatesOverlapKeepTheOrderGiven() {
    ProgressReport year = report("GB.326/INS/1", "2015", programme().build());

    assertThat(ReportSeries.of(NOVEMBER, year).reports()).containsExactly(NOVEMBER, year);
  }

  @Test
  void aReportGivenTwiceIsRefused() {
    ProgressReport again = report("GB.323/INS/9", "2015-04", programme().build());

    assertThatThrownBy(() -> ReportSeries.of(MARCH, NOVEMBER, again))
        .isInstanceOfSatisfying(
            InvalidSeriesException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(InvalidSeriesException.Problem.REPEATED_REPORT);
              assertThat(e.position()).contains(3);
            })
        .hasMessage("report 3 (GB.323/INS/9) is already in the series");
  }

  @Test
  void historiesFollowEveryItemInOrderOfFirstAppearance() {
    ReportSeries series = ReportSeries.of(MARCH, NOVEMBER);

    assertThat(series.histories())
        .extracting(h -> h.path().toString())
        .containsExactly(
            "commitments[bpr]", "commitments[bpr].phases[a]", "commitments[bpr].phases[b]");
    ItemHistory b = series.history(ElementPath.parse("commitments[bpr].phases[b]")).orElseThrow();
    assertThat(b.kind()).isEqualTo(ItemKind.PHASE);
    assertThat(b.states().get(0)).isEmpty();
    assertThat(b.states().get(1).orElseThrow().status()).contains(Status.IN_PROGRESS);
    assertThat(series.history(ElementPath.parse("commitments[x]"))).isEmpty();
  }

  @Test
  void indicatorsAreItemsWithoutAStatus() {
    Indicator indicator =
        Indicator.builder()
            .id(IndicatorId.of("interviews"))
            .name(SeriesFixtures.text("Interviews"))
            .measure(Measure.of(MeasureKind.COUNT))
            .direction(Direction.HIGHER_IS_BETTER)
            .build();
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", programme().addIndicator(indicator).build()));

    ItemHistory history = series.histories().get(0);
    assertThat(history.path()).hasToString("indicators[interviews]");
    assertThat(history.kind()).isEqualTo(ItemKind.INDICATOR);
    assertThat(history.kind().hasStatus()).isFalse();
    assertThat(ItemKind.MILESTONE.hasStatus()).isTrue();
    assertThat(history.states().get(0).orElseThrow().status()).isEmpty();
  }
}
