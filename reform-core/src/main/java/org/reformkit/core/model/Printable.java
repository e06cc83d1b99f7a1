package org.reformkit.core.model;

import java.util.Locale;

/**
 * Finds and escapes characters that a person cannot see in printed text: control characters,
 * invisible format characters (such as U+200B or the bidirectional U+202E), line and paragraph
 * separators, and unpaired surrogates. Internal.
 */
final class Printable {
  private Printable() {}

  /** Whether the code point is one a value must never carry. */
  static boolean isInvisible(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  /** Returns the index of the first invisible character of the text, or -1 if there is none. */
  static int firstInvisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isInvisible(codePoint)) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }

  /** Whether the text is empty or only spaces. */
  static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /**
   * Returns the text with every invisible character and every backslash written as a Java escape (a
   * backslash, {@code u} and four hexadecimal digits, such as the escape of U+001B; a backslash
   * doubled), so that it can be quoted in a message; an invisible supplementary character is
   * written as its two escaped surrogates.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (codePoint == '\\') {
        out.append("\\\\");
      } else if (isInvisible(codePoint)) {
        for (int j = i; j < next; j++) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(j)));
        }
      } else {
        out.append(text, i, next);
      }
      i = next;
    }
    return out.toString();
  }
}
