package org.reformkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.Trajectories;
import org.reformkit.core.model.Status;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.examples.March2015Snapshot;
import org.reformkit.examples.SeedReport;

class HistorySectionTest {
  private final ReportSeries series =
      ReportSeries.of(March2015Snapshot.reconstructed(), SeedReport.november2015());

  @Test
  void aSeriesDrawsItsHistoryBeforeTheLastReportsOwnPage() {
    String html = DashboardRenderer.of(Locale.ENGLISH).render(series, List.of());
    assertThat(html)
        .contains("<h2>History</h2>")
        .contains(">2015-03</text>")
        .contains(">2015-11</text>");
    assertThat(html.indexOf("<svg class=\"history\""))
        .isPositive()
        .isLessThan(html.indexOf("<svg class=\"timeline\""));
    assertThat(html).contains(SeedReport.november2015().document().symbol().toString());
  }

  @Test
  void eachItemIsAStripWithACellPerReportColouredByItsStatusThere() {
    String html = DashboardRenderer.of(Locale.ENGLISH).render(series, List.of());
    Trajectories trajectories = Analyses.trajectories(series);
    assertThat(html.split("<g class=\"strip ", -1)).hasSize(trajectories.rows().size() + 1);
    long absent =
        trajectories.rows().stream()
            .flatMap(row -> row.statuses().stream())
            .filter(cell -> !cell.listed())
            .count();
    long completed =
        trajectories.rows().stream()
            .flatMap(row -> row.statuses().stream())
            .filter(cell -> cell.status().equals(Optional.of(Status.COMPLETED)))
            .count();
    assertThat(html.split("<rect class=\"cell absent\"", -1)).hasSize((int) absent + 1);
    assertThat(html.split("<rect class=\"cell completed\"", -1)).hasSize((int) completed + 1);
    assertThat(html).contains("· not listed</title>");
  }

  @Test
  void eachPlannedDateThatMovedIsListedWithArrows() {
    String html = DashboardRenderer.of(Locale.ENGLISH).render(series, List.of());
    long moved = Analyses.slipHistory(series).rows().stream().filter(r -> r.moves() > 0).count();
    assertThat(html.split("<li class=\"slip", -1)).hasSize((int) moved + 1);
    if (moved > 0) {
      assertThat(html).contains("<h3>Planned dates that moved</h3>").contains("→");
    }
  }

  @Test
  void oneReportHasNoHistoryAndTheHistorySpeaksChinese() {
    assertThat(DashboardRenderer.of(Locale.ENGLISH).render(SeedReport.november2015(), List.of()))
        .doesNotContain("class=\"history\"");
    assertThat(DashboardRenderer.of(Locale.CHINESE).render(series, List.of()))
        .contains("<h2>历次报告</h2>");
  }
}
