package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A move of a post or a line of posts from one location to another ("posts relocated from New York
 * to Nairobi"), with the date of the move if stated. Abolition is not a move: it stays a {@link
 * PostStatus}. The model keeps a move whose origin and destination are the same; the rule checks
 * report it.
 *
 * <pre>{@code
 * Relocation.builder()
 *     .from(Location.headquarters())
 *     .to(Location.of(LocationKind.FIELD_OFFICE, nairobi).withDutyStation(...))
 *     .date(PartialDate.ofYear(2026))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractRelocation implements Sourced {
  /**
   * Returns where the posts move from.
   *
   * @return the origin
   */
  public abstract Location from();

  /**
   * Returns where the posts move to.
   *
   * @return the destination
   */
  public abstract Location to();

  /**
   * Returns when the posts move or moved, if stated.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Whether the posts stay where they are: origin and destination are the same place.
   *
   * @return whether origin and destination are equal
   */
  public final boolean staysInPlace() {
    return from().equals(to());
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "relocation");
  }
}
