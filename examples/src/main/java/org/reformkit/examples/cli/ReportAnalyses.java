package org.reformkit.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.CommitmentOverview;
import org.reformkit.core.analysis.IndicatorProgress;
import org.reformkit.core.analysis.MoneySummary;
import org.reformkit.core.analysis.PhaseTimeline;
import org.reformkit.core.analysis.PostMovements;
import org.reformkit.core.analysis.ProgrammeProgress;
import org.reformkit.core.analysis.RecommendationSummary;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.analysis.RiskMatrix;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.FindingGroups;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.text.TextTable;
import org.reformkit.examples.dashboard.DashboardRenderer;
import org.reformkit.examples.dashboard.FindingRow;

/**
 * The analyses as the command-line tool prints them: the one place where {@code
 * org.reformkit.core.analysis} is called for {@code reform summary}, {@code reform diff} and {@code
 * reform history}.
 */
public final class ReportAnalyses {
  private ReportAnalyses() {}

  /**
   * Prints programme progress, the phase timeline, posts and indicators as readable tables, then
   * the findings. Progress and the timeline are judged on the first day of the as-of date,
   * indicators on its last day, as {@link Analyses} does for the report's own date.
   *
   * @param report the report
   * @param asOf the date to measure progress against instead of the report's own, if given
   * @param locale the language of the texts
   * @param findings the findings of the rule checks, to print last
   * @param out where to print
   */
  public static void summary(
      ProgressReport report,
      Optional<PartialDate> asOf,
      Locale locale,
      List<FindingRow> findings,
      PrintWriter out) {
    summary(report, asOf, locale, findings, false, out);
  }

  /**
   * Prints programme progress, the phase timeline, posts and indicators as readable tables, then
   * the findings; unless {@code all} is set, a large report is summarised: more than {@link
   * #TIMELINE_ROWS} timeline rows are folded to one row per commitment, commitments in trouble
   * first ({@link CommitmentOverview}, the first {@link #COMMITMENT_ROWS}); a post dimension lists
   * its {@link #POST_GROUPS} largest groups and adds up the others; more than {@link
   * #INDICATOR_ROWS} indicators are listed in trouble first and the rest counted; more than {@link
   * #FINDINGS_LISTED} findings are grouped by rule ({@link FindingGroups}).
   *
   * @param report the report
   * @param asOf the date to measure progress against instead of the report's own, if given
   * @param locale the language of the texts
   * @param findings the findings of the rule checks, to print last
   * @param all whether to list everything however large the report
   * @param out where to print
   */
  public static void summary(
      ProgressReport report,
      Optional<PartialDate> asOf,
      Locale locale,
      List<FindingRow> findings,
      boolean all,
      PrintWriter out) {
    PartialDate date = asOf.orElse(report.asOf());
    LocalDate first = date.firstDay();
    LocalDate last = date.lastDay();
    out.println(
        report.document().symbol()
            + "  "
            + report.document().title().in(locale)
            + "  ("
            + CliText.text("asOf", locale, date.toString())
            + ")");
    PhaseTimeline timeline = PhaseTimeline.of(report.programme(), first);
    if (all || timeline.rows().size() <= TIMELINE_ROWS) {
      section(out, CliText.text("section.progress", locale));
      out.print(ProgrammeProgress.of(report.programme(), first).toTable(locale));
      section(out, CliText.text("section.timeline", locale));
      out.print(timeline.toTable(locale));
    } else {
      CommitmentOverview overview = CommitmentOverview.of(report.programme(), first);
      section(out, CliText.text("section.overview", locale));
      out.println(
          CliText.text(
              "overview.note",
              locale,
              Integer.toString(timeline.rows().size()),
              Integer.toString(overview.commitments().size())));
      out.print(overview.toTable(locale, COMMITMENT_ROWS));
    }
    section(out, CliText.text("section.posts", locale));
    out.print(Analyses.postSummary(report).toTable(locale, all ? Integer.MAX_VALUE : POST_GROUPS));
    section(out, CliText.text("section.indicators", locale));
    out.print(
        IndicatorProgress.of(report.programme(), last)
            .toTable(locale, all ? Integer.MAX_VALUE : INDICATOR_ROWS));
    if (!report.programme().finances().isEmpty()) {
      // only a report that states money has this section: the seed's output stays as it was
      MoneySummary money = Analyses.money(report, last);
      section(out, CliText.text("section.money", locale));
      out.print(money.toTable(locale));
      if (!money.spentAgainstApproved().isEmpty()) {
        out.println();
        out.print(money.spendingTable(locale));
      }
    }
    if (!report.programme().risks().isEmpty()) {
      RiskMatrix risks = Analyses.riskMatrix(report);
      section(out, CliText.text("section.risks", locale));
      out.print(risks.toTable(locale));
      out.println();
      out.print(risks.byCommitmentTable(locale));
    }
    recommendations(report, locale, out);
    relocations(report, locale, out);
    section(out, CliText.text("section.findings", locale));
    printFindings(out, findings, locale);
    if (!all && findings.size() > FINDINGS_LISTED) {
      printGroups(out, report, findings, locale);
    } else {
      listFindings(out, findings, locale);
    }
    out.flush();
  }

  /**
   * Prints the recommendations section when the report has recommendations: the listed ones by
   * source, acceptance and status, then the counts the report states. Nothing when it has none.
   */
  private static void recommendations(ProgressReport report, Locale locale, PrintWriter out) {
    if (report.programme().recommendations().isEmpty()) {
      return;
    }
    RecommendationSummary summary = Analyses.recommendations(report);
    section(out, CliText.text("section.recommendations", locale));
    if (!summary.rows().isEmpty()) {
      out.print(summary.toTable(locale));
    }
    if (!summary.statedTotals().isEmpty()) {
      out.println(CliText.text("recommendations.stated", locale));
      out.print(summary.statedTotalsTable(locale));
    }
  }

