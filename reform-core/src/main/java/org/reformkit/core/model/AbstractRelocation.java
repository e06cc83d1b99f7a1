package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A move of a post or a line of posts from one location to another ("posts relocated from New York
 * to Nairobi"), with the date of the move if stated. A report may state that posts move out of a
 * place before their destination is decided: the destination is then not stated (empty), never
 * guessed. Abolition is not a move: it stays a {@link PostStatus}. The model keeps a move whose
 * origin and destination are the same; the rule checks report it.
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
   * Returns where the posts move to, if stated; empty when the report says they move out of {@link
   * #from()} with the destination not yet decided or not given.
   *
   * @return the destination
   */
  public abstract Optional<Location> to();

  /**
   * Returns when the posts move or moved, if stated.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Whether the posts stay where they are: a destination is stated and is the same place as the
   * origin. False when the destination is not stated, since the posts are said to leave.
   *
   * @return whether a stated destination equals the origin
   */
  public final boolean staysInPlace() {
    return to().filter(from()::equals).isPresent();
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "relocation");
  }
}
