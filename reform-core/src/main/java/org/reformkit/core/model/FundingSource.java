package org.reformkit.core.model;

/**
 * Which money pays for a post or a financial line: one list for both, so that "regular budget"
 * means the same in a post line and in a budget line.
 */
public enum FundingSource {
  /** The regular budget. */
  REGULAR_BUDGET,
  /** Voluntary (extra-budgetary) contributions. */
  EXTRABUDGETARY,
  /** A supplementary account of the regular budget (at the ILO, RBSA). */
  REGULAR_BUDGET_SUPPLEMENTARY_ACCOUNT,
  /** Programme support income. */
  SUPPORT_COSTS,
  /** A trust fund (a multi-donor or special-purpose fund held in trust). */
  TRUST_FUND,
  /** The capital budget (investment in buildings, systems and equipment). */
  CAPITAL_BUDGET,
  /** Another source. */
  OTHER
}
