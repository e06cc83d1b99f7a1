package org.reformkit.core.model;

/**
 * Who a paper is distributed to, as its cover or header states it ("Distribution: Public",
 * "General", "Restricted"). Bodies use different words; each is kept as the paper prints it, none
 * is implied.
 */
public enum Distribution {
  /** Open to the public ("Public"; IFAD's Executive Board papers). */
  PUBLIC,
  /** General distribution ("General"; UN documents issued to all). */
  GENERAL,
  /** Limited distribution ("Limited"; drafts for the members of an organ). */
  LIMITED,
  /** Restricted to members or named recipients ("Restricted"). */
  RESTRICTED,
  /** Confidential. */
  CONFIDENTIAL
}
