package org.reformkit.json;

/** How written JSON is laid out. */
public enum Layout {
  /** On one line, with no spaces between tokens and no final newline. */
  COMPACT,
  /**
   * Indented by two spaces, one property or array element a line, {@code "name": value}, {@code \n}
   * line ends and a final newline: stable byte for byte, good for files kept under version control.
   */
  PRETTY
}
