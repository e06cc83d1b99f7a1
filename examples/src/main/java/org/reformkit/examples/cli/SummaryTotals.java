package org.reformkit.examples.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.TextTable;
import org.reformkit.examples.dashboard.FindingRow;
import org.reformkit.examples.dashboard.FindingRow.Severity;

/**
 * What several reports of one organisation add up to, for {@code reform summary FILE FILE...}: a
 * row per report, then the totals across them (posts, commitments by status, findings by rule).
 * Reports are added one at a time and only their figures are kept, so that a few hundred files
 * never sit in memory at once.
 */
final class SummaryTotals {
  private final Locale locale;
  private final TextTable.Builder reports;
  private final Set<String> programmes = new LinkedHashSet<>();
  private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
  private final Map<String, RuleTotal> byRule = new LinkedHashMap<>();
  private int count;
  private int notStated;
  private long posts;
  private int commitments;
  private long findings;

  /** The findings of one rule across the reports. */
  private static final class RuleTotal {
    Severity severity;
    long findings;
    int reports;

    RuleTotal(Severity severity) {
      this.severity = severity;
    }
  }

  SummaryTotals(Locale locale) {
    this.locale = locale;
    this.reports =
        TextTable.builder(
                CliText.text("heading.file", locale),
                CliText.text("heading.symbol", locale),
                CliText.text("heading.asOf", locale),
                CliText.text("heading.posts", locale),
                CliText.text("heading.commitments", locale),
                CliText.text("heading.findings", locale))
            .alignRight(3)
            .alignRight(4)
            .alignRight(5);
  }

  /** Adds one report and its findings. */
  void add(String name, ProgressReport report, List<FindingRow> rows) {
    count++;
    programmes.add(report.programme().id().toString());
    int reportPosts = Analyses.postSummary(report).total();
    posts += reportPosts;
    commitments += report.programme().commitments().size();
    for (Commitment commitment : report.programme().commitments()) {
      Optional<Status> status = commitment.status();
      if (status.isPresent()) {
        byStatus.merge(status.get(), 1, Integer::sum);
      } else {
        notStated++;
      }
    }
    findings += rows.size();
    Set<String> seen = new LinkedHashSet<>();
    for (FindingRow row : rows) {
      RuleTotal total = byRule.computeIfAbsent(row.code(), c -> new RuleTotal(row.severity()));
      total.findings++;
      if (row.severity().compareTo(total.severity) < 0) {
        total.severity = row.severity();
      }
      if (seen.add(row.code())) {
        total.reports++;
      }
    }
    reports.addRow(
        name,
        report.document().symbol().toString(),
        report.asOf().toString(),
        Integer.toString(reportPosts),
        Integer.toString(report.programme().commitments().size()),
        Integer.toString(rows.size()));
  }

  /** Prints the reports and the totals. */
  void print(PrintWriter out) {
    out.println(
        CliText.text(
            "summary.heading", locale, Integer.toString(count), String.join(", ", programmes)));
    section(out, "section.reports");
    reports.addRow(
        CliText.text("row.total", locale),
        "",
        "",
        Long.toString(posts),
        Integer.toString(commitments),
        Long.toString(findings));
    out.print(reports.build());
    section(out, "section.commitmentsByStatus");
    TextTable.Builder statuses =
        TextTable.builder(
                CliText.text("heading.status", locale), CliText.text("heading.count", locale))
            .alignRight(1);
    byStatus.forEach(
        (status, n) ->
            statuses.addRow(CliText.text("status." + status.name(), locale), Integer.toString(n)));
    if (notStated > 0) {
      statuses.addRow(CliText.text("status.notStated", locale), Integer.toString(notStated));
    }
    statuses.addRow(CliText.text("row.total", locale), Integer.toString(commitments));
    out.print(statuses.build());
    section(out, "section.findingsByRule");
    TextTable.Builder rules =
        TextTable.builder(
                CliText.text("heading.rule", locale),
                CliText.text("heading.severity", locale),
                CliText.text("heading.findings", locale),
                CliText.text("heading.reports", locale))
            .alignRight(2)
            .alignRight(3);
    byRule.entrySet().stream()
        .sorted(
            Map.Entry.<String, RuleTotal>comparingByValue(
                    (a, b) ->
                        a.severity != b.severity
                            ? a.severity.compareTo(b.severity)
                            : Long.compare(b.findings, a.findings))
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            e ->
                rules.addRow(
                    e.getKey(),
                    CliText.severity(e.getValue().severity, locale),
                    Long.toString(e.getValue().findings),
                    Integer.toString(e.getValue().reports)));
    rules.addRow(CliText.text("row.total", locale), "", Long.toString(findings), "");
    out.print(rules.build());
    out.flush();
  }

  private void section(PrintWriter out, String key) {
    out.println();
    out.println("== " + CliText.text(key, locale));
  }
}
