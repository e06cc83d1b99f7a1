package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered footnote of a paper: its text, the paragraph it is attached to, and the documents it
 * cites.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractFootnote {
  /**
   * Returns the footnote's number.
   *
   * @return the footnote's number, positive
   */
  public abstract int number();

  /**
   * Returns the footnote's text.
   *
   * @return the footnote's text
   */
  public abstract LocalizedText text();

  /**
   * Returns the paragraph the footnote mark stands in, if known.
   *
   * @return the paragraph the footnote is attached to
   */
  public abstract Optional<Integer> paragraph();

  /**
   * Returns the documents the footnote cites.
   *
   * @return the cited documents
   */
  public abstract ImmutableList<DocumentReference> references();

  @Value.Check
  void check() {
    Checks.positive(number(), "footnote number");
    paragraph().ifPresent(p -> Checks.positive(p, "footnote paragraph"));
  }
}
