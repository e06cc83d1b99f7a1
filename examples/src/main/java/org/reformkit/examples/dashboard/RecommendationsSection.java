package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.RecommendationRow;
import org.reformkit.core.analysis.RecommendationSummary;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.RecommendationTotal;

/**
 * The recommendations section of the dashboard: for each source of the listed recommendations, an
 * SVG bar split by implementation status, with the recommendations whose status is not stated in a
 * dashed grey part of their own (never given a status), and the implementation rate; then the
 * counts the report states, as it states them. Left out when the report has no recommendations.
 */
final class RecommendationsSection {
  private static final double X0 = 260;
  private static final double BAR = 560;

  private final Locale locale;
  private final DashboardText words;

  RecommendationsSection(Locale locale, DashboardText words) {
    this.locale = locale;
    this.words = words;
  }

  void append(StringBuilder html, ProgressReport report) {
    if (report.programme().recommendations().isEmpty()) {
      return;
    }
    RecommendationSummary summary = Analyses.recommendations(report);
    List<RecommendationRow> rows = new ArrayList<>(summary.rows());
    int max = rows.stream().mapToInt(RecommendationRow::listed).max().orElse(0);
    double scale = max == 0 ? 0 : BAR / max;
    StringBuilder bars = new StringBuilder();
    double y = 4;
    for (RecommendationRow row : rows) {
      bars.append("<g class=\"source\" transform=\"translate(0,")
          .append(num(y))
          .append(")\">\n<text class=\"label\" x=\"0\" y=\"17\">")
          .append(esc(row.source().in(locale)))
          .append("</text>\n");
      double x = X0;
      for (ImplementationStatus status : ImplementationStatus.values()) {
        int n = row.withStatus(status);
        if (n == 0) {
          continue;
        }
        x = part(bars, x, n * scale, "status " + slug(status), words.implementation(status), n);
      }
      if (row.statusNotStated() > 0) {
        x =
            part(
                bars,
                x,
                row.statusNotStated() * scale,
                "status unstated",
                words.get("status not stated"),
                row.statusNotStated());
      }
      String rate =
          row.implementationRate()
              .map(r -> r.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%")
              .orElse("–");
      bars.append("<text class=\"count\" x=\"")
          .append(num(x + 6))
          .append("\" y=\"17\">")
          .append(esc(row.listed() + " · " + words.get("implemented rate") + " " + rate))
          .append("</text>\n</g>\n");
      y += 30;
    }
    html.append("<section id=\"recommendations\">\n<h2>")
        .append(esc(words.get("recommendations")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(words.get("recommendations note")))
        .append("</p>\n");
    if (!rows.isEmpty()) {
      html.append("<svg class=\"recommendations\" role=\"img\" width=\"")
          .append(num(DashboardRenderer.WIDTH))
          .append("\" height=\"")
          .append(num(y + 4))
          .append("\" viewBox=\"0 0 ")
          .append(num(DashboardRenderer.WIDTH))
          .append(' ')
          .append(num(y + 4))
          .append("\">\n<title>")
          .append(esc(words.get("recommendations note")))
          .append("</title>\n")
          .append(bars)
          .append("</svg>\n");
    }
    if (!summary.statedTotals().isEmpty()) {
      html.append("<h3>")
          .append(esc(words.get("stated counts")))
          .append("</h3>\n<ul class=\"stated\">\n");
      for (RecommendationTotal total : summary.statedTotals()) {
        html.append("<li>").append(esc(stated(total))).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  private double part(
      StringBuilder bars, double x, double width, String cssClass, String label, int n) {
    bars.append("<rect class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(num(x))
        .append("\" y=\"2\" width=\"")
        .append(num(width))
        .append("\" height=\"20\"><title>")
        .append(esc(label + ": " + n))
        .append("</title></rect>\n");
    return x + width;
  }

  private String stated(RecommendationTotal total) {
    List<String> parts = new ArrayList<>();
    total
        .source()
        .ifPresent(
            s ->
                parts.add(
                    s.symbol()
                        .map(Object::toString)
                        .orElseGet(() -> s.title().map(t -> t.in(locale)).orElse(""))));
    parts.add(total.status().map(words::implementation).orElse(words.get("every status")));
    total.count().ifPresent(c -> parts.add(c + " " + words.get("recommendations unit")));
    total.actions().ifPresent(c -> parts.add(c + " " + words.get("actions unit")));
    return String.join(" · ", parts);
  }

  static String slug(ImplementationStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
