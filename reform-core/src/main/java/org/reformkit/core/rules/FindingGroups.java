package org.reformkit.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.PathStep;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.text.Bundle;
import org.reformkit.core.text.TextTable;

/**
 * The findings of a validation grouped by rule, for a report too large to read finding by finding:
 * per rule the count, the severity, the first few paths, and where the findings concentrate, by
 * commitment (a finding under {@code commitments[x]}) and by location (a finding on a post or a
 * counted line, at that post's location).
 *
 * <pre>{@code
 * ValidationResult result = RuleSet.standard().validate(report);
 * FindingGroups groups = FindingGroups.of(report.programme(), result.findings());
 * System.out.print(groups.toTable(Locale.ENGLISH));
 * }</pre>
 *
 * <p>Groups come most serious first, then by count (most first), then by code. A finding whose path
 * names no commitment, post or counted line (one on the document, on an indicator) counts in its
 * rule's total only: it is not put under a commitment or location it does not name.
 */
public final class FindingGroups {
  /** How many paths of each rule's first findings a group keeps. */
  public static final int FIRST_PATHS = 3;

  /** How many commitments and locations the table names per rule; the rest are counted. */
  public static final int TABLE_PLACES = 3;

  private static final Bundle LABELS = Bundle.load(FindingGroups.class, "labels");

  private final ImmutableList<FindingGroup> groups;

  private FindingGroups(ImmutableList<FindingGroup> groups) {
    this.groups = groups;
  }

  /**
   * Groups findings on a programme by rule.
   *
   * @param programme the programme the findings are about, to find the location of a post
   * @param findings the findings
   * @return the groups
   */
  public static FindingGroups of(ReformProgramme programme, Iterable<Finding> findings) {
    Builder builder = builder(programme);
    for (Finding finding : findings) {
      builder.add(finding.code(), finding.severity(), finding.path());
    }
    return builder.build();
  }

  /**
   * Returns a builder that groups findings given by code, severity and path, for findings that are
   * not the rule engine's own (a caller's rows).
   *
   * @param programme the programme the findings are about
   * @return the builder
   */
  public static Builder builder(ReformProgramme programme) {
    return new Builder(requireNonNull(programme, "programme"));
  }

  /**
   * Returns the groups, most serious first, then most findings first, then by code.
   *
   * @return the groups
   */
  public ImmutableList<FindingGroup> groups() {
    return groups;
  }

  /**
   * Returns the number of findings in all groups.
   *
   * @return the total
   */
  public int total() {
    return groups.stream().mapToInt(FindingGroup::count).sum();
  }

  /**
   * Returns the groups as a table: rule, severity, count, first paths, and the commitments and
   * locations with most findings (at most {@link #TABLE_PLACES} each, then how many more).
   *
   * @param locale the language of headings, severities and location names
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                LABELS.text("heading.rule", locale),
                LABELS.text("heading.severity", locale),
                LABELS.text("heading.count", locale),
                LABELS.text("heading.firstPaths", locale),
                LABELS.text("heading.byCommitment", locale),
                LABELS.text("heading.byLocation", locale))
            .alignRight(2)
            .maxCellWidth(60);
    for (FindingGroup group : groups) {
      table.addRow(
          group.code(),
          LABELS.text("severity." + group.severity().name(), locale),
          Integer.toString(group.count()),
          group.firstPaths().stream()
                  .map(p -> ValidationResult.printPath(p, locale))
                  .collect(Collectors.joining(", "))
              + (group.count() > group.firstPaths().size() ? ", …" : ""),
          places(group.byCommitment(), Function.identity(), locale),
          places(group.byLocation(), l -> location(l, locale), locale));
    }
    return table.build();
  }

  private static <K> String places(
      ImmutableMap<K, Integer> counts, Function<K, String> name, Locale locale) {
    List<String> shown = new ArrayList<>();
    counts.entrySet().stream()
        .limit(TABLE_PLACES)
        .forEach(e -> shown.add(name.apply(e.getKey()) + " (" + e.getValue() + ")"));
    int more = counts.size() - shown.size();
    if (more > 0) {
      shown.add(LABELS.format("places.more", locale, Integer.toString(more)));
    }
    return String.join(", ", shown);
  }

  private static String location(Location location, Locale locale) {
    String kind = LABELS.text("location." + location.kind().name(), locale);
    return location.name().map(n -> kind + " · " + n.in(locale)).orElse(kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FindingGroups that && groups.equals(that.groups);
  }

  @Override
  public int hashCode() {
    return groups.hashCode();
  }

  /**
   * Prints the groups as a table in English.
   *
   * @return the printed table
   */
  @Override
  public String toString() {
    return toTable(Locale.ENGLISH).toString();
  }

