package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/** Keeps the README's code and printed output true: what it shows is what the library does. */
class ReadmeTest {
  private static final Path SEED_JSON =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");

  private final String readme = read(Path.of("..", "README.md"));
  private final ProgressReport report = SeedReport.november2015();

  @Test
  void printedAnalysesAreWhatTheAnalysesPrintOnTheSeed() {
    assertThat(readme).contains(block(Analyses.postSummary(report).toString()));
    assertThat(readme).contains(block(Analyses.phaseTimeline(report).toString()));
    assertThat(readme).contains(block(Analyses.programmeProgress(report).toString()));
    assertThat(readme).contains(block(Analyses.indicatorProgress(report).toString()));
    assertThat(readme)
        .contains(block(Analyses.compare(March2015Snapshot.reconstructed(), report).toString()));
  }

  @Test
  void printedSeriesAnalysesAreWhatTheyPrintOnMarchAndNovember() {
    ReportSeries series = ReportSeries.of(March2015Snapshot.reconstructed(), report);

    assertThat(readme).contains(block(Analyses.trajectories(series).toString()));
    assertThat(readme).contains(block(Analyses.indicatorHistory(series).toString()));
    assertThat(Analyses.droppedItems(series).isEmpty()).isTrue();
    assertThat(Analyses.staleItems(series).rows()).isEmpty();
    assertThat(Analyses.slipHistory(series).rows()).isEmpty();
    assertThat(ReportSeries.sorted(List.of(report, March2015Snapshot.reconstructed())))
        .isEqualTo(series);
    assertThat(readme)
        .contains(
            "ReportSeries series = ReportSeries.sorted(List.of(november, march));"
                + " // or ReportSeries.of(march, november)");
  }

  @Test
  void readCheckAndWriteExampleRunsAsShown(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // the README's ten lines, with the paths made real
    ProgressReport read = ReformJson.readReport(SEED_JSON);
    ValidationResult findings = RuleSet.standard().validate(read, Locale.ENGLISH);
    assertThat(findings.toString()).startsWith("0 errors, 9 warnings, 0 info");
    assertThat(findings.hasErrors()).isFalse();
    ProgressReport next = read.withAsOf(PartialDate.parse("2016-03"));
    ReformJson.writer().withLayout(Layout.PRETTY).write(next, dir.resolve("next.json"));
    assertThat(ReformJson.reader().read(dir.resolve("next.json"))).isEqualTo(next);
    assertThat(readme)
        .contains("ProgressReport report = ReformJson.readReport(Path.of(\"seed-2015-11.json\"));")
        .contains(
            "ReformJson.writer().withLayout(Layout.PRETTY).write(next, Path.of(\"next.json\"));")
        .contains(
            "ValidationResult findings = RuleSet.standard().validate(report, Locale.ENGLISH);")
        .contains("ProgressReport next = report.withAsOf(PartialDate.parse(\"2016-03\"));");
  }

  @Test
  void firstCommandRunsTheToolOnTheSeedJson() {
    assertThat(readme)
        .contains(
            "mvn -B -q -DskipTests package && examples/reform summary"
                + " examples/src/main/resources/org/reformkit/examples/seed-2015-11.json");
    assertThat(Files.isRegularFile(SEED_JSON)).isTrue();
  }

  private static String block(String printed) {
    return "```\n" + printed.stripTrailing() + "\n```";
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
