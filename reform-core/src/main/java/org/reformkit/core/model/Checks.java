package org.reformkit.core.model;

import java.util.regex.Pattern;

/** The few checks that decide whether a value means anything at all. Internal. */
final class Checks {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  private Checks() {}

  static void identifier(String value, String field) {
    if (value.isBlank()) {
      throw new InvalidValueException(field + " must not be blank");
    }
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new InvalidValueException(
          field
              + " '"
              + value
              + "' is not an identifier: use 1 to 128 letters, digits and . _ : / -, starting with"
              + " a letter or digit");
    }
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
  static void paragraphs(Iterable<Integer> paragraphs, String element) {
    for (int paragraph : paragraphs) {
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