  /** Collects findings one by one and groups them by rule. Not thread-safe. */
  public static final class Builder {
    private final ReformProgramme programme;
    private final Map<String, Group> byCode = new LinkedHashMap<>();
    private Map<String, Location> postLocations = Map.of();
    private boolean postsIndexed;

    private Builder(ReformProgramme programme) {
      this.programme = programme;
    }

    /**
     * Adds one finding.
     *
     * @param code the rule's code
     * @param severity its severity
     * @param path the path of the element it is about
     * @return this builder
     */
    public Builder add(String code, Severity severity, ElementPath path) {
      requireNonNull(code, "code");
      requireNonNull(severity, "severity");
      requireNonNull(path, "path");
      Group group = byCode.computeIfAbsent(code, Group::new);
      group.count++;
      group.severities.add(severity);
      if (group.firstPaths.size() < FIRST_PATHS) {
        group.firstPaths.add(path);
      }
      ImmutableList<PathStep> steps = path.steps();
      if (!steps.isEmpty() && steps.get(0).key().isPresent()) {
        String name = steps.get(0).name();
        String key = steps.get(0).key().get();
        if ("commitments".equals(name)) {
          group.byCommitment.merge(key, 1, Integer::sum);
        } else if ("posts".equals(name) || "postLines".equals(name)) {
          locationOf(name, key).ifPresent(l -> group.byLocation.merge(l, 1, Integer::sum));
        }
      }
      return this;
    }

    private Optional<Location> locationOf(String collection, String key) {
      if (!postsIndexed) {
        Map<String, Location> locations = new HashMap<>();
        programme.posts().forEach(p -> locations.put("posts/" + p.id(), p.location()));
        programme.postLines().forEach(l -> locations.put("postLines/" + l.id(), l.location()));
        postLocations = locations;
        postsIndexed = true;
      }
      return Optional.ofNullable(postLocations.get(collection + "/" + key));
    }

    /**
     * Returns the groups of the findings added so far.
     *
     * @return the groups
     */
    public FindingGroups build() {
      return new FindingGroups(
          byCode.values().stream()
              .map(Group::toGroup)
              .sorted(
                  Comparator.comparing(FindingGroup::severity)
                      .thenComparing(FindingGroup::count, Comparator.reverseOrder())
                      .thenComparing(FindingGroup::code))
              .collect(ImmutableList.toImmutableList()));
    }
  }

  /** A group while findings are added. */
  private static final class Group {
    final String code;

    /** The severities seen; the first, in the enum's order, is the most serious. */
    final EnumSet<Severity> severities = EnumSet.noneOf(Severity.class);

    int count;
    final List<ElementPath> firstPaths = new ArrayList<>();
    final Map<String, Integer> byCommitment = new LinkedHashMap<>();
    final Map<Location, Integer> byLocation = new LinkedHashMap<>();

    Group(String code) {
      this.code = code;
    }

    FindingGroup toGroup() {
      return new FindingGroup(
          code,
          severities.iterator().next(),
          count,
          ImmutableList.copyOf(firstPaths),
          mostFirst(byCommitment),
          mostFirst(byLocation));
    }

    /** The counts, most first; equal counts in the order they were first seen. */
    private static <K> ImmutableMap<K, Integer> mostFirst(Map<K, Integer> counts) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<K, Integer>comparingByValue().reversed())
          .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
  }
}
