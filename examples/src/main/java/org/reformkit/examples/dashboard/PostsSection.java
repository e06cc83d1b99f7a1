package org.reformkit.examples.dashboard;

import static org.reformkit.examples.dashboard.DashboardRenderer.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.ReformProgramme;

/**
 * The posts section of the dashboard: posts by location as SVG bars split by origin, with the
 * shares "of which" below each bar; a share whose number is not stated is marked, never given a
 * width. More than {@link DashboardRenderer#POST_GROUPS} locations: the largest, then one bar
 * adding up the others; a location lists its first three shares of unstated number and counts the
 * rest.
 */
final class PostsSection {
  /** How many shares of unstated number a location lists when the section is folded. */
  private static final int FOLDED_SHARES = 3;

  private final Locale locale;
  private final DashboardText words;

  private final boolean all;

  PostsSection(Locale locale, DashboardText words, boolean all) {
    this.locale = locale;
    this.words = words;
    this.all = all;
  }

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

  void append(StringBuilder html, ReformProgramme programme) {
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
    if (!this.all && groups.size() > DashboardRenderer.POST_GROUPS) {
      groups = largest(groups);
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
      List<String> unknowns = group.unknownShares;
      if (!this.all && unknowns.size() > FOLDED_SHARES) {
        unknowns = new ArrayList<>(unknowns.subList(0, FOLDED_SHARES));
        unknowns.add(words.format("more", group.unknownShares.size() - FOLDED_SHARES));
      }
      for (String unknown : unknowns) {
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
        .append(num(DashboardRenderer.WIDTH))
        .append("\" height=\"")
        .append(num(y + 4))
        .append("\" viewBox=\"0 0 ")
        .append(num(DashboardRenderer.WIDTH))
        .append(' ')
        .append(num(y + 4))
        .append("\">\n<title>")
        .append(esc(words.get("posts note")))
        .append("</title>\n")
        .append(POSTS_DEFS)
        .append(bars)
        .append("</svg>\n</section>\n");
  }

  /** The largest locations, then one group adding up the others. */
  private Map<String, PostGroup> largest(Map<String, PostGroup> groups) {
    List<PostGroup> bySize = new ArrayList<>(groups.values());
    bySize.sort(Comparator.comparingInt((PostGroup g) -> g.total).reversed());
    Map<String, PostGroup> kept = new LinkedHashMap<>();
    bySize.subList(0, DashboardRenderer.POST_GROUPS).forEach(g -> kept.put(g.label, g));
    List<PostGroup> rest = bySize.subList(DashboardRenderer.POST_GROUPS, bySize.size());
    PostGroup other = new PostGroup(words.format("other locations", rest.size()));
    for (PostGroup group : rest) {
      group.byOrigin.forEach((origin, count) -> other.byOrigin.merge(origin, count, Integer::sum));
      other.kinds.putAll(group.kinds);
      group.unknownShares.stream()
          .filter(u -> !other.unknownShares.contains(u))
          .forEach(other.unknownShares::add);
      other.knownShareLabels.addAll(group.knownShareLabels);
      other.knownShareCounts.addAll(group.knownShareCounts);
      other.total += group.total;
    }
    kept.put(other.label, other);
    return kept;
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

  private String t(LocalizedText text) {
    return text.in(locale);
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  private static final String POSTS_DEFS =
      "<defs>\n"
          + "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
          + " patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#ffffff\""
          + " fill-opacity=\"0.55\"/></pattern>\n"
          + "</defs>\n";
}
