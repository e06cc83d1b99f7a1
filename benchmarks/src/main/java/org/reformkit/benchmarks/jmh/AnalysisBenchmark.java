package org.reformkit.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reformkit.benchmarks.adapters.AnalysesAdapter;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.core.model.ProgressReport;

/** Analyses: the post summary, and the comparison of a report with a later one. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
public class AnalysisBenchmark {
  /** The size of the programme. */
  @Param({"seed", "agency", "system"})
  public String size;

  private ProgressReport earlier;
  private ProgressReport later;

  /** Makes the report and a later one. */
  @Setup(Level.Trial)
  public void setUp() {
    earlier = Sizes.report(size);
    later = ProgrammeGenerator.laterReport(earlier, ProgrammeGenerator.DEFAULT_SEED);
  }

  /**
   * The post summary.
   *
   * @return the summary
   */
  @Benchmark
  public Object postSummary() {
    return AnalysesAdapter.postSummary(earlier.programme());
  }

  /**
   * The report-to-report comparison.
   *
   * @return the changes
   */
  @Benchmark
  public Object compareReports() {
    return AnalysesAdapter.compare(earlier, later);
  }
}
