package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step of a commitment that is not one of its phases: a report promised to a later session,
 * a decision due, an item to finish before the end of the year.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractMilestone implements Sourced {
  /**
   * Returns the milestone's identifier.
   *
   * @return the identifier
   */
  public abstract MilestoneId id();

  /**
   * Returns what is to happen.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns when it is due, if stated.
   *
   * @return the due date
   */
  public abstract Optional<PartialDate> due();

  /**
   * Returns where it stands, if the report states it; empty when it does not (rules and analyses
   * then say "not stated" and never guess).
   *
   * @return the status, if stated
   */
  public abstract Optional<Status> status();

  /**
   * Returns the body or section it goes to, if any ("the Programme, Financial and Administrative
   * Section").
   *
   * @return the addressee
   */
  public abstract Optional<LocalizedText> addressee();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "milestone");
  }
}
