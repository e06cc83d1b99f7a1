package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ordered step of a commitment ("(a) data collection"), with planned and actual start and end,
 * status and deliverables. The order of phases is the order of the commitment's list.
 *
 * <pre>{@code
 * Phase dataCollection = Phase.builder()
 *     .id(PhaseId.of("a"))
 *     .name(LocalizedText.zhEn("收集数据", "Data collection"))
 *     .status(Status.COMPLETED)
 *     .build();
 * Phase reopened = dataCollection.withStatus(Status.IN_PROGRESS);
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractPhase implements Sourced {
  /**
   * Returns the phase's identifier within its commitment.
   *
   * @return the identifier
   */
  public abstract PhaseId id();

  /**
   * Returns the phase's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns where the phase stands, if the report states it; empty when it does not (rules and
   * analyses then say "not stated" and never guess).
   *
   * @return the status, if stated
   */
  public abstract Optional<Status> status();

  /**
   * Returns the planned start, if stated.
   *
   * @return the planned start
   */
  public abstract Optional<PartialDate> plannedStart();

  /**
   * Returns the planned end, if stated.
   *
   * @return the planned end
   */
  public abstract Optional<PartialDate> plannedEnd();

  /**
   * Returns the actual start, if stated.
   *
   * @return the actual start
   */
  public abstract Optional<PartialDate> actualStart();

  /**
   * Returns the actual end, if stated.
   *
   * @return the actual end
   */
  public abstract Optional<PartialDate> actualEnd();

  /**
   * Returns what the phase produces.
   *
   * @return the deliverables
   */
  public abstract ImmutableList<Deliverable> deliverables();

  /**
   * Returns narrative facts about the phase ("priority areas were identified ...").
   *
   * @return the statements
   */
  public abstract ImmutableList<Statement> statements();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "phase");
  }
}
