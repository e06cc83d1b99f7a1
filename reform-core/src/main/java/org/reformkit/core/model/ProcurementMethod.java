package org.reformkit.core.model;

/** How external support was procured. */
public enum ProcurementMethod {
  /** International competitive bidding. */
  INTERNATIONAL_COMPETITIVE_BIDDING,
  /** National competitive bidding. */
  NATIONAL_COMPETITIVE_BIDDING,
  /** A request for quotations. */
  REQUEST_FOR_QUOTATION,
  /** Direct contracting (a single source). */
  DIRECT_CONTRACTING,
  /** A call-off under a framework agreement. */
  FRAMEWORK_AGREEMENT,
  /** Another method. */
  OTHER
}
