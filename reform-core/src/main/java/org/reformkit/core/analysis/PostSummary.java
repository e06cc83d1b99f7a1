package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.text.TextTable;

/**
 * Where the posts went: every counted line and single post of a programme, pivoted by location,
 * duty station (when the report names any), unit, category, origin and funding, with the total, and
 * the totals the report states set against the sum of their lines.
 *
 * <pre>{@code
 * PostSummary summary = PostSummary.of(report.programme());
 * summary.total();                              // 39
 * summary.groups(PostDimension.LOCATION);       // headquarters 22, field 17
 * System.out.print(summary);                    // the pivot as an aligned table
 * System.out.print(summary.toTable(Locale.CHINESE));
 * }</pre>
 *
 * <p>Rules: a counted line counts {@link PostLine#count()} posts and a single post counts one.
 * Every group of every dimension adds up to the same {@link #total()}. A line's parts by further
 * origin ({@link PostDetails#ofWhich()}) are summed per origin; a part whose count the report does
 * not state ("some of them transferred") is never counted as zero: it prints as "not stated", or as
 * "at least N, rest not stated" when other lines of the group do state theirs. A missing unit or
 * funding source is its own group, "not stated".
 */
public final class PostSummary {
  /** How many parts by further origin a cell shows when a dimension's groups are not all listed. */
  static final int FOLDED_PARTS = 3;

  private final ImmutableList<PostEntry> entries;
  private final ImmutableList<StatedTotal> statedTotals;

  private PostSummary(ImmutableList<PostEntry> entries, ImmutableList<StatedTotal> statedTotals) {
    this.entries = entries;
    this.statedTotals = statedTotals;
  }

  /**
   * Summarises the posts of a programme.
   *
   * @param programme the programme
   * @return the summary
   */
  public static PostSummary of(ReformProgramme programme) {
    ImmutableList.Builder<PostEntry> entries = ImmutableList.builder();
    for (PostLine line : programme.postLines()) {
      entries.add(new PostEntry(ElementPath.root().key("postLines", line.id()), line));
    }
    for (Post post : programme.posts()) {
      entries.add(new PostEntry(ElementPath.root().key("posts", post.id()), post));
    }
    ImmutableList.Builder<StatedTotal> totals = ImmutableList.builder();
    for (PostTotal total : programme.postTotals()) {
      int sum = 0;
      List<PostLineId> missing = new ArrayList<>();
      for (PostLineId id : total.lines()) {
        Optional<PostLine> line = programme.postLine(id);
        if (line.isPresent()) {
          sum += line.get().count();
        } else {
          missing.add(id);
        }
      }
      totals.add(
          new StatedTotal(
              ElementPath.root().key("postTotals", total.id()),
              total.description(),
              total.count(),
              sum,
              ImmutableList.copyOf(missing)));
    }
    return new PostSummary(entries.build(), totals.build());
  }

  /**
   * Returns the counted lines and single posts, lines first, each in programme order.
   *
   * @return the entries
   */
  public ImmutableList<PostEntry> entries() {
    return entries;
  }

  /**
   * Returns the number of posts of all entries.
   *
   * @return the total
   */
  public int total() {
    return entries.stream().mapToInt(PostEntry::count).sum();
  }

  /**
   * Returns the parts by further origin of all entries, added up per origin.
   *
   * @return the parts
   */
  public ImmutableList<PostPart> ofWhich() {
    return PostPart.ofShares(allShares(entries));
  }

  /**
   * Returns the stated totals of the programme, each set against the sum of its lines.
   *
   * @return the stated totals, in programme order
   */
  public ImmutableList<StatedTotal> statedTotals() {
    return statedTotals;
  }

  /**
   * Returns the posts grouped by one dimension, groups in the order their value first appears.
   *
   * @param dimension the dimension
   * @return the groups, whose counts add up to {@link #total()}
   */
  public ImmutableList<PostGroup> groups(PostDimension dimension) {
    Function<PostDetails, LocalizedText> keyOf = key(dimension);
    Map<LocalizedText, List<PostEntry>> byKey = new LinkedHashMap<>();
    for (PostEntry entry : entries) {
      byKey.computeIfAbsent(keyOf.apply(entry.post()), k -> new ArrayList<>()).add(entry);
    }
    ImmutableList.Builder<PostGroup> groups = ImmutableList.builder();
    byKey.forEach(
        (key, members) ->
            groups.add(
                new PostGroup(
                    dimension,
                    key,
                    members.stream().mapToInt(PostEntry::count).sum(),
                    PostPart.ofShares(allShares(members)))));
    return groups.build();
  }

