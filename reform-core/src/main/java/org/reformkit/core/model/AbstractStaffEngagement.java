package org.reformkit.core.model;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How staff took part in the reform or were told and consulted: interviews ("75 in-depth
 * interviews"), meetings, surveys, staff participation, and information, consultation or
 * negotiation with the staff union; with its subject, counterpart, count, period and status.
 *
 * <p>An engagement may offer several kinds at once when the report does ("information will be
 * shared with the staff union, with consultation or negotiation as appropriate").
 */
@Value.Immutable
@ReformStyle
abstract class AbstractStaffEngagement implements Sourced {
  /**
   * Returns the engagement's identifier.
   *
   * @return the identifier
   */
  public abstract EngagementId id();

  /**
   * Returns the forms the engagement takes, at least one.
   *
   * @return the kinds
   */
  public abstract ImmutableSet<EngagementKind> kinds();

  /**
   * Returns who the engagement is with.
   *
   * @return the counterpart
   */
  public abstract Counterpart counterpart();

  /**
   * Returns a description of the participants, if given ("staff who provide services").
   *
   * @return the participants
   */
  public abstract Optional<LocalizedText> participants();

  /**
   * Returns what the engagement is about.
   *
   * @return the subject
   */
  public abstract LocalizedText subject();

  /**
   * Returns how many were held (interviews, meetings), if stated.
   *
   * @return the count
   */
  public abstract Optional<Integer> count();

  /**
   * Returns when it took or takes place, if stated.
   *
   * @return the period
   */
  public abstract Optional<DatePeriod> period();

  /**
   * Returns where it stands, if the report states it; empty when it does not (rules and analyses
   * then say "not stated" and never guess).
   *
   * @return the status, if stated
   */
  public abstract Optional<Status> status();

  /**
   * Returns the commitment it belongs to, if any.
   *
   * @return the commitment
   */
  public abstract Optional<CommitmentId> commitment();

  /**
   * Returns the phase of that commitment it took place in, if stated.
   *
   * @return the phase
   */
  public abstract Optional<PhaseId> phase();

  /**
   * Returns a note, such as a condition ("as appropriate").
   *
   * @return the note
   */
  public abstract Optional<LocalizedText> note();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "engagement");
    if (kinds().isEmpty()) {
      throw new InvalidValueException("a staff engagement needs at least one kind");
    }
    count().ifPresent(c -> Checks.nonNegative(c, "engagement count"));
    if (phase().isPresent() && commitment().isEmpty()) {
      throw new InvalidValueException("an engagement's phase needs its commitment");
    }
  }
}
