package org.reformkit.core.model;

import java.util.List;

/** The few checks that decide whether a value means anything at all. Internal. */
final class Checks {

  private Checks() {}

  static void identifier(String value, String field) {
    if (value.isBlank()) {
      throw new InvalidValueException(field + " must not be blank");
    }
    if (!isIdentifier(value)) {
      throw new InvalidValueException(
          field
              + " '"
              + value
              + "' is not an identifier: use 1 to 128 letters, digits and . _ : / -, starting with"
              + " a letter or digit");
    }
  }

  /**
   * Whether the value matches {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,127}}, checked by hand: the
   * pattern's matcher cost more than the rest of making an identifier, and every element has one.
   */
  static boolean isIdentifier(String value) {
    int length = value.length();
    if (length == 0 || length > 128 || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static void nonBlank(String value, String field) {
    if (value.isBlank()) {
      throw new InvalidValueException(field + " must not be blank");
    }
  }

  static void nonNegative(int value, String field) {
    if (value < 0) {
      throw new InvalidValueException(field + " must not be negative: " + value);
    }
  }

  /** Paragraph numbers of a report are counted from 1: 0 or a negative number means nothing. */
  static void paragraphs(List<Integer> paragraphs, String element) {
    // by index: an iterator per element checked is an object made for nothing
    for (int i = 0; i < paragraphs.size(); i++) {
      int paragraph = paragraphs.get(i);
      if (paragraph <= 0) {
        throw new InvalidValueException(element + " paragraph must be positive: " + paragraph);
      }
    }
  }

  static void positive(int value, String field) {
    if (value <= 0) {
      throw new InvalidValueException(field + " must be positive: " + value);
    }
  }
}
