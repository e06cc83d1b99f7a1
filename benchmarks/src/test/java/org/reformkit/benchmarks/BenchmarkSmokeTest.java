package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.benchmarks.report.Footprint;
import org.reformkit.benchmarks.report.ResultsReport;

/**
 * Runs every benchmark method once, briefly, in this JVM, at the seed and agency sizes, then the
 * footprint and the report writer on what came out. Times nothing: it only shows that all of it
 * runs.
 */
class BenchmarkSmokeTest {
  /** The number of {@code @Benchmark} methods in the suite. */
  private static final int BENCHMARK_METHODS = 16;

  @Test
  void everyBenchmarkRunsOnceAndTheReportIsWritten() throws Exception {
    Path target = Path.of("target");
    Path jmhJson = target.resolve("smoke-jmh.json");
    Options options =
        new OptionsBuilder()
            .include("org\\.reformkit\\.benchmarks\\.jmh\\..*")
            .param("size", "seed", "agency")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .shouldFailOnError(true)
            .resultFormat(ResultFormatType.JSON)
            .result(jmhJson.toString())
            .build();
    Collection<RunResult> results = run(options);
    assertThat(results).hasSize(BENCHMARK_METHODS * 2);
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getSampleCount()).isPositive();
    }

    Path footprint = target.resolve("smoke-footprint.json");
    Footprint.main(new String[] {footprint.toString(), "seed", "agency"});
    Path markdown = target.resolve("smoke-RESULTS.md");
    ResultsReport.main(
        new String[] {jmhJson.toString(), footprint.toString(), markdown.toString(), "smoke"});
    String text = Files.readString(markdown, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("## Ratios against the goals of issue 7", "retained heap", "| agency |")
        .contains(
            "## Workbooks against JSON (issue 15)", "| read | agency |", "| write | agency |");
  }

  @Test
  void footprintMeasuresBothSides() {
    Map<String, Map<String, Long>> figures = Footprint.measure(ProgrammeSize.AGENCY);
    Map<String, Long> agency = figures.get("agency");
    assertThat(agency.get("heapBytesReformkit")).isPositive();
    assertThat(agency.get("heapBytesPlain")).isPositive();
    assertThat(agency.get("posts")).isBetween(2_850L, 3_150L);
  }

  private static Collection<RunResult> run(Options options) throws RunnerException {
    return new Runner(options).run();
  }
}
