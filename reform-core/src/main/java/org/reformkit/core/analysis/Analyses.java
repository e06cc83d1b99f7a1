package org.reformkit.core.analysis;

import org.reformkit.core.model.ProgressReport;

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
}