  /** Prints the relocations section when posts are relocated; nothing when none is. */
  private static void relocations(ProgressReport report, Locale locale, PrintWriter out) {
    PostMovements movements = Analyses.postMovements(report);
    if (movements.rows().isEmpty()) {
      return;
    }
    section(out, CliText.text("section.relocations", locale));
    out.print(movements.toTable(locale));
  }

  /** How many findings are listed one by one; more are grouped by rule (unless {@code --all}). */
  public static final int FINDINGS_LISTED = DashboardRenderer.FINDINGS_LISTED;

  /** How many timeline rows (a screenful) are shown; more are folded by commitment. */
  public static final int TIMELINE_ROWS = DashboardRenderer.TIMELINE_ROWS;

  /** How many commitments a folded timeline lists one by one, in trouble first. */
  public static final int COMMITMENT_ROWS = DashboardRenderer.COMMITMENT_ROWS;

  /** How many indicators are listed, those off track or at risk first; the others are counted. */
  public static final int INDICATOR_ROWS = DashboardRenderer.INDICATOR_ROWS;

  /** How many groups of each post dimension are listed; the others are added up in one row. */
  public static final int POST_GROUPS = DashboardRenderer.POST_GROUPS;

  private static void printGroups(
      PrintWriter out, ProgressReport report, List<FindingRow> findings, Locale locale) {
    FindingGroups groups = FindingRow.groups(report.programme(), findings);
    out.println(
        CliText.text(
            "findings.grouped",
            locale,
            Integer.toString(findings.size()),
            Integer.toString(groups.groups().size())));
    out.print(groups.toTable(locale));
  }

  /**
   * Returns a finding in one line: severity, then {@code path: message [CODE]}.
   *
   * @param finding the finding
   * @param locale the language of the severity
   * @return the line
   */
  static String findingLine(FindingRow finding, Locale locale) {
    return String.format(
        Locale.ROOT, "  %-8s %s", CliText.severity(finding.severity(), locale), finding);
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println("== " + title);
  }

  private static void printFindings(PrintWriter out, List<FindingRow> findings, Locale locale) {
    long errors = findings.stream().filter(f -> f.severity() == FindingRow.Severity.ERROR).count();
    long warnings =
        findings.stream().filter(f -> f.severity() == FindingRow.Severity.WARNING).count();
    long infos = findings.size() - errors - warnings;
    out.println(
        CliText.text(
            "findings.count",
            locale,
            Long.toString(errors),
            Long.toString(warnings),
            Long.toString(infos)));
  }

  private static void listFindings(PrintWriter out, List<FindingRow> findings, Locale locale) {
    if (findings.isEmpty()) {
      return;
    }
    TextTable.Builder table =
        TextTable.builder(
            CliText.text("heading.severity", locale),
            CliText.text("heading.path", locale),
            CliText.text("heading.message", locale),
            CliText.text("heading.rule", locale));
    for (FindingRow finding : findings) {
      table.addRow(
          CliText.severity(finding.severity(), locale),
          finding.path(),
          finding.message(),
          finding.code());
    }
    out.print(table.build());
  }

  /**
   * Prints what changed between two reports: a heading naming them and the changes as a table.
   *
   * @param before the earlier report
   * @param after the later report
   * @param locale the language of the texts
   * @param out where to print
   * @return the comparison
   */
  public static ReportComparison diff(
      ProgressReport before, ProgressReport after, Locale locale, PrintWriter out) {
    ReportComparison comparison = Analyses.compare(before, after);
    String text = comparison.toString();
    int newline = text.indexOf('\n');
    out.println(newline < 0 ? text : text.substring(0, newline));
    if (!comparison.isEmpty()) {
      out.print(comparison.toTable(locale));
    }
    out.flush();
    return comparison;
  }

  /**
   * Prints a series of reports: a heading naming the programme and the reports, the trajectories,
   * dropped items, stale items, slip history and indicator history as tables, then the findings of
   * the rules over a series.
   *
   * @param series the series
   * @param stale how many reports in a row without change make an item stale
   * @param locale the language of the texts
   * @param out where to print
   * @return whether a finding is an error
   */
  public static boolean history(ReportSeries series, int stale, Locale locale, PrintWriter out) {
    out.println(
        CliText.text(
            "history.heading",
            locale,
            series.programme().toString(),
            Integer.toString(series.size()),
            series.reports().get(0).asOf().toString(),
            series.last().asOf().toString()));
    section(out, CliText.text("section.trajectories", locale));
    out.print(Analyses.trajectories(series).toTable(locale));
    section(out, CliText.text("section.dropped", locale));
    out.print(Analyses.droppedItems(series).toTable(locale));
    section(out, CliText.text("section.stale", locale, Integer.toString(stale)));
    out.print(Analyses.staleItems(series, stale).toTable(locale));
    section(out, CliText.text("section.slips", locale));
    out.print(Analyses.slipHistory(series).toTable(locale));
    section(out, CliText.text("section.indicatorHistory", locale));
    out.print(Analyses.indicatorHistory(series).toTable(locale));
    section(out, CliText.text("section.findings", locale));
    List<FindingRow> findings = FindingRow.of(RuleSet.standard().validate(series, locale), locale);
    printFindings(out, findings, locale);
    listFindings(out, findings, locale);
    out.flush();
    return findings.stream().anyMatch(f -> f.severity() == FindingRow.Severity.ERROR);
  }
}
