package org.reformkit.core.model;

/** To whom an oversight body addresses a recommendation. */
public enum Addressee {
  /** The organisation's executive head (Director-General, Secretary-General, President). */
  EXECUTIVE_HEAD,
  /** The legislative or governing body (a governing body, council, executive board, assembly). */
  LEGISLATIVE_BODY,
  /** Someone else (a management unit, another body). */
  OTHER
}
