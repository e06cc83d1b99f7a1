package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A counted line of posts, the way reports state them: "22 new technical posts in the headquarters
 * policy portfolio, some of them transferred from the International Institute for Labour Studies".
 * The count may not be negative (a zero count is meaningful but suspicious, and the rule checks say
 * so).
 *
 * <pre>{@code
 * PostLine hq = PostLine.builder()
 *     .id(PostLineId.of("hq-policy-technical"))
 *     .count(22)
 *     .location(Location.headquarters())
 *     .category(PostCategory.TECHNICAL)
 *     .origin(PostOrigin.of(OriginKind.NEW))
 *     .addOfWhich(PostShare.some(PostOrigin.transferredFrom(iils)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractPostLine implements PostDetails {
  /**
   * Returns the line's identifier.
   *
   * @return the identifier
   */
  public abstract PostLineId id();

  /**
   * Returns how many posts the line counts.
   *
   * @return the count, not negative
   */
  public abstract int count();

  /**
   * Returns how the report describes the line, if kept.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  @Override
  public abstract ImmutableList<PostShare> ofWhich();

  @Override
  public final int headCount() {
    return count();
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "post line");
    Checks.nonNegative(count(), "post line count");
  }
}
