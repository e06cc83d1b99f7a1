package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/** A policy the reform puts in force (the mobility policy), with the measures it brings. */
@Value.Immutable
@ReformStyle
abstract class AbstractPolicy implements Sourced {
  /**
   * Returns the policy's identifier.
   *
   * @return the identifier
   */
  public abstract PolicyId id();

  /**
   * Returns the policy's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns where the policy stands.
   *
   * @return the status
   */
  public abstract PolicyStatus status();

  /**
   * Returns a description, if given.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns measures or initiatives under the policy ("temporary assignments between the regions
   * and headquarters").
   *
   * @return the measures
   */
  public abstract ImmutableList<LocalizedText> measures();

  /**
   * Returns the commitment that brought the policy, if any.
   *
   * @return the commitment
   */
  public abstract Optional<CommitmentId> commitment();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "policy");
  }
}
