package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The framework that monitors a reform programme against targets. While it is not completed, the
 * rule checks treat missing indicators and targets as warnings rather than errors.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractMonitoringFramework implements Sourced {
  /**
   * Returns the framework's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns where the framework itself stands, if the report states it; empty when it does not
   * (rules and analyses then say "not stated" and never guess).
   *
   * @return the status, if stated
   */
  public abstract Optional<Status> status();

  /**
   * Whether the framework sets targets.
   *
   * @return whether it sets targets
   */
  public abstract boolean withTargets();

  /**
   * Returns what it is for, if stated.
   *
   * @return the purpose
   */
  public abstract Optional<LocalizedText> purpose();

  /**
   * Returns the commitment that builds the framework, if it is one.
   *
   * @return the commitment
   */
  public abstract Optional<CommitmentId> commitment();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "monitoring framework");
  }
}
