package org.reformkit.core.model;

/**
 * Thrown when a model value would have no meaning at all: a blank identifier, a negative head
 * count, a blank document symbol, a required attribute left unset. The message names the field and
 * the value.
 *
 * <p>Inconsistent but meaningful data (a completed phase after one not started, a total that does
 * not add up) is never refused: the rule checks report it.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field
   */
  public InvalidValueException(String message) {
    super(message);
  }
}
