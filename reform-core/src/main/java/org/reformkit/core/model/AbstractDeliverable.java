package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a commitment or phase produces: a tool, a guidebook, a team, a platform, a set of
 * options. A quantity says how many when the report counts them ("five flagship programmes").
 */
@Value.Immutable
@ReformStyle
abstract class AbstractDeliverable implements Sourced {
  /**
   * Returns the deliverable's identifier.
   *
   * @return the identifier
   */
  public abstract DeliverableId id();

  /**
   * Returns the deliverable's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns what it is for, if stated.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns where the deliverable stands, if stated.
   *
   * @return the status
   */
  public abstract Optional<Status> status();

  /**
   * Returns how many of it there are or will be, if counted.
   *
   * @return the quantity
   */
  public abstract Optional<Integer> quantity();

  /**
   * Returns when it is due, if stated.
   *
   * @return the due date
   */
  public abstract Optional<PartialDate> due();

  /**
   * Returns when it was announced or launched, if stated.
   *
   * @return the announcement date
   */
  public abstract Optional<PartialDate> announced();

  /**
   * Returns the papers that describe it in full.
   *
   * @return the documents
   */
  public abstract com.google.common.collect.ImmutableList<DocumentReference> documents();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "deliverable");
    quantity().ifPresent(q -> Checks.nonNegative(q, "deliverable quantity"));
  }
}
