package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;
import org.reformkit.core.text.TextTable;

/**
 * Where the relocated posts go: for each place, the posts relocated into it and out of it, and the
 * net movement.
 *
 * <pre>{@code
 * PostMovements movements = Analyses.postMovements(report);
 * movements.rows(); // Nairobi (KE): in 12, out 0; New York (US): in 0, out 12
 * System.out.print(movements);
 * }</pre>
 *
 * <p>A place is a duty station when the location names one (every location at the same duty station
 * is the same place), otherwise the location itself (kind and name). Each relocated line counts its
 * posts, each relocated post counts one; posts with no stated relocation are not movements. A move
 * whose origin and destination are the same place counts in and out there (net 0); the rule {@code
 * RELOCATION_SAME_PLACE} reports it. A move whose destination is not stated counts out of its
 * origin and into one row "destination not stated", never into a guessed place. Places are in the
 * order they first appear.
 */
public final class PostMovements {
  /** The key of the row of destinations not stated; no location equals it. */
  private static final Object UNSTATED = new Object();

  private final ImmutableList<MovementRow> rows;

  private PostMovements(ImmutableList<MovementRow> rows) {
    this.rows = rows;
  }

  /**
   * Returns the movements of a programme's posts.
   *
   * @param programme the programme
   * @return the movements
   */
  public static PostMovements of(ReformProgramme programme) {
    Map<Object, Tally> tallies = new LinkedHashMap<>();
    List<PostDetails> posts = new ArrayList<>(programme.postLines());
    posts.addAll(programme.posts());
    for (PostDetails post : posts) {
      if (post.relocation().isEmpty()) {
        continue;
      }
      Relocation move = post.relocation().get();
      Tally destination =
          move.to()
              .map(to -> tally(tallies, to))
              .orElseGet(() -> tallies.computeIfAbsent(UNSTATED, k -> new Tally(Optional.empty())));
      destination.in += post.headCount();
      tally(tallies, move.from()).out += post.headCount();
    }
    ImmutableList.Builder<MovementRow> rows = ImmutableList.builder();
    for (Tally t : tallies.values()) {
      rows.add(new MovementRow(place(t.place), t.in, t.out));
    }
    return new PostMovements(rows.build());
  }

  /** The tally of a place: its duty station if it names one, otherwise the location itself. */
  private static Tally tally(Map<Object, Tally> tallies, Location at) {
    Object key = at.dutyStation().<Object>map(d -> d).orElse(at);
    return tallies.computeIfAbsent(key, k -> new Tally(Optional.of(at)));
  }

  /** Posts in and out of one place, as they are added up; no place for destinations not stated. */
  private static final class Tally {
    final Optional<Location> place;
    int in;
    int out;

    Tally(Optional<Location> place) {
      this.place = place;
    }
  }

  /**
   * A place as the table names it: its duty station's city and country, or the location; "not
   * stated" for the destinations not stated.
   */
  private static LocalizedText place(Optional<Location> location) {
    if (location.isEmpty()) {
      return Labels.text("place.destinationNotStated");
    }
    return location
        .get()
        .dutyStation()
        .map(Labels::dutyStation)
        .orElseGet(() -> Labels.location(location.get()));
  }

  /**
   * Returns one row per place, in order of first appearance.
   *
   * @return the rows
   */
  public ImmutableList<MovementRow> rows() {
    return rows;
  }

  /**
   * Returns the movements as a table in English.
   *
   * @return the table
   */
  public TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the movements as a table with labels and places in the locale's language: place, in,
   * out, net (signed).
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.place", locale),
                Labels.label("heading.in", locale),
                Labels.label("heading.out", locale),
                Labels.label("heading.net", locale))
            .maxCellWidth(Labels.MAX_CELL)
            .alignRight(1)
            .alignRight(2)
            .alignRight(3);
    for (MovementRow row : rows) {
      table.addRow(
          row.place().in(locale),
          Integer.toString(row.in()),
          Integer.toString(row.out()),
          (row.net() > 0 ? "+" : "") + row.net());
    }
    return table.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PostMovements o && rows.equals(o.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return toTable().toString();
  }
}
