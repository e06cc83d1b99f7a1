package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.fit;
import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.analysis.CommitmentOverview;
import org.reformkit.core.analysis.CommitmentTrouble;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/**
 * The timeline section of the dashboard: phases, commitments and milestones as one SVG chart,
 * planned above actual, with a band at the as-of date. Dates are drawn at the precision the report
 * states them; an unstated start or end fades out. More than {@link
 * DashboardRenderer#TIMELINE_ROWS} rows are folded: one row per commitment, those in trouble first,
 * with its phases counted.
 */
final class TimelineSection {
  private static final double CHART_X0 = 330;
  private static final double CHART_X1 = 950;
  private static final double DATES_X = 962;
  private static final double AXIS_HEIGHT = 40;
  private static final double ROW_HEIGHT = 30;
  private static final int LABEL_WIDTH = 46;

  private final Locale locale;
  private final DashboardText words;
  private final boolean all;

  TimelineSection(Locale locale, DashboardText words, boolean all) {
    this.locale = locale;
    this.words = words;
    this.all = all;
  }

  /** One line of the timeline. */
  private static final class Row {
    final String kind;
    final int level;
    final String label;
    final Optional<Status> status;
    Optional<PartialDate> plannedStart = Optional.empty();
    Optional<PartialDate> plannedEnd = Optional.empty();
    Optional<PartialDate> actualStart = Optional.empty();
    Optional<PartialDate> actualEnd = Optional.empty();
    Optional<PartialDate> point = Optional.empty();
    Optional<String> note = Optional.empty();

    Row(String kind, int level, String label, Optional<Status> status) {
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
      return status.filter(s -> s == Status.IN_PROGRESS || s == Status.ON_HOLD).isPresent();
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

  /**
   * The rows of a folded timeline: the programme, then the first commitments of the overview, each
   * with its phases counted instead of drawn.
   */
  private List<Row> folded(ReformProgramme programme, CommitmentOverview overview) {
    Map<String, Commitment> byId = new HashMap<>();
    programme.commitments().forEach(c -> byId.put(c.id().toString(), c));
    List<Row> rows = new ArrayList<>();
    Row top = new Row("programme", 0, t(programme.name()), programme.status());
    top.actualStart = programme.launched();
    rows.add(top);
    for (CommitmentTrouble trouble :
        overview
            .commitments()
            .subList(
                0, Math.min(DashboardRenderer.COMMITMENT_ROWS, overview.commitments().size()))) {
      Commitment commitment = byId.get(trouble.path().steps().get(0).key().orElseThrow());
      Row row = new Row("commitment", 0, t(commitment.title()), commitment.status());
      row.actualStart = commitment.started();
      row.plannedEnd = commitment.due();
      List<String> counts = new ArrayList<>();
      if (trouble.overdue() > 0) {
        counts.add(words.format("trouble.overdue", trouble.overdue()));
      }
      if (trouble.slipped() > 0) {
        counts.add(words.format("trouble.slipped", trouble.slipped()));
      }
      if (trouble.blocked() > 0) {
        counts.add(words.format("trouble.blocked", trouble.blocked()));
      }
      counts.add(words.format("trouble.done", trouble.done(), trouble.rows()));
      row.note = Optional.of(String.join(" · ", counts));
      rows.add(row);
    }
    return rows;
  }

  void append(StringBuilder html, ProgressReport report, PartialDate date) {
    List<Row> rows = rows(report.programme());
    Optional<String> foldedNote = Optional.empty();
    Optional<String> others = Optional.empty();
    if (!all && rows.size() > DashboardRenderer.TIMELINE_ROWS) {
      CommitmentOverview overview = CommitmentOverview.of(report.programme(), date.firstDay());
      int total = overview.commitments().size();
      int drawn = Math.min(DashboardRenderer.COMMITMENT_ROWS, total);
      foldedNote = Optional.of(words.format("folded note", rows.size(), total, drawn));
      if (total > drawn) {
        List<CommitmentTrouble> rest = overview.commitments().subList(drawn, total);
        others =
            Optional.of(
                words.format(
                    "other commitments",
                    rest.size(),
                    rest.stream().mapToInt(CommitmentTrouble::overdue).sum(),
                    rest.stream().mapToInt(CommitmentTrouble::slipped).sum(),
                    rest.stream().mapToInt(CommitmentTrouble::blocked).sum(),
                    rest.stream().mapToInt(CommitmentTrouble::done).sum(),
                    rest.stream().mapToInt(CommitmentTrouble::rows).sum()));
      }
      rows = folded(report.programme(), overview);
    }
    LocalDate min = date.firstDay();
    LocalDate max = date.lastDay();
    for (Row row : rows) {
      for (PartialDate d : row.dates()) {
        min = d.firstDay().isBefore(min) ? d.firstDay() : min;
        max = d.lastDay().isAfter(max) ? d.lastDay() : max;
      }
    }
    // one more year on the right, so that an end the report does not state has room to fade out
    Scale scale =
        new Scale(LocalDate.of(min.getYear(), 1, 1), LocalDate.of(max.getYear() + 2, 1, 1));
    double height = AXIS_HEIGHT + rows.size() * ROW_HEIGHT + 8;
    html.append("<section id=\"timeline\">\n<h2>")
        .append(esc(words.get("timeline")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(words.get("timeline note")))
        .append("</p>\n");
    foldedNote.ifPresent(
        note -> html.append("<p class=\"note folded\">").append(esc(note)).append("</p>\n"));
    html.append("<svg class=\"timeline\" role=\"img\" width=\"")
        .append(num(DashboardRenderer.WIDTH))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(DashboardRenderer.WIDTH))
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
    html.append("</svg>\n");
    others.ifPresent(
        note -> html.append("<p class=\"note others\">").append(esc(note)).append("</p>\n"));
    html.append("</section>\n");
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
        .append(
            esc(
                row.note.orElseGet(
                    () -> dates.isEmpty() ? words.get("no dates") : String.join(" · ", dates))))
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
        end.map(PartialDate::firstDay)
            .or(() -> soFar ? Optional.of(date.firstDay()) : Optional.empty());
    if (start.isEmpty() || start.get().qualifier() == DateQualifier.BY) {
      LocalDate fadeTo = start.map(PartialDate::firstDay).orElseGet(() -> end.get().firstDay());
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
      rect(
          svg,
          "open-right",
          end.get().lastDay().plusDays(1),
          scale.to,
          scale,
          y,
          h,
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

  private String t(LocalizedText text) {
    return text.in(locale);
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  private static String statusClass(Optional<Status> status) {
    return status
        .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .orElse("not-stated");
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
}
