package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.fit;
import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.SlipRow;
import org.reformkit.core.analysis.StatusInReport;
import org.reformkit.core.analysis.Trajectory;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;
import org.reformkit.core.series.ReportSeries;

/**
 * The history of a series of reports on the dashboard: each commitment, phase and milestone as a
 * strip of one cell per report, coloured by the status that report gives it (blank where a report
 * does not list it), and each planned date that moved as the dates of the reports joined by arrows.
 */
final class HistorySection {
  private static final double LABEL_WIDTH = 330;
  private static final double CELL = 64;
  private static final double ROW = 22;

  private final Locale locale;
  private final DashboardText words;

  HistorySection(Locale locale, DashboardText words) {
    this.locale = locale;
    this.words = words;
  }

  void append(StringBuilder html, ReportSeries series) {
    List<Trajectory> rows = Analyses.trajectories(series).rows();
    List<ProgressReport> reports = series.reports();
    html.append("<section class=\"history\">\n<h2>")
        .append(esc(words.get("history")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(words.get("history note")))
        .append("</p>\n");
    double width = LABEL_WIDTH + CELL * reports.size() + 8;
    double height = 26 + ROW * rows.size();
    html.append("<svg class=\"history\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\">\n");
    for (int r = 0; r < reports.size(); r++) {
      html.append("<text class=\"report\" x=\"")
          .append(num(LABEL_WIDTH + CELL * r + CELL / 2))
          .append("\" y=\"16\">")
          .append(esc(words.date(reports.get(r).asOf())))
          .append("</text>\n");
    }
    double y = 24;
    for (Trajectory row : rows) {
      strip(html, row, y);
      y += ROW;
    }
    html.append("</svg>\n");
    slips(html, Analyses.slipHistory(series).rows());
    html.append("</section>\n");
  }

  private void strip(StringBuilder html, Trajectory row, double y) {
    String kind = row.kind().name().toLowerCase(Locale.ROOT);
    String label = row.name().in(locale);
    html.append("<g class=\"strip ")
        .append(kind)
        .append("\" transform=\"translate(0,")
        .append(num(y))
        .append(")\">\n<text class=\"label\" x=\"")
        .append(kind.equals("commitment") ? "4" : "20")
        .append("\" y=\"15\">")
        .append(esc(fit(label, kind.equals("commitment") ? 40 : 38)))
        .append("</text>\n");
    for (int r = 0; r < row.statuses().size(); r++) {
      StatusInReport cell = row.statuses().get(r);
      html.append("<rect class=\"cell ")
          .append(cellClass(cell))
          .append("\" x=\"")
          .append(num(LABEL_WIDTH + CELL * r + 2))
          .append("\" y=\"3\" width=\"")
          .append(num(CELL - 4))
          .append("\" height=\"")
          .append(num(ROW - 6))
          .append("\"><title>")
          .append(esc(label + " · " + cellText(cell)))
          .append("</title></rect>\n");
    }
    html.append("</g>\n");
  }

  /** Each planned date that moved: the dates as the reports gave them, joined by arrows. */
  private void slips(StringBuilder html, List<SlipRow> rows) {
    List<SlipRow> moved = rows.stream().filter(row -> row.moves() > 0).toList();
    if (moved.isEmpty()) {
      return;
    }
    html.append("<h3>")
        .append(esc(words.get("moved dates")))
        .append("</h3>\n<ul class=\"slips\">\n");
    for (SlipRow row : moved) {
      html.append("<li class=\"slip")
          .append(row.certainlySlipped() ? " late" : "")
          .append("\">")
          .append(esc(row.name().in(locale)))
          .append(": ");
      String previous = null;
      boolean first = true;
      for (Optional<PartialDate> date : row.dates()) {
        if (date.isEmpty()) {
          continue;
        }
        String text = words.date(date.get());
        if (text.equals(previous)) {
          continue;
        }
        html.append(first ? "" : " <span class=\"arrow\">→</span> ").append(esc(text));
        previous = text;
        first = false;
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String cellClass(StatusInReport cell) {
    if (!cell.listed()) {
      return "absent";
    }
    return cell.status()
        .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .orElse("not-stated");
  }

  private String cellText(StatusInReport cell) {
    if (!cell.listed()) {
      return words.get("not listed");
    }
    Optional<Status> status = cell.status();
    return words.status(status);
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
