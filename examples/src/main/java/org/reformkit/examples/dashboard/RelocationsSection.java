package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import java.util.Locale;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.MovementRow;
import org.reformkit.core.analysis.PostMovements;
import org.reformkit.core.model.ProgressReport;

/**
 * The relocations section of the dashboard: for each duty station, the posts relocated in (a bar to
 * the right of the axis) and out (a bar to the left), with the net. Left out when no post is
 * relocated.
 */
final class RelocationsSection {
  private static final double AXIS = 520;
  private static final double HALF = 300;

  private final Locale locale;
  private final DashboardText words;

  RelocationsSection(Locale locale, DashboardText words) {
    this.locale = locale;
    this.words = words;
  }

  void append(StringBuilder html, ProgressReport report) {
    PostMovements movements = Analyses.postMovements(report);
    if (movements.rows().isEmpty()) {
      return;
    }
    int max = movements.rows().stream().mapToInt(r -> Math.max(r.in(), r.out())).max().orElse(0);
    double scale = max == 0 ? 0 : (HALF - 60) / max;
    StringBuilder bars = new StringBuilder();
    double y = 4;
    for (MovementRow row : movements.rows()) {
      double in = row.in() * scale;
      double out = row.out() * scale;
      bars.append("<g class=\"station\" transform=\"translate(0,")
          .append(num(y))
          .append(")\">\n<text class=\"label\" x=\"0\" y=\"17\">")
          .append(esc(row.place().in(locale)))
          .append("</text>\n<rect class=\"move out\" x=\"")
          .append(num(AXIS - out))
          .append("\" y=\"2\" width=\"")
          .append(num(out))
          .append("\" height=\"20\"><title>")
          .append(esc(words.get("moved out") + ": " + row.out()))
          .append("</title></rect>\n<rect class=\"move in\" x=\"")
          .append(num(AXIS))
          .append("\" y=\"2\" width=\"")
          .append(num(in))
          .append("\" height=\"20\"><title>")
          .append(esc(words.get("moved in") + ": " + row.in()))
          .append("</title></rect>\n<text class=\"count\" x=\"")
          .append(num(AXIS + in + 6))
          .append("\" y=\"17\">")
          .append(
              esc(
                  "−"
                      + row.out()
                      + " +"
                      + row.in()
                      + " = "
                      + (row.net() > 0 ? "+" : "")
                      + row.net()))
          .append("</text>\n</g>\n");
      y += 28;
    }
    bars.append("<line class=\"axis\" x1=\"")
        .append(num(AXIS))
        .append("\" y1=\"0\" x2=\"")
        .append(num(AXIS))
        .append("\" y2=\"")
        .append(num(y))
        .append("\"/>\n");
    html.append("<section id=\"relocations\">\n<h2>")
        .append(esc(words.get("relocations")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(words.get("relocations note")))
        .append("</p>\n<svg class=\"relocations\" role=\"img\" width=\"")
        .append(num(DashboardRenderer.WIDTH))
        .append("\" height=\"")
        .append(num(y + 4))
        .append("\" viewBox=\"0 0 ")
        .append(num(DashboardRenderer.WIDTH))
        .append(' ')
        .append(num(y + 4))
        .append("\">\n<title>")
        .append(esc(words.get("relocations note")))
        .append("</title>\n")
        .append(bars)
        .append("</svg>\n</section>\n");
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
