package org.reformkit.core.analysis;

import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.series.ReportSeries;

/**
 * The analyses in one place, one call per question, each judged as of the report's date. Every
 * result prints as an aligned table ({@code System.out.print(...)}, or {@code toTable(Locale)} for
 * Chinese labels).
 *
 * <pre>{@code
 * import static org.reformkit.core.analysis.Analyses.*;
 * postSummary(november);              // where did the posts go?
 * phaseTimeline(november);            // which phases are late?
 * indicatorProgress(november);        // which indicators are off track?
 * programmeProgress(november);        // where are we against the plan?
 * compare(march, november);           // what has moved since the last report?
 *
 * ReportSeries series = ReportSeries.of(march, november);
 * trajectories(series);               // what became of each commitment, phase and milestone?
 * droppedItems(series);               // what was promised and quietly dropped?
 * staleItems(series);                 // what has stood still over three reports?
 * slipHistory(series);                // what slipped, report after report?
 * indicatorHistory(series);           // which measurements were restated?
 * }</pre>
 *
 * <p>For another day than the report's, use the result types' own factories, such as {@link
 * PhaseTimeline#of(org.reformkit.core.model.ReformProgramme, java.time.LocalDate)}.
 */
public final class Analyses {
  private Analyses() {}

  /**
   * Where did the posts go: see {@link PostSummary}.
   *
   * @param report the report
   * @return the post summary of its programme
   */
  public static PostSummary postSummary(ProgressReport report) {
    return PostSummary.of(report.programme());
  }

  /**
   * What the money is, and what was spent against what was approved: see {@link MoneySummary}.
   *
   * @param report the report
   * @param asOf the date of the comparison
   * @return the money of its programme
   */
  public static MoneySummary money(ProgressReport report, java.time.LocalDate asOf) {
    return MoneySummary.of(report.programme(), asOf);
  }

  /**
   * What could go wrong, as a likelihood × impact matrix and by commitment: see {@link RiskMatrix}.
   *
   * @param report the report
   * @return the risk matrix of its programme
   */
  public static RiskMatrix riskMatrix(ProgressReport report) {
    return RiskMatrix.of(report.programme());
  }

  /**
   * What became of the oversight bodies' recommendations: see {@link RecommendationSummary}.
   *
   * @param report the report
   * @return the recommendations by source, acceptance and status, with the implementation rate
   */
  public static RecommendationSummary recommendations(ProgressReport report) {
    return RecommendationSummary.of(report.programme());
  }

  /**
   * Where the relocated posts go: see {@link PostMovements}.
   *
   * @param report the report
   * @return the posts moved in and out of each duty station
   */
  public static PostMovements postMovements(ProgressReport report) {
    return PostMovements.of(report.programme());
  }

  /**
   * Which phases are late: see {@link PhaseTimeline#of(ProgressReport)}.
   *
   * @param report the report
   * @return the timeline as of the report's date
   */
  public static PhaseTimeline phaseTimeline(ProgressReport report) {
    return PhaseTimeline.of(report);
  }

  /**
   * Which indicators are off track: see {@link IndicatorProgress#of(ProgressReport)}.
   *
   * @param report the report
   * @return the indicator progress as of the report's date
   */
  public static IndicatorProgress indicatorProgress(ProgressReport report) {
    return IndicatorProgress.of(report);
  }

  /**
   * Where are we against the plan: see {@link ProgrammeProgress#of(ProgressReport)}.
   *
   * @param report the report
   * @return the programme progress as of the report's date
   */
  public static ProgrammeProgress programmeProgress(ProgressReport report) {
    return ProgrammeProgress.of(report);
  }

  /**
   * What has moved since the last report: see {@link ReportComparison}.
   *
   * @param older the earlier report
   * @param newer the later report
   * @return the changes from {@code older} to {@code newer}
   */
  public static ReportComparison compare(ProgressReport older, ProgressReport newer) {
    return ReportComparison.between(older, newer);
  }

  /**
   * What became of each commitment, phase and milestone over a series: see {@link Trajectories}.
   *
   * @param series the reports
   * @return the trajectories
   */
  public static Trajectories trajectories(ReportSeries series) {
    return Trajectories.of(series);
  }

  /**
   * What was promised and then quietly dropped: see {@link DroppedItems}.
   *
   * @param series the reports
   * @return the dropped items
   */
  public static DroppedItems droppedItems(ReportSeries series) {
    return DroppedItems.of(series);
  }

  /**
   * What has stood still over {@value StaleItems#DEFAULT_REPORTS} consecutive reports: see {@link
   * StaleItems}.
   *
   * @param series the reports
   * @return the stale items
   */
  public static StaleItems staleItems(ReportSeries series) {
    return StaleItems.of(series, StaleItems.DEFAULT_REPORTS);
  }

  /**
   * What has stood still over {@code k} consecutive reports: see {@link StaleItems}.
   *
   * @param series the reports
   * @param k the least number of consecutive reports, at least 2
   * @return the stale items
   */
  public static StaleItems staleItems(ReportSeries series, int k) {
    return StaleItems.of(series, k);
  }

  /**
   * What slipped and by how much, report after report: see {@link SlipHistory}.
   *
   * @param series the reports
   * @return the slip history
   */
  public static SlipHistory slipHistory(ReportSeries series) {
    return SlipHistory.of(series);
  }

  /**
   * Every measurement and target as each report stated it, restated values flagged: see {@link
   * IndicatorHistory}.
   *
   * @param series the reports
   * @return the indicator history
   */
  public static IndicatorHistory indicatorHistory(ReportSeries series) {
    return IndicatorHistory.of(series);
  }
}
