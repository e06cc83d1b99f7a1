package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of a counted line of posts, by origin: "of which 5 transferred from ...", or, when the
 * report does not say how many, "some of them transferred from ..." (an absent count).
 *
 * <pre>{@code
 * PostShare.some(PostOrigin.transferredFrom(iils)); // "some, number not stated"
 * PostShare.of(PostOrigin.of(OriginKind.REDEPLOYED), 5);
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractPostShare {
  /**
   * Returns the origin of this part.
   *
   * @return the origin
   */
  public abstract PostOrigin origin();

  /**
   * Returns how many posts of the line this part holds, if the report says; empty means "some,
   * number not stated".
   *
   * @return the count, if stated
   */
  public abstract Optional<Integer> count();

  /**
   * Returns a part whose size is stated.
   *
   * @param origin the origin
   * @param count how many posts
   * @return the part
   */
  public static PostShare of(PostOrigin origin, int count) {
    return PostShare.of(origin, Optional.of(count));
  }

  /**
   * Returns a part whose size is not stated ("some of them").
   *
   * @param origin the origin
   * @return the part
   */
  public static PostShare some(PostOrigin origin) {
    return PostShare.of(origin, Optional.empty());
  }

  @Value.Check
  void check() {
    count().ifPresent(c -> Checks.nonNegative(c, "post share count"));
  }

  @Override
  public String toString() {
    return count().map(String::valueOf).orElse("some (not stated)") + " " + origin();
  }
}
