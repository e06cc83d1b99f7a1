package org.reformkit.core.model;

/** What a financial line states: an approval, a plan, a spending or a saving. */
public enum FinanceKind {
  /** A budget approved by the governing body. */
  APPROVED_BUDGET,
  /** An allocation of funds to a purpose, out of an approved budget or another source. */
  ALLOCATION,
  /** Money spent. */
  EXPENDITURE,
  /** Money committed by contract or order but not yet spent. */
  OBLIGATION,
  /** An estimate of what something will cost. */
  COST_ESTIMATE,
  /** A saving or efficiency gain the report claims. */
  SAVING;

  /**
   * Whether the line approves money that spending is measured against (an approved budget).
   *
   * @return whether this is an approval
   */
  public boolean isApproval() {
    return this == APPROVED_BUDGET;
  }

  /**
   * Whether the line states money spent (an expenditure; obligations are committed, not spent).
   *
   * @return whether this is spending
   */
  public boolean isSpending() {
    return this == EXPENDITURE;
  }
}
