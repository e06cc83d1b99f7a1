package org.reformkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendations;
import org.reformkit.examples.OversightFixture;
import org.reformkit.examples.SeedReport;

/** The recommendations and relocations sections of the dashboard. */
class OversightSectionsTest {
  private static final ProgressReport REPORT = OversightFixture.report();

  private static String render(ProgressReport report, Locale locale) {
    return DashboardRenderer.of(locale).render(report, List.of());
  }

  @Test
  void recommendationsAreBarsByStatusWithTheRateAndTheStatedCounts() {
    String html = render(REPORT, Locale.ENGLISH);

    assertThat(html)
        .contains("<section id=\"recommendations\">\n<h2>Recommendations of oversight bodies</h2>")
        .contains("<svg class=\"recommendations\"")
        .contains("<rect class=\"status implemented\"")
        .contains("<title>implemented: 1</title>")
        .contains("<title>in progress: 1</title>")
        .contains("2 · implemented 50%")
        .contains("<li>JIU/REP/2014/8 · every status · 5 recommendations</li>")
        .contains("<li>JIU/REP/2014/8 · implemented · 1 recommendations</li>")
        .doesNotContain("status unstated");
  }

  @Test
  void recommendationsWhoseStatusIsNotStatedAreADashedPartLeftOutOfTheRate() {
    Recommendations recommendations = REPORT.programme().recommendations();
    ProgressReport unstated =
        REPORT.withProgramme(
            REPORT
                .programme()
                .withRecommendations(
                    Recommendations.builder()
                        .addListed(
                            recommendations.listed().get(0),
                            recommendations.listed().get(1).withStatus(java.util.Optional.empty()))
                        .build()));

    String html = render(unstated, Locale.ENGLISH);

    assertThat(html)
        .contains("<rect class=\"status unstated\"")
        .contains("<title>status not stated: 1</title>")
        .contains("2 · implemented 100%")
        .doesNotContain("Counts the report states");
  }

  @Test
  void relocationsAreBarsInAndOutOfEachDutyStationWithTheNet() {
    String html = render(REPORT, Locale.ENGLISH);

    assertThat(html)
        .contains("<section id=\"relocations\">\n<h2>Relocated posts</h2>")
        .contains("Bangkok (TH)")
        .contains("Geneva (CH)")
        .contains("<title>moved in: 17</title>")
        .contains("<title>moved out: 17</title>")
        .contains("−0 +17 = +17")
        .contains("−17 +0 = -17");
  }

  @Test
  void postsRelocatedToNoStatedDestinationGoIntoANotStatedBarNotToAGuessedPlace() {
    ProgressReport undecided = withDestinationNotStated(REPORT);

    String html = render(undecided, Locale.ENGLISH);

    assertThat(html)
        .contains("<section id=\"relocations\">")
        .contains("Geneva (CH)")
        .contains(">destination not stated</text>")
        .contains("−0 +17 = +17")
        .contains("−17 +0 = -17")
        .doesNotContain("Bangkok (TH)");
    assertThat(render(undecided, Locale.CHINESE)).contains(">目的地未说明</text>");
  }

  /** The fixture with its relocated line's destination left out. */
  static ProgressReport withDestinationNotStated(ProgressReport report) {
    org.reformkit.core.model.PostLine moved = report.programme().postLines().get(1);
    return report.withProgramme(
        report
            .programme()
            .withPostLines(
                report.programme().postLines().get(0),
                moved.withRelocation(
                    moved.relocation().orElseThrow().withTo(java.util.Optional.empty()))));
  }

  @Test
  void theNewSectionsSpeakChinese() {
    String html = render(REPORT, Locale.CHINESE);

    assertThat(html)
        .contains("<h2>监督机构的建议</h2>")
        .contains("<h2>职位调动</h2>")
        .contains("<title>已执行: 1</title>")
        .contains("<title>调入: 17</title>")
        .contains("报告所述数目")
        .contains("所有状态");
  }

  @Test
  void theSeedDashboardHasNeitherSection() {
    String html = render(SeedReport.november2015(), Locale.ENGLISH);

    assertThat(html).doesNotContain("id=\"recommendations\"").doesNotContain("id=\"relocations\"");
  }

  @Test
  void onlyStatedCountsGiveNoBarsButTheCounts() {
    ProgressReport counts =
        REPORT.withProgramme(
            REPORT
                .programme()
                .withRecommendations(
                    Recommendations.builder()
                        .addAllTotals(REPORT.programme().recommendations().totals())
                        .build()));

    String html = render(counts, Locale.ENGLISH);

    assertThat(html)
        .contains("<section id=\"recommendations\">")
        .doesNotContain("<svg class=\"recommendations\"")
        .contains("<li>JIU/REP/2014/8 · every status · 5 recommendations</li>");
  }
}
