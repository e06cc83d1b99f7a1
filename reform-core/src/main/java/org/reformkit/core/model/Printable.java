package org.reformkit.core.model;

/**
 * Finds characters that a value such as a document symbol must never carry: control characters,
 * invisible format characters (such as U+200B or the bidirectional U+202E), line and paragraph
 * separators, and unpaired surrogates. How such text is shown in a message is {@link
 * org.reformkit.core.text.SafeText}'s business. Internal.
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
}
