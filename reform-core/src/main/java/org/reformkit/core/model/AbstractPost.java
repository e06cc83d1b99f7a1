package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/** A single post (position), for data kept one post at a time, such as an HR system's. */
@Value.Immutable
@ReformStyle
abstract class AbstractPost implements PostDetails {
  /**
   * Returns the post's identifier (a position number).
   *
   * @return the identifier
   */
  public abstract PostId id();

  /**
   * Returns the post's title, if given.
   *
   * @return the title
   */
  public abstract Optional<LocalizedText> title();

  @Override
  public abstract ImmutableList<PostShare> ofWhich();

  @Override
  public final int headCount() {
    return 1;
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "post");
  }
}
