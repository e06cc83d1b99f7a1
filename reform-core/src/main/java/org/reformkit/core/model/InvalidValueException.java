package org.reformkit.core.model;

import org.reformkit.core.text.SafeText;

/**
 * Thrown when a model value would have no meaning at all: a blank identifier, a negative head
 * count, a blank document symbol, a required attribute left unset. The message names the field and
 * the value.
 *
 * <p>Inconsistent but meaningful data (a completed phase after one not started, a total that does
 * not add up) is never refused: the rule checks report it.
 *
 * <p>The message is safe to print: any control, bidirectional or invisible character in it (from
 * the refused text) is shown as an escape by {@link SafeText#escape(String)}.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field; escaped as {@link SafeText#escape(String)} does
   */
  public InvalidValueException(String message) {
    super(SafeText.escape(message));
  }
}
