package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A narrative statement of a report that no structured element carries: the context the reform
 * works in (the 2030 Agenda), a principle it follows (openness and transparency), an assessment of
 * its results. Kept with its source paragraphs so that nothing the report says is lost.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractStatement implements Sourced {
  /**
   * Returns the statement's identifier.
   *
   * @return the statement's identifier
   */
  public abstract StatementId id();

  /**
   * Returns what the statement does.
   *
   * @return what the statement does
   */
  public abstract StatementKind kind();

  /**
   * Returns the statement's text.
   *
   * @return the statement's text
   */
  public abstract LocalizedText text();

  /**
   * Returns the documents the statement refers to, possibly none.
   *
   * @return the documents referred to
   */
  public abstract ImmutableList<DocumentReference> references();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "statement");
  }
}