  /**
   * Returns the groups of every dimension, in the order of {@link PostDimension}.
   *
   * @return the groups by dimension
   */
  public ImmutableMap<PostDimension, ImmutableList<PostGroup>> groups() {
    Map<PostDimension, ImmutableList<PostGroup>> all = new EnumMap<>(PostDimension.class);
    for (PostDimension dimension : PostDimension.values()) {
      all.put(dimension, groups(dimension));
    }
    return Maps.immutableEnumMap(all);
  }

  /** Whether some entry's location names its duty station. */
  private boolean namesDutyStations() {
    return entries.stream().anyMatch(e -> e.post().location().dutyStation().isPresent());
  }

  /** The parts as a person reads them, joined by "; ", at most a number of them, then "N more". */
  private static String partsText(List<PostPart> parts, int limit, Locale locale) {
    List<String> texts = new ArrayList<>();
    parts.stream().limit(limit).forEach(p -> texts.add(p.toString(locale)));
    if (parts.size() > texts.size()) {
      texts.add(Labels.label("parts.more", locale, Integer.toString(parts.size() - texts.size())));
    }
    return String.join("; ", texts);
  }

  private static List<PostShare> allShares(List<PostEntry> members) {
    List<PostShare> shares = new ArrayList<>();
    members.forEach(m -> shares.addAll(m.post().ofWhich()));
    return shares;
  }

  private static Function<PostDetails, LocalizedText> key(PostDimension dimension) {
    return switch (dimension) {
      case LOCATION -> p -> Labels.location(p.location());
      case DUTY_STATION -> p -> Labels.dutyStation(p.location());
      case UNIT -> p -> Labels.unit(p.unit());
      case CATEGORY -> p -> Labels.category(p.category());
      case ORIGIN -> p -> Labels.origin(p.origin());
      case FUNDING -> p -> Labels.funding(p.funding());
    };
  }

