package org.reformkit.core.rules;

/**
 * A fact of a paper's cover or header that a body's conventions may require ({@link
 * CoverConventions}): the ILO's cover fields, and the header facts other bodies print.
 */
public enum CoverField {
  /** The purpose of the document (ILO cover). */
  PURPOSE("purpose", true),
  /** The relevant strategic objective (ILO cover). */
  STRATEGIC_OBJECTIVE("strategicObjective", true),
  /** The main relevant outcome or cross-cutting policy driver (ILO cover, from 2017). */
  MAIN_OUTCOME("mainOutcome", true),
  /** The policy implications (ILO cover). */
  POLICY_IMPLICATIONS("policyImplications", true),
  /** The legal implications (ILO cover). */
  LEGAL_IMPLICATIONS("legalImplications", true),
  /** The financial implications (ILO cover). */
  FINANCIAL_IMPLICATIONS("financialImplications", true),
  /** The follow-up action required (ILO cover). */
  FOLLOW_UP_ACTION("followUpAction", true),
  /** The author unit (ILO cover). */
  AUTHOR_UNIT("authorUnit", true),
  /** The paper's date (header). */
  DATE("date", false),
  /** The distribution: public, restricted, ... (header). */
  DISTRIBUTION("distribution", false),
  /** The original language (header). */
  ORIGINAL_LANGUAGE("originalLanguage", false),
  /** The agenda item (header). */
  AGENDA_ITEM("agendaItem", false),
  /** The action asked of the body: for information, review, decision, approval (header). */
  ACTIONS_REQUESTED("actionsRequested", false),
  /** At least one focal point or contact. */
  CONTACTS("contacts", false);

  private final String property;
  private final boolean onCover;

  CoverField(String property, boolean onCover) {
    this.property = property;
    this.onCover = onCover;
  }

  /**
   * Returns the name of the property that holds the fact, as in element paths and the JSON format
   * ({@code strategicObjective}).
   *
   * @return the property name
   */
  public String property() {
    return property;
  }

  /**
   * Whether the fact is a field of the cover block ({@code cover.purpose}) rather than of the
   * document's header ({@code date}).
   *
   * @return whether the fact lies on the cover block
   */
  public boolean onCover() {
    return onCover;
  }
}
