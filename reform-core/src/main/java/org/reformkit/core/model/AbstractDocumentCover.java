package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cover block of a governing-body paper, in the order English papers print it: purpose,
 * relevant strategic objective, (from 2017) main relevant outcome or cross-cutting policy driver,
 * policy, legal and financial implications, follow-up action required, author unit and related
 * documents. Every field may be absent in the model; the rule checks say which ones a paper needs.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractDocumentCover {
  /**
   * Returns the purpose of the document.
   *
   * @return the purpose
   */
  public abstract Optional<LocalizedText> purpose();

  /**
   * Returns the relevant strategic objective ("cross-cutting").
   *
   * @return the strategic objective
   */
  public abstract Optional<LocalizedText> strategicObjective();

  /**
   * Returns the main relevant outcome or cross-cutting policy driver (papers from 2017 on).
   *
   * @return the main relevant outcome
   */
  public abstract Optional<LocalizedText> mainOutcome();

  /**
   * Returns the policy implications.
   *
   * @return the policy implications
   */
  public abstract Optional<LocalizedText> policyImplications();

  /**
   * Returns the legal implications.
   *
   * @return the legal implications
   */
  public abstract Optional<LocalizedText> legalImplications();

  /**
   * Returns the financial implications.
   *
   * @return the financial implications
   */
  public abstract Optional<LocalizedText> financialImplications();

  /**
   * Returns the follow-up action required.
   *
   * @return the follow-up action required
   */
  public abstract Optional<LocalizedText> followUpAction();

  /**
   * Returns the author unit.
   *
   * @return the author unit
   */
  public abstract Optional<OrgUnit> authorUnit();

  /**
   * Returns the related documents, in the order listed.
   *
   * @return the related documents
   */
  public abstract ImmutableList<DocumentReference> relatedDocuments();
}
