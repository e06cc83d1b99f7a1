package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A total of posts as a report states it ("39 new technical posts in all"), with the lines it is
 * made of. The model keeps a stated total that does not add up; the rule checks report it.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractPostTotal implements Sourced {
  /**
   * Returns the total's identifier.
   *
   * @return the identifier
   */
  public abstract PostTotalId id();

  /**
   * Returns what the total counts.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns the stated total.
   *
   * @return the stated total, not negative
   */
  public abstract int count();

  /**
   * Returns the lines the total is made of.
   *
   * @return the lines
   */
  public abstract ImmutableList<PostLineId> lines();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "post total");
    Checks.nonNegative(count(), "post total count");
  }
}
