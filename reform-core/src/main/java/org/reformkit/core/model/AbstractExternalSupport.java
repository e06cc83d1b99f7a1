package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Support procured from outside the organisation: a consultancy and how it was procured
 * ("international competitive bidding"), why it was sought and when the work began.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractExternalSupport implements Sourced {
  /**
   * Returns the support's identifier.
   *
   * @return the identifier
   */
  public abstract SupportId id();

  /**
   * Returns the kind of support.
   *
   * @return the kind
   */
  public abstract SupportKind kind();

  /**
   * Returns the provider, by name or by description ("a globally recognized management
   * consultancy").
   *
   * @return the provider
   */
  public abstract LocalizedText provider();

  /**
   * Returns how it was procured, if stated.
   *
   * @return the procurement method
   */
  public abstract Optional<ProcurementMethod> procurement();

  /**
   * Returns why it was sought, if stated.
   *
   * @return the reason
   */
  public abstract Optional<LocalizedText> reason();

  /**
   * Returns when the contract was awarded, if stated.
   *
   * @return the award date
   */
  public abstract Optional<PartialDate> awarded();

  /**
   * Returns when the work began, if stated.
   *
   * @return the start
   */
  public abstract Optional<PartialDate> started();

  /**
   * Returns the commitment it supports, if any.
   *
   * @return the commitment
   */
  public abstract Optional<CommitmentId> commitment();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "external support");
  }
}
