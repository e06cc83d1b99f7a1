package org.reformkit.examples.dashboard;

import java.util.List;
import java.util.Locale;

/** The findings section of the dashboard: the findings of the rule checks as a table, in order. */
final class FindingsSection {
  private final DashboardText words;

  FindingsSection(DashboardText words) {
    this.words = words;
  }

  void append(StringBuilder html, List<FindingRow> findings) {
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

  private static String esc(String text) {
    return Html.escape(text);
  }
}
