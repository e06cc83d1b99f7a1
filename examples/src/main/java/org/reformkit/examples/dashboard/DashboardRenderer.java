package org.reformkit.examples.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.text.TextTable;

/**
 * Renders a progress report as one self-contained HTML file: inline CSS and inline SVG, no script,
 * no font, image or style sheet from the network, so that it can be mailed, archived or opened
 * offline.
 *
 * <p>The page has four parts: the phases, commitments and milestones as a timeline (planned above
 * actual, with a band at the as-of date); indicators as progress bars against their target; posts
 * by location and origin; and the findings of the rule checks. Dates are drawn as the report states
 * them: a date known only to the month or the year is a pale band over that month or year, and a
 * start or end the report does not state fades out instead of being invented. A share of posts
 * whose number is not stated ("some of them transferred") is marked as such, never given a width.
 *
 * <pre>{@code
 * String html = DashboardRenderer.of(Locale.ENGLISH).render(SeedReport.november2015(), List.of());
 * DashboardRenderer.of(Locale.CHINESE).write(report, findings, Path.of("dashboard.html"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DashboardRenderer {
  /** The width of the timeline and posts charts, in SVG units. */
  static final double WIDTH = 1160;

  /** How many findings are listed one by one; more are grouped by rule. */
  public static final int FINDINGS_LISTED = 50;

  /** How many timeline rows (a screenful) are drawn; more are folded to one row per commitment. */
  public static final int TIMELINE_ROWS = 60;

  /** How many commitments a folded timeline draws, those in trouble first. */
  public static final int COMMITMENT_ROWS = 40;

  /** How many indicators are drawn, those off track or at risk first; the others are counted. */
  public static final int INDICATOR_ROWS = 40;

  /** How many groups of posts (locations) are listed; the others are added up in one. */
  public static final int POST_GROUPS = 12;

  private final Locale locale;
  private final Optional<PartialDate> asOf;
  private final boolean all;
  private final DashboardText words;

  private DashboardRenderer(Locale locale, Optional<PartialDate> asOf, boolean all) {
    this.locale = locale;
    this.asOf = asOf;
    this.all = all;
    this.words = new DashboardText(locale);
  }

  /**
   * Returns a renderer that writes texts in one language: English, Chinese, French or Spanish, by
   * the locale's language; English for any other.
   *
   * <p>A large report is summarised: more than {@link #TIMELINE_ROWS} timeline rows are folded to
   * one row per commitment (the first {@link #COMMITMENT_ROWS}, those in trouble first), more than
   * {@link #INDICATOR_ROWS} indicators are drawn in trouble first and the rest counted, more than
   * {@link #POST_GROUPS} locations keep the largest and add up the rest, and more than {@link
   * #FINDINGS_LISTED} findings are grouped by rule; {@link #listingAll()} draws everything.
   *
   * @param locale the language of the page
   * @return the renderer
   */
  public static DashboardRenderer of(Locale locale) {
    return new DashboardRenderer(requireNonNull(locale, "locale"), Optional.empty(), false);
  }

  /**
   * Returns a renderer like this one that draws every phase, indicator, location and finding
   * however large the report.
   *
   * @return the renderer
   */
  public DashboardRenderer listingAll() {
    return new DashboardRenderer(locale, asOf, true);
  }

  /**
   * Returns a renderer like this one that draws the as-of band at the given date instead of the
   * report's own as-of date.
   *
   * @param date the as-of date
   * @return the renderer
   */
  public DashboardRenderer withAsOf(PartialDate date) {
    return new DashboardRenderer(locale, Optional.of(requireNonNull(date, "date")), all);
  }

  /**
   * Returns the language of the page.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Renders a report and its findings as an HTML page.
   *
   * @param report the report
   * @param findings the findings of the rule checks, in the order to show them
   * @return the page, a complete HTML document
   */
  public String render(ProgressReport report, List<FindingRow> findings) {
    return render(report, findings, Optional.empty());
  }

  /**
   * Renders the last report of a series and its findings as an HTML page, with the history of the
   * series after its header: each item's status in every report as a strip, and each planned date
   * that moved.
   *
   * @param series the reports of one programme
   * @param findings the findings of the rule checks on the last report, in the order to show them
   * @return the page, a complete HTML document
   */
  public String render(ReportSeries series, List<FindingRow> findings) {
    requireNonNull(series, "series");
    return render(series.last(), findings, Optional.of(series));
  }

  private String render(
      ProgressReport report, List<FindingRow> findings, Optional<ReportSeries> history) {
    requireNonNull(report, "report");
    requireNonNull(findings, "findings");
    PartialDate date = asOf.orElse(report.asOf());
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(words.languageTag())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(report.document().symbol() + " · " + t(report.document().title())))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(html, report, date);
    history.ifPresent(series -> new HistorySection(locale, words).append(html, series));
    new TimelineSection(locale, words, all).append(html, report, date);
    new IndicatorsSection(locale, words, all).append(html, report.programme(), date.lastDay());
    new PostsSection(locale, words, all).append(html, report.programme());
    new MoneySection(locale, words).append(html, report.programme(), date.lastDay());
    new RiskSection(words).append(html, report.programme());
    new RecommendationsSection(locale, words).append(html, report);
    new RelocationsSection(locale, words).append(html, report);
    new FindingsSection(locale, words, all).append(html, report.programme(), findings);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /**
   * Renders a report and the findings of a validation by the rule engine as an HTML page.
   *
   * <pre>{@code
   * ValidationResult findings = RuleSet.standard().validate(report, Locale.ENGLISH);
   * String html = DashboardRenderer.of(Locale.ENGLISH).render(report, findings);
   * }</pre>
   *
   * @param report the report
   * @param findings the findings of the rule checks, shown in their order
   * @return the page, a complete HTML document
   */
  public String render(ProgressReport report, ValidationResult findings) {
    return render(report, FindingRow.of(requireNonNull(findings, "findings"), locale));
  }

  /**
   * Renders a report and the findings of a validation and writes the page to a file in UTF-8.
   *
   * @param report the report
   * @param findings the findings of the rule checks
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public void write(ProgressReport report, ValidationResult findings, Path file)
      throws IOException {
    Files.writeString(file, render(report, findings), StandardCharsets.UTF_8);
  }

  /**
   * Renders a report and its findings and writes the page to a file in UTF-8.
   *
   * @param report the report
   * @param findings the findings of the rule checks
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public void write(ProgressReport report, List<FindingRow> findings, Path file)
      throws IOException {
    Files.writeString(file, render(report, findings), StandardCharsets.UTF_8);
  }

  private void header(StringBuilder html, ProgressReport report, PartialDate date) {
    html.append("<header>\n<p class=\"symbol\">")
        .append(esc(report.document().symbol().toString()))
        .append(report.document().heading().map(h -> " · " + esc(t(h))).orElse(""))
        .append("</p>\n<h1>")
        .append(esc(t(report.document().title())))
        .append("</h1>\n<p class=\"as-of\">")
        .append(esc(words.get("dashboard") + " · " + words.get("as of") + " " + words.date(date)));
    report
        .previousReport()
        .ifPresent(
            previous ->
                html.append(
                    esc(
                        " · "
                            + words.get("follows")
                            + ": "
                            + previous
                                .symbol()
                                .map(Object::toString)
                                .orElseGet(() -> previous.title().map(this::t).orElse("")))));
    html.append("</p>\n</header>\n");
  }

  // ---------------------------------------------------------------- helpers

  private String t(LocalizedText text) {
    return text.in(locale);
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  /** Shortens a label to a display width (CJK characters count two), ending it with "…". */
  static String fit(String text, int width) {
    if (TextTable.displayWidth(text) <= width) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String next = new String(Character.toChars(cp));
      if (TextTable.displayWidth(out + next) > width - 1) {
        break;
      }
      out.append(next);
      i += Character.charCount(cp);
    }
    return out.toString().stripTrailing() + "…";
  }

  /** Formats a coordinate or percentage with at most one decimal, in the root locale. */
  static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  private static final String CSS =
      String.join(
          "\n",
          ImmutableList.of(
              "body{margin:24px auto;max-width:1180px;color:#1a202c;background:#ffffff;"
                  + "font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Source Han Sans SC\","
                  + "\"PingFang SC\",\"Microsoft YaHei\",system-ui,sans-serif;font-size:14px}",
              "header{border-bottom:3px solid #2b6cb0;margin-bottom:12px}",
              "header .symbol{color:#4a5568;margin:0;font-weight:600}",
              "h1{font-size:22px;margin:4px 0}",
              "h2{font-size:17px;margin:20px 0 4px;color:#2c5282}",
              ".note{color:#4a5568;margin:0 0 6px;font-size:12px}",
              "svg text{font-size:12px;fill:#1a202c}",
              "svg text.year{text-anchor:middle;font-weight:600;fill:#4a5568}",
              "svg line.year{stroke:#a0aec0;stroke-width:1}",
              "svg line.quarter{stroke:#e2e8f0;stroke-width:1}",
              "svg text.dates{fill:#4a5568;font-size:11px}",
              "svg g.row.commitment text.label,svg g.row.programme text.label{font-weight:600}",
              "svg circle.status{fill:#a0aec0}",
              "svg g.completed circle.status{fill:#2f855a}",
              "svg g.in-progress circle.status{fill:#2b6cb0}",
              "svg g.on-hold circle.status{fill:#d69e2e}",
              "svg g.cancelled circle.status{fill:#718096}",
              "svg g.planned rect.body{fill:#9ec5e8}",
              "svg g.planned rect.band{fill:#9ec5e8;fill-opacity:0.5;stroke:#2b6cb0;"
                  + "stroke-width:0.5}",
              "svg g.actual rect.body{fill:#2b6cb0}",
              "svg g.actual rect.band{fill:#2b6cb0;fill-opacity:0.45}",
              "svg g.due rect.band{fill:#d69e2e;fill-opacity:0.3}",
              "svg rect.band.about{stroke:#1a202c;stroke-dasharray:3 2;stroke-width:1}",
              "svg polygon.milestone{fill:#d69e2e;stroke:#744210;stroke-width:1}",
              "svg rect.as-of{fill:#c53030;fill-opacity:0.75}",
              "svg text.as-of{fill:#c53030;font-weight:600}",
              "svg rect.origin.new{fill:#2b6cb0}",
              "svg rect.origin.transferred{fill:#805ad5}",
              "svg rect.origin.redeployed{fill:#d69e2e}",
              "svg rect.origin.existing{fill:#718096}",
              "svg rect.origin.abolished{fill:#c53030}",
              "svg rect.status.implemented{fill:#2f855a}",
              "svg rect.status.in-progress{fill:#d69e2e}",
              "svg rect.status.not-started{fill:#a0aec0}",
              "svg rect.status.closed-without-implementation{fill:#c53030}",
              "svg rect.status.superseded{fill:#718096}",
              "svg rect.status.unstated{fill:#edf2f7;stroke:#718096;stroke-dasharray:3 2}",
              "svg rect.move.in{fill:#2f855a}",
              "svg rect.move.out{fill:#c53030}",
              "svg line.axis{stroke:#1a202c}",
              "svg text.count{font-weight:600}",
              "svg g.share.unknown path{fill:none;stroke:#805ad5;stroke-width:1.5;"
                  + "stroke-dasharray:4 3}",
              "svg g.share.unknown text,svg text.share{fill:#553c9a;font-size:12px}",
              ".indicator{display:grid;grid-template-columns:330px 420px auto;align-items:center;"
                  + "gap:10px;margin:6px 0}",
              ".indicator .bar{height:16px;background:#edf2f7;border:1px solid #a0aec0;"
                  + "position:relative}",
              ".indicator .bar.no-target{border-style:dashed;background:#ffffff}",
              ".indicator .fill{height:100%;background:#2f855a}",
              ".indicator .fill.over{background:#276749}",
              ".indicator .figures{color:#4a5568;font-size:12px}",
              "table.findings{border-collapse:collapse;width:100%}",
              "table.findings th,table.findings td{border-bottom:1px solid #e2e8f0;"
                  + "text-align:left;padding:4px 8px;vertical-align:top}",
              "tr.error td:first-child{color:#c53030;font-weight:600}",
              "tr.warning td:first-child{color:#b7791f;font-weight:600}",
              "p.none{color:#2f855a}",
              "h3{font-size:15px;margin:12px 0 4px;color:#2c5282}",
              "svg text.report{text-anchor:middle;font-weight:600;fill:#4a5568}",
              "svg g.strip.commitment text.label{font-weight:600}",
              "svg rect.cell{fill:#a0aec0}",
              "svg rect.cell.absent{fill:#ffffff;stroke:#cbd5e0;stroke-dasharray:2 2}",
              "svg rect.cell.not-stated{fill:#ffffff;stroke:#805ad5;stroke-dasharray:4 3}",
              "svg rect.cell.completed{fill:#2f855a}",
              "svg rect.cell.in-progress{fill:#2b6cb0}",
              "svg rect.cell.on-hold{fill:#d69e2e}",
              "svg rect.cell.cancelled{fill:#718096}",
              "ul.slips{margin:0;padding-left:20px}",
              "li.slip.late{color:#c53030}",
              ".arrow{font-weight:600}",
              ""));
}
