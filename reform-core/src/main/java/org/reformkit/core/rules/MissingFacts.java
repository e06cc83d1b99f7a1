package org.reformkit.core.rules;

/**
 * What a rule does when a fact it needs is absent (a date not stated, a count "not stated"), after
 * the missing-value strategies of DHIS2 validation rules. A rule never reports what an absent or a
 * partial fact does not prove.
 */
public enum MissingFacts {
  /** The rule says nothing about an element when any fact it compares is absent. */
  SKIP_IF_ANY_MISSING,
  /** The rule checks the facts that are present and says nothing only when all are absent. */
  SKIP_IF_ALL_MISSING,
  /** The absence of the fact is what the rule reports. */
  NEVER_SKIP
}
