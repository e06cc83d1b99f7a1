package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.analysis.RiskMatrix;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskScale;

/**
 * The risk section of the dashboard: one likelihood × impact matrix per pair of scales the report
 * rates on, highest likelihood at the top, each cell the number of risks there with their
 * identifiers as its tooltip. A cell is marked high only where both scales say what is high. Shown
 * only for a report that states risks.
 */
final class RiskSection {
  private static final double CELL = 56;
  private static final double X0 = 120;

  private final DashboardText words;

  RiskSection(DashboardText words) {
    this.words = words;
  }

  void append(StringBuilder html, ReformProgramme programme) {
    if (programme.risks().isEmpty()) {
      return;
    }
    RiskMatrix matrix = RiskMatrix.of(programme);
    html.append("<section id=\"risks\">\n<h2>")
        .append(Html.escape(words.get("risks")))
        .append("</h2>\n<p class=\"note\">")
        .append(Html.escape(words.get("risks note")))
        .append("</p>\n");
    for (List<RiskScale> pair : matrix.scales()) {
      grid(html, matrix, pair.get(0), pair.get(1));
    }
    if (!matrix.notRated().isEmpty()) {
      html.append("<p class=\"note\">")
          .append(Html.escape(words.get("not rated") + ": " + join(matrix.notRated())))
          .append("</p>\n");
    }
    html.append("</section>\n");
  }

  private void grid(StringBuilder html, RiskMatrix matrix, RiskScale likelihood, RiskScale impact) {
    double width = X0 + impact.levels() * CELL + 8;
    double height = likelihood.levels() * CELL + 30;
    StringBuilder cells = new StringBuilder();
    for (int l = likelihood.levels(); l >= 1; l--) {
      double y = (likelihood.levels() - l) * CELL;
      cells
          .append("<text class=\"label\" x=\"0\" y=\"")
          .append(num(y + CELL / 2 + 5))
          .append("\">")
          .append(Html.escape(level(likelihood, l)))
          .append("</text>\n");
      for (int i = 1; i <= impact.levels(); i++) {
        RiskRating along = RiskRating.of(likelihood, l);
        RiskRating across = RiskRating.of(impact, i);
        ImmutableList<RiskId> ids = matrix.risks(along, across);
        boolean high = along.isHigh().orElse(false) && across.isHigh().orElse(false);
        double x = X0 + (i - 1) * CELL;
        cells
            .append("<g class=\"risk-cell")
            .append(high ? " high" : "")
            .append("\"><rect class=\"cell\" x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(y))
            .append("\" width=\"")
            .append(num(CELL - 2))
            .append("\" height=\"")
            .append(num(CELL - 2))
            .append("\" fill=\"")
            .append(ids.isEmpty() ? "#f7fafc" : high ? "#feb2b2" : "#fefcbf")
            .append("\" stroke=\"#a0aec0\"><title>")
            .append(Html.escape(join(ids)))
            .append("</title></rect>");
        if (!ids.isEmpty()) {
          cells
              .append("<text class=\"count\" x=\"")
              .append(num(x + CELL / 2 - 5))
              .append("\" y=\"")
              .append(num(y + CELL / 2 + 5))
              .append("\">")
              .append(ids.size())
              .append("</text>");
        }
        cells.append("</g>\n");
      }
    }
    for (int i = 1; i <= impact.levels(); i++) {
      cells
          .append("<text class=\"label\" x=\"")
          .append(num(X0 + (i - 1) * CELL + 4))
          .append("\" y=\"")
          .append(num(likelihood.levels() * CELL + 18))
          .append("\">")
          .append(Html.escape(level(impact, i)))
          .append("</text>\n");
    }
    String title =
        words.get("likelihood")
            + " ("
            + likelihood
            + ") × "
            + words.get("impact")
            + " ("
            + impact
            + ")";
    html.append("<svg class=\"risks\" role=\"img\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\">\n<title>")
        .append(Html.escape(title))
        .append("</title>\n")
        .append(cells)
        .append("</svg>\n");
  }

  private String level(RiskScale scale, int level) {
    return scale.worded() ? words.get("risk level " + level) : Integer.toString(level);
  }

  private static String join(List<RiskId> ids) {
    List<String> values = new ArrayList<>();
    for (RiskId id : ids) {
      values.add(id.value());
    }
    return String.join(", ", values);
  }
}
