package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One component (workstream) of a reform programme: its objective, scope, owner, status, ordered
 * phases, deliverables and milestones, and its links to other commitments and to the evaluations
 * whose findings it addresses.
 *
 * <pre>{@code
 * Commitment review = Commitment.builder()
 *     .id(CommitmentId.of("bpr"))
 *     .title(LocalizedText.zhEn("业务流程审查", "Business process review"))
 *     .status(Status.IN_PROGRESS)
 *     .addPhase(dataCollection)
 *     .build();
 * review.phase(PhaseId.of("a")); // Optional[dataCollection]
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractCommitment implements Sourced {
  /**
   * Returns the commitment's identifier.
   *
   * @return the identifier
   */
  public abstract CommitmentId id();

  /**
   * Returns the commitment's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns what it sets out to achieve, if stated.
   *
   * @return the objective
   */
  public abstract Optional<LocalizedText> objective();

  /**
   * Returns what it covers, if stated.
   *
   * @return the scope
   */
  public abstract Optional<LocalizedText> scope();

  /**
   * Returns the unit that owns it, if stated.
   *
   * @return the owner unit
   */
  public abstract Optional<OrgUnit> owner();

  /**
   * Returns where it stands, if the report states it; empty when it does not (rules and analyses
   * then say "not stated" and never guess).
   *
   * @return the status, if stated
   */
  public abstract Optional<Status> status();

  /**
   * Returns when it started or was launched, if stated.
   *
   * @return the start
   */
  public abstract Optional<PartialDate> started();

  /**
   * Returns when it is due to be finished, if stated.
   *
   * @return the due date
   */
  public abstract Optional<PartialDate> due();

  /**
   * Whether it changes the working conditions of staff, so that the staff union must be informed,
   * consulted or negotiated with before it is implemented.
   *
   * @return whether it affects staff
   */
  @Value.Default
  public boolean affectsStaff() {
    return false;
  }

  /**
   * Returns the commitments this one depends on.
   *
   * @return the commitments depended on
   */
  public abstract ImmutableSet<CommitmentId> dependsOn();

  /**
   * Returns the commitment this one is a part of, if any (an item of another's implementation
   * plan).
   *
   * @return the parent commitment
   */
  public abstract Optional<CommitmentId> partOf();

  /**
   * Returns the evaluations (or other documents) whose findings this commitment addresses.
   *
   * @return the evaluations addressed
   */
  public abstract ImmutableList<DocumentReference> addressesFindingsOf();

  /**
   * Returns the ordered phases.
   *
   * @return the phases, in order
   */
  public abstract ImmutableList<Phase> phases();

  /**
   * Returns what it produces outside any phase.
   *
   * @return the deliverables
   */
  public abstract ImmutableList<Deliverable> deliverables();

  /**
   * Returns its milestones.
   *
   * @return the milestones
   */
  public abstract ImmutableList<Milestone> milestones();

  /**
   * Returns narrative facts about it.
   *
   * @return the statements
   */
  public abstract ImmutableList<Statement> statements();

  /**
   * Returns the phase with this identifier, if there is one.
   *
   * @param phaseId the phase's identifier
   * @return the phase
   */
  public final Optional<Phase> phase(PhaseId phaseId) {
    return phases().stream().filter(p -> p.id().equals(phaseId)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "commitment");
  }
}
