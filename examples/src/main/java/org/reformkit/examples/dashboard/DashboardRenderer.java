package org.reformkit.examples.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.core.text.TextTable;

/**
 * Renders a progress report as one self-contained HTML file: inline CSS and inline SVG, no script,
 * no font, image or style sheet from the network, so that it can be mailed, archived or opened
 * offline.
 *
 * <p>The page has four parts: the phases, commitments and milestones as a timeline (planned above
 * actual, with a band at the as-of date); indicators as progress bars against their target; posts
 * by location and origin; and the findings of the rule checks. Dates are drawn as the report
 * states them: a date known only to the month or the year is a pale band over that month or year,
 * and a start or end the report does not state fades out instead of being invented. A share of
 * posts whose number is not stated ("some of them transferred") is marked as such, never given a
 * width.
 *
 * <pre>{@code
 * String html = DashboardRenderer.of(Locale.ENGLISH).render(SeedReport.november2015(), List.of());
 * DashboardRenderer.of(Locale.CHINESE).write(report, findings, Path.of("dashboard.html"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DashboardRenderer {
  private static final double WIDTH = 1160;
  private static final double CHART_X0 = 330;
  private static final double CHART_X1 = 950;
  private static final double DATES_X = 962;
  private static final double AXIS_HEIGHT = 40;
  private static final double ROW_HEIGHT = 30;
  private static final int LABEL_WIDTH = 46;

  private final Locale locale;
  private final Optional<PartialDate> asOf;
  private final DashboardText words;

  private DashboardRenderer(Locale locale, Optional<PartialDate> asOf) {
    this.locale = locale;
    this.asOf = asOf;
    this.words = new DashboardText(locale);
  }

  /**
   * Returns a renderer that writes texts in one language; Chinese for a {@code zh} locale, English
   * otherwise.
   *
   * @param locale the language of the page
   * @return the renderer
   */
  public static DashboardRenderer of(Locale locale) {
    return new DashboardRenderer(requireNonNull(locale, "locale"), Optional.empty());
  }

  /**
   * Returns a renderer like this one that draws the as-of band at the given date instead of the
   * report's own as-of date.
   *
   * @param date the as-of date
   * @return the renderer
   */
  public DashboardRenderer withAsOf(PartialDate date) {
    return new DashboardRenderer(locale, Optional.of(requireNonNull(date, "date")));
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
    timeline(html, report, date);
    indicators(html, report.programme());
    posts(html, report.programme());
    findings(html, findings);
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

  // ---------------------------------------------------------------- timeline

  /** One line of the timeline. */
  private static final class Row {
    final String kind;
    final int level;
    final String label;
    final Status status;
    Optional<PartialDate> plannedStart = Optional.empty();
    Optional<PartialDate> plannedEnd = Optional.empty();
    Optional<PartialDate> actualStart = Optional.empty();
    Optional<PartialDate> actualEnd = Optional.empty();
    Optional<PartialDate> point = Optional.empty();

    Row(String kind, int level, String label, Status status) {
      this.kind = kind;
      this.level = level;
      this.label = label;
      this.status = status;
    }

    List<PartialDate> dates() {
      List<PartialDate> dates = new ArrayList<>();
      plannedStart.ifPresent(dates::add);
      plannedEnd.ifPresent(dates::add);
      actualStart.ifPresent(dates::add);
      actualEnd.ifPresent(dates::add);
      point.ifPresent(dates::add);
      return dates;
    }

    boolean ongoing() {
      return status == Status.IN_PROGRESS || status == Status.ON_HOLD;
    }
  }

  private List<Row> rows(ReformProgramme programme) {
    List<Row> rows = new ArrayList<>();
    Row top = new Row("programme", 0, t(programme.name()), programme.status());
    top.actualStart = programme.launched();
    rows.add(top);
    for (Commitment commitment : programme.commitments()) {
      Row row = new Row("commitment", 0, t(commitment.title()), commitment.status());
      row.actualStart = commitment.started();
      row.plannedEnd = commitment.due();
      rows.add(row);
      for (Phase phase : commitment.phases()) {
        Row line = new Row("phase", 1, "(" + phase.id() + ") " + t(phase.name()), phase.status());
        line.plannedStart = phase.plannedStart();
        line.plannedEnd = phase.plannedEnd();
        line.actualStart = phase.actualStart();
        line.actualEnd = phase.actualEnd();
        rows.add(line);
      }
      for (Milestone milestone : commitment.milestones()) {
        Row line = new Row("milestone", 1, "◆ " + t(milestone.description()), milestone.status());
        line.point = milestone.due();
        rows.add(line);
      }
    }
    return rows;
  }

  private void timeline(StringBuilder html, ProgressReport report, PartialDate date) {
    List<Row> rows = rows(report.programme());
    LocalDate min = date.firstDay();
    LocalDate max = date.lastDay();
    for (Row row : rows) {
      for (PartialDate d : row.dates()) {
        min = d.firstDay().isBefore(min) ? d.firstDay() : min;
        max = d.lastDay().isAfter(max) ? d.lastDay() : max;
      }
    }
    // one more year on the right, so that an end the report does not state has room to fade out
    Scale scale = new Scale(LocalDate.of(min.getYear(), 1, 1), LocalDate.of(max.getYear() + 2, 1, 1));
    double height = AXIS_HEIGHT + rows.size() * ROW_HEIGHT + 8;
    html.append("<section id=\"timeline\">\n<h2>")
        .append(esc(words.get("timeline")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(words.get("timeline note")))
        .append("</p>\n<svg class=\"timeline\" role=\"img\" width=\"")
        .append(num(WIDTH))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(height))
        .append("\">\n<title>")
        .append(esc(words.get("timeline")))
        .append("</title>\n")
        .append(TIMELINE_DEFS);
    axis(html, scale, height);
    for (int i = 0; i < rows.size(); i++) {
      row(html, rows.get(i), AXIS_HEIGHT + i * ROW_HEIGHT, scale, date);
    }
    asOfBand(html, scale, date, height);
    html.append("</svg>\n</section>\n");
  }

  private void axis(StringBuilder svg, Scale scale, double height) {
    svg.append("<g class=\"axis\">\n");
    for (int year = scale.from.getYear(); year <= scale.to.getYear(); year++) {
      LocalDate jan1 = LocalDate.of(year, 1, 1);
      double x = scale.x(jan1);
      svg.append("<line class=\"year\" x1=\"")
          .append(num(x))
          .append("\" y1=\"22\" x2=\"")
          .append(num(x))
          .append("\" y2=\"")
          .append(num(height - 4))
          .append("\"/>\n");
      if (year < scale.to.getYear()) {
        svg.append("<text class=\"year\" x=\"")
            .append(num((x + scale.x(jan1.plusYears(1))) / 2))
            .append("\" y=\"18\">")
            .append(year)
            .append("</text>\n");
        for (int quarter = 1; quarter < 4; quarter++) {
          double qx = scale.x(jan1.plusMonths(3L * quarter));
          svg.append("<line class=\"quarter\" x1=\"")
              .append(num(qx))
              .append("\" y1=\"30\" x2=\"")
              .append(num(qx))
              .append("\" y2=\"")
              .append(num(height - 4))
              .append("\"/>\n");
        }
      }
    }
    svg.append("</g>\n");
  }

  private void asOfBand(StringBuilder svg, Scale scale, PartialDate date, double height) {
    double x0 = scale.x(date.firstDay());
    double x1 = Math.max(scale.x(date.lastDay().plusDays(1)), x0 + 2);
    svg.append("<g class=\"as-of\"><title>")
        .append(esc(words.get("as of") + " " + words.date(date)))
        .append("</title><rect class=\"as-of\" x=\"")
        .append(num(x0))
        .append("\" y=\"24\" width=\"")
        .append(num(x1 - x0))
        .append("\" height=\"")
        .append(num(height - 28))
        .append("\"/><text class=\"as-of\" x=\"")
        .append(num(x1 + 3))
        .append("\" y=\"34\">")
        .append(esc(words.get("as of") + " " + words.date(date)))
        .append("</text></g>\n");
  }

  private void row(StringBuilder svg, Row row, double y, Scale scale, PartialDate date) {
    String label = fit(row.label, LABEL_WIDTH - 2 * row.level);
    svg.append("<g class=\"row ")
        .append(row.kind)
        .append(' ')
        .append(statusClass(row.status))
        .append("\" transform=\"translate(0,")
        .append(num(y))
        .append(")\">\n<title>")
        .append(esc(row.label + " · " + words.status(row.status)))
        .append("</title>\n<circle class=\"status\" cx=\"")
        .append(num(8 + 16 * row.level))
        .append("\" cy=\"15\" r=\"5\"/>\n<text class=\"label\" x=\"")
        .append(num(18 + 16 * row.level))
        .append("\" y=\"19\">")
        .append(esc(label))
        .append("</text>\n");
    List<String> dates = new ArrayList<>();
    if (row.point.isPresent()) {
      milestone(svg, row.point.get(), scale);
      dates.add(words.date(row.point.get()));
    } else {
      if (span(svg, "planned", row.plannedStart, row.plannedEnd, false, date, scale, 4, 7)) {
        dates.add(words.get("planned") + " " + range(row.plannedStart, row.plannedEnd, false));
      }
      boolean soFar = row.ongoing() && row.actualEnd.isEmpty();
      if (span(svg, "actual", row.actualStart, row.actualEnd, soFar, date, scale, 13, 12)) {
        dates.add(words.get("actual") + " " + range(row.actualStart, row.actualEnd, soFar));
      }
    }
    svg.append("<text class=\"dates\" x=\"")
        .append(num(DATES_X))
        .append("\" y=\"19\">")
        .append(esc(dates.isEmpty() ? words.get("no dates") : String.join(" · ", dates)))
        .append("</text>\n</g>\n");
  }

  private String range(Optional<PartialDate> start, Optional<PartialDate> end, boolean soFar) {
    return start.map(words::date).orElse("…")
        + " – "
        + end.map(words::date).orElse(soFar ? words.get("so far") : "…");
  }

  /**
   * Draws one span; returns whether anything was drawn. The start and end are bands over their
   * stated precision; the part between them is the body; an unstated end fades out.
   */
  private boolean span(
      StringBuilder svg,
      String kind,
      Optional<PartialDate> start,
      Optional<PartialDate> end,
      boolean soFar,
      PartialDate date,
      Scale scale,
      double y,
      double h) {
    if (start.isEmpty() && end.isEmpty()) {
      return false;
    }
    svg.append("<g class=\"span ").append(kind).append("\">\n");
    Optional<LocalDate> bodyFrom = start.map(s -> s.lastDay().plusDays(1));
    Optional<LocalDate> bodyTo =
        end.map(PartialDate::firstDay).or(() -> soFar ? Optional.of(date.firstDay()) : Optional.empty());
    if (start.isEmpty() || start.get().qualifier() == DateQualifier.BY) {
      LocalDate fadeTo =
          start.map(PartialDate::firstDay).orElseGet(() -> end.get().firstDay());
      rect(svg, "open-left", scale.from, fadeTo, scale, y, h, kind + "-fade-left");
    }
    start.ifPresent(s -> band(svg, s, scale, y, h));
    if (bodyFrom.isPresent() && bodyTo.isPresent() && bodyTo.get().isAfter(bodyFrom.get())) {
      rect(svg, "body", bodyFrom.get(), bodyTo.get(), scale, y, h, "");
    }
    end.ifPresent(e -> band(svg, e, scale, y, h));
    if (end.isEmpty() && !soFar) {
      rect(svg, "open-right", bodyFrom.get(), scale.to, scale, y, h, kind + "-fade-right");
    } else if (end.isPresent() && end.get().qualifier() == DateQualifier.FROM) {
      rect(svg, "open-right", end.get().lastDay().plusDays(1), scale.to, scale, y, h,
          kind + "-fade-right");
    }
    svg.append("</g>\n");
    return true;
  }

  private static void band(StringBuilder svg, PartialDate date, Scale scale, double y, double h) {
    String css = date.qualifier() == DateQualifier.ABOUT ? "band about" : "band";
    rect(svg, css, date.firstDay(), date.lastDay().plusDays(1), scale, y, h, "");
  }

  private void milestone(StringBuilder svg, PartialDate due, Scale scale) {
    svg.append("<g class=\"span due\">\n");
    band(svg, due, scale, 8, 14);
    double x;
    if (due.qualifier() == DateQualifier.BY) {
      x = scale.x(due.lastDay().plusDays(1));
    } else if (due.qualifier() == DateQualifier.FROM) {
      x = scale.x(due.firstDay());
    } else {
      x = (scale.x(due.firstDay()) + scale.x(due.lastDay().plusDays(1))) / 2;
    }
    svg.append("<polygon class=\"milestone\" points=\"")
        .append(num(x))
        .append(",7 ")
        .append(num(x + 7))
        .append(",15 ")
        .append(num(x))
        .append(",23 ")
        .append(num(x - 7))
        .append(",15\"/>\n</g>\n");
  }

  private static void rect(
      StringBuilder svg,
      String css,
      LocalDate from,
      LocalDate to,
      Scale scale,
      double y,
      double h,
      String gradient) {
    double x0 = scale.x(from);
    double x1 = scale.x(to);
    if (x1 <= x0) {
      return;
    }
    svg.append("<rect class=\"")
        .append(css)
        .append("\" x=\"")
        .append(num(x0))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(Math.max(x1 - x0, 1.5)))
        .append("\" height=\"")
        .append(num(h))
        .append('"');
    if (!gradient.isEmpty()) {
      svg.append(" fill=\"url(#").append(gradient).append(")\"");
    }
    svg.append("/>\n");
  }

  /** Maps days to x positions between {@link #CHART_X0} and {@link #CHART_X1}. */
  private static final class Scale {
    final LocalDate from;
    final LocalDate to;
    final double days;

    Scale(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      this.days = ChronoUnit.DAYS.between(from, to);
    }

    double x(LocalDate date) {
      return CHART_X0 + ChronoUnit.DAYS.between(from, date) / days * (CHART_X1 - CHART_X0);
    }
  }

  // ---------------------------------------------------------------- indicators

  private void indicators(StringBuilder html, ReformProgramme programme) {
    html.append("<section id=\"indicators\">\n<h2>")
        .append(esc(words.get("indicators")))
        .append("</h2>\n");
    for (Indicator indicator : programme.indicators()) {
      Optional<Measurement> latest =
          indicator.measurements().isEmpty()
              ? Optional.empty()
              : Optional.of(indicator.measurements().get(indicator.measurements().size() - 1));
      Optional<Target> target =
          indicator.targets().isEmpty()
              ? Optional.empty()
              : Optional.of(indicator.targets().get(indicator.targets().size() - 1));
      Optional<Double> progress =
          latest.flatMap(
              m -> target.flatMap(tg -> progress(indicator, m.value(), tg.value())));
      html.append("<div class=\"indicator\" id=\"indicator-")
          .append(esc(indicator.id().toString()))
          .append("\">\n<div class=\"name\">")
          .append(esc(t(indicator.name())))
          .append("</div>\n<div class=\"bar")
          .append(target.isEmpty() ? " no-target" : "")
          .append("\">");
      if (progress.isPresent()) {
        double share = progress.get();
        html.append("<div class=\"fill")
            .append(share > 1 ? " over" : "")
            .append("\" style=\"width:")
            .append(num(Math.min(Math.max(share, 0), 1) * 100))
            .append("%\"></div>");
      }
      html.append("</div>\n<div class=\"figures\">");
      List<String> figures = new ArrayList<>();
      figures.add(
          latest
              .map(m -> words.get("latest") + " " + value(m.value()) + " (" + words.date(m.date()) + ")")
              .orElse(words.get("no measurement")));
      figures.add(
          target
              .map(
                  tg ->
                      words.get("target")
                          + " "
                          + value(tg.value())
                          + tg.due().map(d -> " (" + words.date(d) + ")").orElse(""))
              .orElse(words.get("no target")));
      progress.ifPresent(p -> figures.add(num(p * 100) + "%"));
      html.append(esc(String.join(" · ", figures))).append("</div>\n</div>\n");
    }
    html.append("</section>\n");
  }

  private static Optional<Double> progress(
      Indicator indicator, IndicatorValue value, IndicatorValue target) {
    if (value.kind() != target.kind() || value.number().isEmpty() || target.number().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal v = value.number().get();
    BigDecimal goal = target.number().get();
    if (indicator.direction() == Direction.LOWER_IS_BETTER) {
      Optional<BigDecimal> base =
          indicator.baseline().flatMap(b -> b.value().number());
      if (base.isEmpty() || base.get().compareTo(goal) == 0) {
        return Optional.empty();
      }
      return Optional.of(
          base.get().subtract(v).divide(base.get().subtract(goal), 4, RoundingMode.HALF_UP)
              .doubleValue());
    }
    if (goal.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(v.divide(goal, 4, RoundingMode.HALF_UP).doubleValue());
  }

  private String value(IndicatorValue value) {
    return value.text().map(this::t).orElseGet(value::toString);
  }

  // ---------------------------------------------------------------- posts

  /** The posts at one location. */
  private static final class PostGroup {
    final String label;
    final Map<String, Integer> byOrigin = new LinkedHashMap<>();
    final Map<String, OriginKind> kinds = new LinkedHashMap<>();
    final List<String> unknownShares = new ArrayList<>();
    final List<String> knownShareLabels = new ArrayList<>();
    final List<Integer> knownShareCounts = new ArrayList<>();
    int total;

    PostGroup(String label) {
      this.label = label;
    }
  }

  private void posts(StringBuilder html, ReformProgramme programme) {
    Map<String, PostGroup> groups = new LinkedHashMap<>();
    List<PostDetails> all = new ArrayList<>(programme.postLines());
    all.addAll(programme.posts());
    for (PostDetails details : all) {
      String location = location(details.location());
      PostGroup group = groups.computeIfAbsent(location, PostGroup::new);
      String origin = origin(details.origin());
      group.byOrigin.merge(origin, details.headCount(), Integer::sum);
      group.kinds.put(origin, details.origin().kind());
      group.total += details.headCount();
      for (PostShare share : details.ofWhich()) {
        String text = words.get("of which") + " " + origin(share.origin());
        if (share.count().isPresent()) {
          group.knownShareLabels.add(text + ": " + share.count().get());
          group.knownShareCounts.add(share.count().get());
        } else {
          group.unknownShares.add(
              text + ": " + words.get("some") + " (" + words.get("not stated") + ")");
        }
      }
    }
    int max = groups.values().stream().mapToInt(g -> g.total).max().orElse(0);
    double x0 = 200;
    double width = 620;
    double scale = max == 0 ? 0 : width / max;
    double y = 4;
    StringBuilder bars = new StringBuilder();
    for (PostGroup group : groups.values()) {
      bars.append("<g class=\"location\" transform=\"translate(0,")
          .append(num(y))
          .append(")\">\n<text class=\"label\" x=\"0\" y=\"17\">")
          .append(esc(group.label))
          .append("</text>\n");
      double x = x0;
      for (Map.Entry<String, Integer> entry : group.byOrigin.entrySet()) {
        double w = entry.getValue() * scale;
        bars.append("<rect class=\"origin ")
            .append(group.kinds.get(entry.getKey()).name().toLowerCase(Locale.ROOT))
            .append("\" x=\"")
            .append(num(x))
            .append("\" y=\"2\" width=\"")
            .append(num(w))
            .append("\" height=\"20\"><title>")
            .append(esc(entry.getKey() + ": " + entry.getValue()))
            .append("</title></rect>\n");
        x += w;
      }
      bars.append("<text class=\"count\" x=\"")
          .append(num(x + 6))
          .append("\" y=\"17\">")
          .append(esc(group.total + " (" + String.join(", ", originSummary(group)) + ")"))
          .append("</text>\n");
      double line = 22;
      double shareX = x0;
      for (int i = 0; i < group.knownShareCounts.size(); i++) {
        double w = group.knownShareCounts.get(i) * scale;
        bars.append("<rect class=\"share known\" x=\"")
            .append(num(shareX))
            .append("\" y=\"2\" width=\"")
            .append(num(w))
            .append("\" height=\"20\" fill=\"url(#hatch)\"/>\n");
        shareX += w;
        line += 18;
        bars.append("<text class=\"share known\" x=\"")
            .append(num(x0))
            .append("\" y=\"")
            .append(num(line - 4))
            .append("\">")
            .append(esc(group.knownShareLabels.get(i)))
            .append("</text>\n");
      }
      for (String unknown : group.unknownShares) {
        line += 22;
        bars.append("<g class=\"share unknown\"><path d=\"M")
            .append(num(x0))
            .append(',')
            .append(num(line - 16))
            .append(" v4 H")
            .append(num(x))
            .append(" v-4\"/><text x=\"")
            .append(num(x0))
            .append("\" y=\"")
            .append(num(line + 2))
            .append("\">? ")
            .append(esc(unknown))
            .append("</text></g>\n");
      }
      bars.append("</g>\n");
      y += line + 14;
    }
    html.append("<section id=\"posts\">\n<h2>")
        .append(esc(words.get("posts")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(words.get("posts note")))
        .append("</p>\n<svg class=\"posts\" role=\"img\" width=\"")
        .append(num(WIDTH))
        .append("\" height=\"")
        .append(num(y + 4))
        .append("\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(y + 4))
        .append("\">\n<title>")
        .append(esc(words.get("posts note")))
        .append("</title>\n")
        .append(POSTS_DEFS)
        .append(bars)
        .append("</svg>\n</section>\n");
  }

  private List<String> originSummary(PostGroup group) {
    List<String> summary = new ArrayList<>();
    group.byOrigin.forEach((origin, count) -> summary.add(origin + " " + count));
    return summary;
  }

  private String location(Location location) {
    String kind = words.location(location.kind());
    return location.name().map(n -> kind + " · " + t(n)).orElse(kind);
  }

  private String origin(PostOrigin origin) {
    String kind = words.origin(origin.kind());
    return origin.from().map(u -> kind + " " + words.get("from") + " " + t(u.name())).orElse(kind);
  }

  // ---------------------------------------------------------------- findings

  private void findings(StringBuilder html, List<FindingRow> findings) {
    html.append("<section id=\"findings\">\n<h2>")
        .append(esc(words.get("findings")))
        .append(" (")
        .append(findings.size())
        .append(")</h2>\n");
    if (findings.isEmpty()) {
      html.append("<p class=\"none\">").append(esc(words.get("no findings"))).append("</p>\n");
    } else {
      html.append("<table class=\"findings\">\n<thead><tr><th>")
          .append(esc(words.get("severity")))
          .append("</th><th>")
          .append(esc(words.get("code")))
          .append("</th><th>")
          .append(esc(words.get("path")))
          .append("</th><th>")
          .append(esc(words.get("message")))
          .append("</th></tr></thead>\n<tbody>\n");
      for (FindingRow finding : findings) {
        html.append("<tr class=\"")
            .append(finding.severity().name().toLowerCase(Locale.ROOT))
            .append("\"><td>")
            .append(esc(words.severity(finding.severity())))
            .append("</td><td><code>")
            .append(esc(finding.code()))
            .append("</code></td><td><code>")
            .append(esc(finding.path()))
            .append("</code></td><td>")
            .append(esc(finding.message()))
            .append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  // ---------------------------------------------------------------- helpers

  private String t(LocalizedText text) {
    return text.in(locale);
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  private static String statusClass(Status status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
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

  private static final String TIMELINE_DEFS =
      "<defs>\n"
          + "<linearGradient id=\"planned-fade-left\"><stop offset=\"0\" stop-color=\"#9ec5e8\""
          + " stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#9ec5e8\"/></linearGradient>\n"
          + "<linearGradient id=\"planned-fade-right\"><stop offset=\"0\" stop-color=\"#9ec5e8\"/>"
          + "<stop offset=\"1\" stop-color=\"#9ec5e8\" stop-opacity=\"0\"/></linearGradient>\n"
          + "<linearGradient id=\"actual-fade-left\"><stop offset=\"0\" stop-color=\"#2b6cb0\""
          + " stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#2b6cb0\"/></linearGradient>\n"
          + "<linearGradient id=\"actual-fade-right\"><stop offset=\"0\" stop-color=\"#2b6cb0\"/>"
          + "<stop offset=\"1\" stop-color=\"#2b6cb0\" stop-opacity=\"0\"/></linearGradient>\n"
          + "</defs>\n";

  private static final String POSTS_DEFS =
      "<defs>\n"
          + "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
          + " patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#ffffff\""
          + " fill-opacity=\"0.55\"/></pattern>\n"
          + "</defs>\n";

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
              ""));
}
