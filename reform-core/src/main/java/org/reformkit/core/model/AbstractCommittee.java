package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that applies a policy of the reform (the Recruitment, Assignment and Mobility Committee):
 * what it does, what it advises on, and which policies it applies.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractCommittee implements Sourced {
  /**
   * Returns the committee's identifier.
   *
   * @return the identifier
   */
  public abstract CommitteeId id();

  /**
   * Returns the committee's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns the committee's abbreviation, if it has one.
   *
   * @return the abbreviation
   */
  public abstract Optional<String> abbreviation();

  /**
   * Returns what the committee does.
   *
   * @return the functions
   */
  public abstract ImmutableList<LocalizedText> functions();

  /**
   * Returns what it advises on ("gender balance", "geographical diversity").
   *
   * @return the subjects of its advice
   */
  public abstract ImmutableList<LocalizedText> advisesOn();

  /**
   * Returns who it advises, if stated.
   *
   * @return the advisee
   */
  public abstract Optional<LocalizedText> advises();

  /**
   * Returns the policies it applies.
   *
   * @return the policies applied
   */
  public abstract ImmutableSet<PolicyId> applies();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "committee");
  }
}
