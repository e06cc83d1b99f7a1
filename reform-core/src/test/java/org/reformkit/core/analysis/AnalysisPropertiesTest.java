package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostLine;

class AnalysisPropertiesTest {
  @Test
  void comparingAReportWithItselfFindsNothing() {
    qt().forAll(Generators.reports())
        .checkAssert(
            report -> assertThat(ReportComparison.between(report, report).changes()).isEmpty());
  }

  @Test
  void comparingTheOtherWayRoundGivesTheMirrorImages() {
    qt().forAll(Generators.reports(), Generators.reports())
        .checkAssert(
            (a, b) ->
                assertThat(ReportComparison.between(b, a).changes())
                    .containsExactlyInAnyOrderElementsOf(
                        ReportComparison.between(a, b).mirrored().changes()));
  }

  @Test
  void postSummaryTotalIsTheSumOfTheLinesInEveryDimension() {
    qt().forAll(Generators.programmes())
        .checkAssert(
            programme -> {
              PostSummary summary = PostSummary.of(programme);
              int lines =
                  programme.postLines().stream().mapToInt(PostLine::count).sum()
                      + programme.posts().stream().mapToInt(Post::headCount).sum();
              assertThat(summary.total()).isEqualTo(lines);
              for (PostDimension dimension : PostDimension.values()) {
                assertThat(summary.groups(dimension).stream().mapToInt(PostGroup::count).sum())
                    .as("groups by %s", dimension)
                    .isEqualTo(lines);
              }
            });
  }

  @Test
  void indicatorIsNeverAchievedOnTheWrongSideOfItsTarget() {
    qt().forAll(Generators.indicators(), Generators.days())
        .checkAssert(
            (indicator, day) -> {
              IndicatorRow row =
                  IndicatorProgress.of(Fixtures.programme().addIndicator(indicator).build(), day)
                      .rows()
                      .get(0);
              if (row.status() == IndicatorStatus.ACHIEVED) {
                BigDecimal latest = row.latest().get().value().number().get();
                BigDecimal target = row.target().get().value().number().get();
                int side = latest.compareTo(target);
                if (indicator.direction() == Direction.HIGHER_IS_BETTER) {
                  assertThat(side).isGreaterThanOrEqualTo(0);
                } else if (indicator.direction() == Direction.LOWER_IS_BETTER) {
                  assertThat(side).isLessThanOrEqualTo(0);
                } else {
                  assertThat(side).isZero();
                }
              }
            });
  }
}
