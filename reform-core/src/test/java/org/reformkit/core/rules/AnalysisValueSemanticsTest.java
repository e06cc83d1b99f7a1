package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.ChangeKind;
import org.reformkit.core.analysis.PostDimension;
import org.reformkit.core.analysis.PostSummary;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;

/** Analysis results are values: equal when made from equal reports, and not otherwise. */
class AnalysisValueSemanticsTest {
  private static final ProgressReport NOVEMBER = Fixtures.report();
  private static final ProgressReport MARCH =
      NOVEMBER
          .withAsOf(Fixtures.date("2015-03"))
          .withProgramme(NOVEMBER.programme().withStatus(Status.NOT_STARTED));

  @Test
  void postSummaryHasEveryDimensionsGroupsAndComparesByEntriesAndTotals() {
    PostSummary summary = Analyses.postSummary(NOVEMBER);

    assertThat(summary.groups().keySet()).containsExactly(PostDimension.values());
    for (PostDimension dimension : PostDimension.values()) {
      assertThat(summary.groups().get(dimension)).isEqualTo(summary.groups(dimension));
    }
    assertThat(summary).isEqualTo(Analyses.postSummary(NOVEMBER)).isNotEqualTo("summary");
    assertThat(summary.hashCode()).isEqualTo(Analyses.postSummary(NOVEMBER).hashCode());
    PostSummary withoutTotals = PostSummary.of(NOVEMBER.programme().withPostTotals());
    PostSummary withoutPosts = PostSummary.of(NOVEMBER.programme().withPosts());
    assertThat(withoutTotals).isNotEqualTo(summary);
    assertThat(withoutPosts).isNotEqualTo(summary);
    assertThat(withoutTotals.hashCode()).isNotEqualTo(summary.hashCode());
    assertThat(withoutTotals.toString()).isEqualTo(withoutTotals.toTable().toString());
  }

  @Test
  void comparisonComparesByBothReportsAndTheChanges() {
    ReportComparison comparison = Analyses.compare(MARCH, NOVEMBER);

    assertThat(comparison).isEqualTo(Analyses.compare(MARCH, NOVEMBER)).isNotEqualTo("comparison");
    assertThat(comparison.hashCode()).isEqualTo(Analyses.compare(MARCH, NOVEMBER).hashCode());
    assertThat(comparison).isNotEqualTo(Analyses.compare(NOVEMBER, MARCH));
    assertThat(comparison)
        .isNotEqualTo(Analyses.compare(MARCH, NOVEMBER.withAsOf(Fixtures.date("2015-12"))));
    assertThat(Analyses.compare(NOVEMBER, NOVEMBER))
        .isNotEqualTo(Analyses.compare(NOVEMBER.withAsOf(Fixtures.date("2015-12")), NOVEMBER));
    assertThat(comparison.ofKind(ChangeKind.STATUS_FORWARD))
        .singleElement()
        .satisfies(c -> assertThat(c.path().isRoot()).isFalse());
    assertThat(comparison.ofKind(ChangeKind.REMOVED)).isEmpty();
    assertThat(comparison.toTable(Locale.ENGLISH).rows()).hasSize(1);
  }

  @Test
  void datedAnalysesAreEqualOnlyForTheSameReportAndDay() {
    java.time.LocalDate end = java.time.LocalDate.of(2015, 11, 30);
    java.util.List<java.util.function.Function<ProgressReport, Object>> analyses =
        java.util.List.of(
            Analyses::phaseTimeline, Analyses::indicatorProgress, Analyses::programmeProgress);

    for (java.util.function.Function<ProgressReport, Object> analysis : analyses) {
      Object november = analysis.apply(NOVEMBER);
      Object later = analysis.apply(NOVEMBER.withAsOf(Fixtures.date("2016-06")));
      assertThat(november)
          .isEqualTo(analysis.apply(Fixtures.report()))
          .isNotEqualTo(later)
          .isNotEqualTo("x");
      assertThat(november.hashCode()).isEqualTo(analysis.apply(Fixtures.report()).hashCode());
      assertThat(november.hashCode()).isNotEqualTo(later.hashCode());
    }
    // a month-precise report date: the schedule is judged from its first day, the indicators on its
    // last
    assertThat(Analyses.phaseTimeline(NOVEMBER).asOf()).isEqualTo(end.withDayOfMonth(1));
    assertThat(Analyses.indicatorProgress(NOVEMBER).asOf()).isEqualTo(end);
    assertThat(Analyses.programmeProgress(NOVEMBER).asOf()).isEqualTo(end.withDayOfMonth(1));
    assertThat(Analyses.indicatorProgress(NOVEMBER))
        .isNotEqualTo(
            Analyses.indicatorProgress(
                NOVEMBER.withProgramme(NOVEMBER.programme().withIndicators())));
  }
}
