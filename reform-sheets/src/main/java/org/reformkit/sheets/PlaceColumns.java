package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.InvalidValueException;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.Relocation;
import org.reformkit.core.text.SafeText;

/**
 * Where posts sit and where they move: a location's columns ({@code location}, {@code
 * location.name.*}, {@code location.dutyStation.city.*}, {@code location.dutyStation.country}) and
 * a relocation's ({@code relocation.from...}, {@code relocation.to...}, {@code relocation.date},
 * {@code relocation.paragraphs}), written and read once for posts and post lines. Internal.
 */
final class PlaceColumns {
  private static final String RELOCATION = "relocation";
  private static final String FROM = RELOCATION + ".from";
  private static final String TO = RELOCATION + ".to";

  /** The columns of a relocation, as {@link PostColumns#SPECS} lists them. */
  static final String[] RELOCATION_SPECS = {
    "relocation.from",
    "relocation.from.name*",
    "relocation.from.dutyStation.city*",
    "relocation.from.dutyStation.country",
    "relocation.to",
    "relocation.to.name*",
    "relocation.to.dutyStation.city*",
    "relocation.to.dutyStation.country",
    "relocation.date",
    "relocation.paragraphs"
  };

  private static final ImmutableList<Columns.Column> RELOCATION_COLUMNS =
      Columns.of(RELOCATION_SPECS);

  /** The columns of a relocation's destination, which may be left out. */
  private static final ImmutableList<Columns.Column> DESTINATION_COLUMNS =
      Columns.of(
          Arrays.stream(RELOCATION_SPECS)
              .filter(spec -> spec.startsWith(TO))
              .toArray(String[]::new));

  private PlaceColumns() {}

  static void writeLocation(RowOut row, String prefix, Location location) {
    row.put(prefix, location.kind()).localized(prefix + ".name", location.name());
    location
        .dutyStation()
        .ifPresent(
            d ->
                row.localized(prefix + ".dutyStation.city", d.city())
                    .put(prefix + ".dutyStation.country", d.country()));
  }

  static void writeRelocation(RowOut row, Optional<Relocation> relocation) {
    relocation.ifPresent(
        r -> {
          writeLocation(row, FROM, r.from());
          r.to().ifPresent(to -> writeLocation(row, TO, to));
          row.put(RELOCATION + ".date", r.date()).list(RELOCATION + ".paragraphs", r.paragraphs());
        });
  }

  /** A required location: its kind must be filled; absent, with a problem, where a cell is bad. */
  static Optional<Location> requiredLocation(RowIn row, String prefix) {
    Optional<LocationKind> kind =
        row.requiredWord(prefix, LocationKind.class, "a kind of location");
    Optional<LocalizedText> name = row.localized(prefix + ".name");
    Optional<DutyStation> station = dutyStation(row, prefix);
    return kind.map(k -> Location.of(k, name).withDutyStation(station));
  }

  private static Optional<DutyStation> dutyStation(RowIn row, String prefix) {
    String city = prefix + ".dutyStation.city";
    String countryColumn = prefix + ".dutyStation.country";
    Optional<LocalizedText> name = row.localized(city);
    Optional<String> country = row.text(countryColumn);
    if (name.isEmpty() && country.isEmpty()) {
      return Optional.empty();
    }
    if (country.isEmpty()) {
      row.problem(countryColumn, "a duty station needs its country as well as its city");
      return Optional.empty();
    }
    if (name.isEmpty()) {
      row.problem(countryColumn, "a duty station needs its city as well as its country");
      return Optional.empty();
    }
    try {
      return Optional.of(DutyStation.of(name.get(), country.get().strip()));
    } catch (InvalidValueException e) {
      row.problem(countryColumn, SafeText.escape(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  /**
   * The relocation of a row: absent when none of its cells is filled; otherwise its origin is
   * required, and its destination is read when any of its cells is filled (a source may state a
   * move out of a place before the destination is decided).
   */
  static Optional<Relocation> relocation(RowIn row) {
    if (!anyFilled(row, RELOCATION_COLUMNS)) {
      return Optional.empty();
    }
    Optional<Location> from = requiredLocation(row, FROM);
    boolean destinationStated = anyFilled(row, DESTINATION_COLUMNS);
    Optional<Location> to =
        destinationStated ? requiredLocation(row, TO) : Optional.<Location>empty();
    Relocation.Builder relocation =
        Relocation.builder()
            .date(row.date(RELOCATION + ".date"))
            .addAllParagraphs(
                row.list(RELOCATION + ".paragraphs", "a paragraph number", RowIn::parseInteger));
    if (from.isEmpty() || (destinationStated && to.isEmpty())) {
      return Optional.empty();
    }
    try {
      return Optional.of(relocation.from(from.get()).to(to).build());
    } catch (InvalidValueException e) {
      row.problem(RELOCATION + ".paragraphs", SafeText.escape(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private static boolean anyFilled(RowIn row, ImmutableList<Columns.Column> columns) {
    boolean any = false;
    for (Columns.Column column : columns) {
      any |= row.filled(column.name());
    }
    return any;
  }
}
