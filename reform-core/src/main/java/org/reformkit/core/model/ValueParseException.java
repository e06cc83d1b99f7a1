package org.reformkit.core.model;

/**
 * Thrown when text that should spell a model value (a document symbol, a partial date, a grade)
 * does not. Like {@link java.time.format.DateTimeParseException}, it keeps the text and the index
 * at which parsing failed.
 */
public final class ValueParseException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String parsedText;

  /** The index in {@link #parsedText} at which parsing failed. */
  private final int errorIndex;

  /**
   * Creates the exception.
   *
   * @param message what was expected
   * @param parsedText the text that failed to parse
   * @param errorIndex the index in {@code parsedText} where it went wrong
   */
  public ValueParseException(String message, String parsedText, int errorIndex) {
    super(message);
    this.parsedText = parsedText;
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that failed to parse.
   *
   * @return the text that failed to parse
   */
  public String getParsedText() {
    return parsedText;
  }

  /**
   * Returns the index in the parsed text at which parsing failed.
   *
   * @return the index in the parsed text at which parsing failed
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}