  /**
   * Returns the pivot in English: one row per group of each dimension, then the total.
   *
   * @return the table
   */
  public TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the pivot with labels and names in the locale's language: one row per group of each
   * dimension, then the total. The duty-station dimension is shown only when some post's location
   * names its duty station; a report without duty stations prints as it did before they existed.
   *
   * @param locale the language of labels and names
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    return toTable(locale, Integer.MAX_VALUE);
  }

  /**
   * Returns the pivot as a table with at most a number of groups per dimension: a dimension with
   * more groups lists those with most posts (equal counts in order of appearance) and adds the rest
   * up in one row, "other N groups", so that every dimension still adds up to the total; each of
   * its cells then names the first three parts by further origin and counts the others.
   *
   * @param locale the language
   * @param groups how many groups of a dimension to list one by one, at least one
   * @return the table
   */
  public TextTable toTable(Locale locale, int groups) {
    if (groups < 1) {
      throw new IllegalArgumentException("groups must be at least 1, not " + groups);
    }
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.by", locale),
                Labels.label("heading.group", locale),
                Labels.label("heading.posts", locale),
                Labels.label("heading.ofWhich", locale))
            .alignRight(2)
            .maxCellWidth(Labels.MAX_TEXT_CELL);
    for (PostDimension dimension : PostDimension.values()) {
      if (dimension == PostDimension.DUTY_STATION && !namesDutyStations()) {
        continue;
      }
      ImmutableList<PostGroup> all = groups(dimension);
      List<PostGroup> shown =
          all.size() <= groups
              ? all
              : all.stream()
                  .sorted(Comparator.comparingInt(PostGroup::count).reversed())
                  .limit(groups)
                  .collect(Collectors.toList());
      int parts = shown == all ? Integer.MAX_VALUE : FOLDED_PARTS;
      for (PostGroup group : shown) {
        table.addRow(
            dimensionLabel(dimension, locale),
            group.key().in(locale),
            group.count(),
            partsText(group.ofWhich(), parts, locale));
      }
      if (shown.size() < all.size()) {
        Set<LocalizedText> listed = shown.stream().map(PostGroup::key).collect(Collectors.toSet());
        Function<PostDetails, LocalizedText> keyOf = key(dimension);
        List<PostEntry> rest =
            entries.stream()
                .filter(e -> !listed.contains(keyOf.apply(e.post())))
                .collect(Collectors.toList());
        table.addRow(
            dimensionLabel(dimension, locale),
            Labels.label("row.otherGroups", locale, Integer.toString(all.size() - shown.size())),
            rest.stream().mapToInt(PostEntry::count).sum(),
            partsText(PostPart.ofShares(allShares(rest)), parts, locale));
      }
    }
    table.addRow(
        Labels.label("row.total", locale),
        "",
        total(),
        ofWhich().stream().map(p -> p.toString(locale)).reduce((a, b) -> a + "; " + b).orElse(""));
    return table.build();
  }

  /**
   * Returns one row per counted line or single post, with all its dimensions.
   *
   * @param locale the language of labels and names
   * @return the table
   */
  public TextTable entriesTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.line", locale),
                dimensionLabel(PostDimension.LOCATION, locale),
                dimensionLabel(PostDimension.UNIT, locale),
                dimensionLabel(PostDimension.CATEGORY, locale),
                dimensionLabel(PostDimension.ORIGIN, locale),
                dimensionLabel(PostDimension.FUNDING, locale),
                Labels.label("heading.posts", locale),
                Labels.label("heading.ofWhich", locale))
            .alignRight(6)
            .maxCellWidth(Labels.MAX_TEXT_CELL);
    for (PostEntry entry : entries) {
      PostDetails post = entry.post();
      table.addRow(
          entry.path(),
          Labels.location(post.location()).in(locale),
          Labels.unit(post.unit()).in(locale),
          Labels.category(post.category()).in(locale),
          Labels.origin(post.origin()).in(locale),
          Labels.funding(post.funding()).in(locale),
          entry.count(),
          entry.ofWhich(locale));
    }
    return table.build();
  }

  /**
   * Returns the stated totals against the sums of their lines.
   *
   * @param locale the language of labels and descriptions
   * @return the table
   */
  public TextTable statedTotalsTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.total", locale),
                Labels.label("heading.description", locale),
                Labels.label("heading.stated", locale),
                Labels.label("heading.sumOfLines", locale),
                Labels.label("heading.addsUp", locale))
            .alignRight(2)
            .alignRight(3);
    for (StatedTotal total : statedTotals) {
      String addsUp =
          total.addsUp()
              ? Labels.label("word.yes", locale)
              : Labels.label("word.no", locale)
                  + (total.missingLines().isEmpty()
                      ? ""
                      : " ("
                          + Labels.label("addsUp.missing", locale, total.missingLines().toString())
                          + ")");
      table.addRow(
          total.path(), total.description().in(locale), total.stated(), total.sumOfLines(), addsUp);
    }
    return table.build();
  }

  private static String dimensionLabel(PostDimension dimension, Locale locale) {
    return switch (dimension) {
      case LOCATION -> Labels.label("dimension.LOCATION", locale);
      case DUTY_STATION -> Labels.label("dimension.DUTY_STATION", locale);
      case UNIT -> Labels.label("dimension.UNIT", locale);
      case CATEGORY -> Labels.label("dimension.CATEGORY", locale);
      case ORIGIN -> Labels.label("dimension.ORIGIN", locale);
      case FUNDING -> Labels.label("dimension.FUNDING", locale);
    };
  }

  /**
   * Prints the pivot in English and, if the programme states totals, the stated totals.
   *
   * @return the printed summary
   */
  @Override
  public String toString() {
    String pivot = toTable().toString();
    return statedTotals.isEmpty() ? pivot : pivot + "\n" + statedTotalsTable(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PostSummary that
        && entries.equals(that.entries)
        && statedTotals.equals(that.statedTotals);
  }

  @Override
  public int hashCode() {
    return 31 * entries.hashCode() + statedTotals.hashCode();
  }
}
