package org.reformkit.benchmarks.adapters;

import org.reformkit.core.analysis.PostSummary;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/** The benchmarks' one door to the analyses ({@code org.reformkit.core.analysis}). */
public final class AnalysesAdapter {
  private AnalysesAdapter() {}

  /**
   * Summarises a programme's posts.
   *
   * @param programme the programme
   * @return the summary
   */
  public static PostSummary postSummary(ReformProgramme programme) {
    return PostSummary.of(programme);
  }

  /**
   * Compares two reports of the same programme.
   *
   * @param earlier the earlier report
   * @param later the later report
   * @return the changes
   */
  public static ReportComparison compare(ProgressReport earlier, ProgressReport later) {
    return ReportComparison.between(earlier, later);
  }
}
