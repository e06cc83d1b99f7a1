package org.reformkit.core.model;

/** Which money pays for a post. */
public enum FundingSource {
  /** The regular budget. */
  REGULAR_BUDGET,
  /** Voluntary (extra-budgetary) contributions. */
  EXTRABUDGETARY,
  /** A supplementary account of the regular budget (at the ILO, RBSA). */
  REGULAR_BUDGET_SUPPLEMENTARY_ACCOUNT,
  /** Programme support income. */
  SUPPORT_COSTS,
  /** Another source. */
  OTHER
}
