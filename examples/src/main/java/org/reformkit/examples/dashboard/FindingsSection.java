package org.reformkit.examples.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.FindingGroup;
import org.reformkit.core.rules.FindingGroups;

/**
 * The findings section of the dashboard: the findings of the rule checks as a table, in order; more
 * than {@link DashboardRenderer#FINDINGS_LISTED} grouped by rule.
 */
final class FindingsSection {
  private final Locale locale;
  private final DashboardText words;
  private final boolean all;

  FindingsSection(Locale locale, DashboardText words, boolean all) {
    this.locale = locale;
    this.words = words;
    this.all = all;
  }

  void append(StringBuilder html, ReformProgramme programme, List<FindingRow> findings) {
    html.append("<section id=\"findings\">\n<h2>")
        .append(esc(words.get("findings")))
        .append(" (")
        .append(findings.size())
        .append(")</h2>\n");
    if (!all && findings.size() > DashboardRenderer.FINDINGS_LISTED) {
      grouped(html, FindingRow.groups(programme, findings));
    } else if (findings.isEmpty()) {
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

  /** The findings grouped by rule: one row per rule, with where its findings concentrate. */
  private void grouped(StringBuilder html, FindingGroups groups) {
    html.append("<p class=\"note\">")
        .append(esc(words.format("grouped note", groups.total(), groups.groups().size())))
        .append("</p>\n<table class=\"findings grouped\">\n<thead><tr><th>")
        .append(esc(words.get("severity")))
        .append("</th><th>")
        .append(esc(words.get("code")))
        .append("</th><th>")
        .append(esc(words.get("findings count")))
        .append("</th><th>")
        .append(esc(words.get("first paths")))
        .append("</th><th>")
        .append(esc(words.get("by commitment")))
        .append("</th><th>")
        .append(esc(words.get("by location")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (FindingGroup group : groups.groups()) {
      List<String> paths = new ArrayList<>();
      group.firstPaths().forEach(p -> paths.add(p.isRoot() ? "(root)" : p.toString()));
      if (group.count() > paths.size()) {
        paths.add("…");
      }
      html.append("<tr class=\"")
          .append(group.severity().name().toLowerCase(Locale.ROOT))
          .append("\"><td>")
          .append(esc(words.severity(FindingRow.Severity.valueOf(group.severity().name()))))
          .append("</td><td><code>")
          .append(esc(group.code()))
          .append("</code></td><td class=\"count\">")
          .append(group.count())
          .append("</td><td><code>")
          .append(esc(String.join(", ", paths)))
          .append("</code></td><td>")
          .append(esc(places(group.byCommitment(), id -> id)))
          .append("</td><td>")
          .append(esc(places(group.byLocation(), this::location)))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private <K> String places(Map<K, Integer> counts, Function<K, String> name) {
    List<String> shown = new ArrayList<>();
    counts.entrySet().stream()
        .limit(FindingGroups.TABLE_PLACES)
        .forEach(e -> shown.add(name.apply(e.getKey()) + " (" + e.getValue() + ")"));
    if (counts.size() > shown.size()) {
      shown.add(words.format("more", counts.size() - shown.size()));
    }
    return String.join(", ", shown);
  }

  private String location(Location location) {
    String kind = words.location(location.kind());
    return location.name().map(n -> kind + " · " + n.in(locale)).orElse(kind);
  }

  private static String esc(String text) {
    return Html.escape(text);
  }
}
