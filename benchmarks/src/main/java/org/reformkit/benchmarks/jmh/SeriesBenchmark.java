package org.reformkit.benchmarks.jmh;

import java.util.List;
import java.util.Locale;
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
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.benchmarks.data.SeriesGenerator;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.series.ReportSeries;

/**
 * A programme's history: a series of 10 reports (seed and agency size) or 5 (system size) made by
 * {@link SeriesGenerator}, read as a series and analysed. The time should grow with the number of
 * reports times their size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
public class SeriesBenchmark {
  /** The size of each report's programme. */
  @Param({"seed", "agency", "system"})
  public String size;

  private ReportSeries series;

  /** Makes the series: 10 reports, or 5 at system size. */
  @Setup(Level.Trial)
  public void setUp() {
    ProgrammeSize programmeSize = ProgrammeSize.ofParameter(size);
    series =
        SeriesGenerator.series(
                programmeSize, reports(programmeSize), ProgrammeGenerator.DEFAULT_SEED)
            .series();
  }

  /**
   * The number of reports in the series of a size: 10, or 5 at system size.
   *
   * @param size the size of each report
   * @return the number of reports
   */
  public static int reports(ProgrammeSize size) {
    return size == ProgrammeSize.SYSTEM ? 5 : 10;
  }

  /**
   * The series made afresh from its reports (the histories of every item) and the five analyses.
   *
   * @return the analyses
   */
  @Benchmark
  public Object seriesAnalyses() {
    ReportSeries fresh = ReportSeries.of(series.reports());
    return List.of(
        Analyses.trajectories(fresh),
        Analyses.droppedItems(fresh),
        Analyses.staleItems(fresh),
        Analyses.slipHistory(fresh),
        Analyses.indicatorHistory(fresh));
  }

  /**
   * The rules over the series.
   *
   * @return the findings
   */
  @Benchmark
  public Object seriesRules() {
    return RuleSet.standard().validate(series, Locale.ENGLISH);
  }
}
