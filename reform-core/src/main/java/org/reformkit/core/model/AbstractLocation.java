package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a post sits: headquarters, the field in general, or a named region or field office; and, if
 * named, its duty station (city and country).
 *
 * <pre>{@code
 * Location.headquarters();
 * Location.field();
 * Location.of(LocationKind.FIELD_OFFICE, LocalizedText.of("en", "ILO Office for Brazil"));
 * Location.field().withDutyStation(DutyStation.of(LocalizedText.of("en", "Nairobi"), "KE"));
 * }</pre>
 */
@Value.Immutable(builder = false, copy = true)
@ReformTuple
abstract class AbstractLocation {
  /**
   * Returns the kind of place.
   *
   * @return the kind of place
   */
  public abstract LocationKind kind();

  /**
   * Returns the region's or office's name, if one is named.
   *
   * @return the name, if one is named
   */
  public abstract Optional<LocalizedText> name();

  /**
   * Returns the duty station, if one is named. Not a parameter of {@code of}: a place with a duty
   * station is made with {@code withDutyStation}.
   *
   * @return the duty station
   */
  @Value.Parameter(false)
  public abstract Optional<DutyStation> dutyStation();

  /**
   * Returns headquarters.
   *
   * @return headquarters
   */
  public static Location headquarters() {
    return Location.of(LocationKind.HEADQUARTERS, Optional.empty());
  }

  /**
   * Returns the field, with no office or region named.
   *
   * @return the field
   */
  public static Location field() {
    return Location.of(LocationKind.FIELD, Optional.empty());
  }

  /**
   * Returns a named place.
   *
   * @param kind the kind of place
   * @param name its name
   * @return the place
   */
  public static Location of(LocationKind kind, LocalizedText name) {
    return Location.of(kind, Optional.of(name));
  }

  /**
   * Whether the place is in the field (not headquarters).
   *
   * @return whether the place is in the field
   */
  public final boolean inField() {
    return kind() != LocationKind.HEADQUARTERS;
  }

  @Override
  public String toString() {
    String kind = kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String place = name().map(n -> kind + " " + n).orElse(kind);
    return dutyStation().map(d -> place + " at " + d).orElse(place);
  }
}
