package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.benchmarks.report.ResultsReport;

/** The goals table of RESULTS.md, from a JMH result written by hand. */
class ResultsReportTest {
  @TempDir Path dir;

  private static String result(String benchmark, double score, double allocated) {
    return "{\"benchmark\":\"org.reformkit.benchmarks.jmh."
        + benchmark
        + "\",\"params\":{\"size\":\"agency\"},\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":0.1,\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{"
        + (Double.isNaN(allocated)
            ? ""
            : "\"·gc.alloc.rate.norm\":{\"score\":" + allocated + ",\"scoreUnit\":\"B/op\"}")
        + "}}";
  }

  private String report(String... results) throws IOException {
    Path jmh = dir.resolve("jmh.json");
    Files.writeString(jmh, "[" + String.join(",", results) + "]");
    Path footprint = dir.resolve("footprint.json");
    Files.writeString(footprint, "{}");
    Path markdown = dir.resolve("RESULTS.md");
    ResultsReport.main(
        new String[] {jmh.toString(), footprint.toString(), markdown.toString(), "test"});
    return Files.readString(markdown, StandardCharsets.UTF_8);
  }

  @Test
  void jsonReadIsJudgedByThroughputAndByBytesAllocatedAgainstDatabind() throws IOException {
    String met =
        report(
            result("JsonReadBenchmark.readReformkit", 2.0, 4_400_000),
            result("JsonReadBenchmark.readPlainDatabind", 2.0, 4_000_000));
    assertThat(met)
        .contains("| JSON read | agency | 2.0000 ms/op | 2.0000 ms/op | 1.00 | ≥ 1.0 | met |")
        .contains("| JSON read, bytes allocated per read | agency |")
        .contains("| 1.10 | ≤ 1.2 | met |");
    String missed =
        report(
            result("JsonReadBenchmark.readReformkit", 2.1, 4_920_000),
            result("JsonReadBenchmark.readPlainDatabind", 2.0, 4_000_000));
    assertThat(missed)
        .contains("| 0.95 | ≥ 1.0 | **missed** |")
        .contains("| 1.23 | ≤ 1.2 | **missed** |");
  }

  @Test
  void withoutTheGcProfilerThereIsNoAllocationRow() throws IOException {
    String text =
        report(
            result("JsonReadBenchmark.readReformkit", 2.0, Double.NaN),
            result("JsonReadBenchmark.readPlainDatabind", 2.0, Double.NaN));
    assertThat(text)
        .contains("| JSON read | agency |")
        .doesNotContain("| JSON read, bytes allocated per read |");
  }

  @Test
  void theSharedChecksAreJudgedAgainstTenTimesHibernateValidator() throws IOException {
    String text =
        report(
            result("ValidationBenchmark.sharedChecksReformkit", 0.1, Double.NaN),
            result("ValidationBenchmark.sharedChecksHibernateValidator", 0.9, Double.NaN));
    assertThat(text).contains("| 9.00 | ≥ 10.0 | **missed** |");
  }

  @Test
  void theSharedChecksAreJudgedAgainstFourFifthsOfYavi() throws IOException {
    String met =
        report(
            result("ValidationBenchmark.sharedChecksReformkit", 1.0, Double.NaN),
            result("ValidationBenchmark.sharedChecksYavi", 0.8, Double.NaN));
    assertThat(met)
        .contains(
            "| validation, shared checks against YAVI | agency | 1.0000 ms/op | 0.8000 ms/op | 0.80"
                + " | ≥ 0.8 | met |")
        .contains(
            "| ValidationBenchmark.sharedChecksYavi | agency | 0.8000 | 0.1000 | ms/op | – | baseline"
                + " |");
    String missed =
        report(
            result("ValidationBenchmark.sharedChecksReformkit", 1.0, Double.NaN),
            result("ValidationBenchmark.sharedChecksYavi", 0.7, Double.NaN));
    assertThat(missed).contains("| 0.70 | ≥ 0.8 | **missed** |");
  }

  @Test
  void theSystemSizeMayComeFromARunOfItsOwn() throws IOException {
    Path agency = dir.resolve("jmh-agency.json");
    Files.writeString(agency, "[" + result("JsonReadBenchmark.readReformkit", 2.0, 1) + "]");
    Path system = dir.resolve("jmh-system.json");
    Files.writeString(
        system,
        "["
            + result("JsonReadBenchmark.readReformkit", 100.0, 1).replace("agency", "system")
            + "]");
    Path footprint = dir.resolve("footprint.json");
    Files.writeString(footprint, "{\"agency\":{\"elements\":10},\"system\":{\"elements\":500}}");
    Path markdown = dir.resolve("RESULTS.md");
    ResultsReport.main(
        new String[] {agency + ":" + system, footprint.toString(), markdown.toString(), "test"});
    assertThat(Files.readString(markdown, StandardCharsets.UTF_8))
        .contains(
            "| scaling JsonReadBenchmark.readReformkit | system / agency | time × 50.0 | size × 50.0"
                + " | 1.00 | ≤ 1.1 | met |");
  }

  @Test
  void aRunWithoutTheSystemSizeSaysScalingWasNotMeasuredInsteadOfFailed() throws IOException {
    String markdown =
        report(
            result("JsonReadBenchmark.readReformkit", 2.0, 4_400_000),
            result("JsonReadBenchmark.readPlainDatabind", 2.0, 4_000_000));
    assertThat(markdown)
        .contains("Scaling from agency to system: not measured in this run")
        .doesNotContain("failed at system")
        .doesNotContain("| scaling ");
  }
}
