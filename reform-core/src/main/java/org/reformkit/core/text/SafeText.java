package org.reformkit.core.text;

/**
 * Text from data made safe to show in a message, a table cell, a log or a terminal: the one place
 * that decides which characters a reader must see as escapes rather than receive as they are.
 *
 * <p>A document may hold any text, and the data keeps it exactly; but when a value is quoted in an
 * exception's message, a finding or a table, a control character could clear a terminal or colour
 * it ({@code ESC [2J}), set its title ({@code ESC ] 0; ... BEL}), forge a line in a log ({@code
 * \n}), and a bidirectional override could print an identifier reversed. Each such character is
 * shown as a Java-style escape, {@code \u005Cu} and four lower-case hex digits: {@code
 * \u005Cu001b}, {@code \u005Cu202e}.
 *
 * <p>Escaped: every C0 control (U+0000 to U+001F, newline and tab included, since a message and a
 * cell are one line), DEL and the C1 controls (U+007F to U+009F), the bidirectional marks,
 * embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069),
 * the invisible zero-width space, word joiner, invisible operators and byte-order mark (U+200B,
 * U+2060 to U+2064, U+FEFF), the line and paragraph separators (U+2028, U+2029), and a lone
 * surrogate, which no output encoding can carry. The zero-width joiner and non-joiner (U+200C,
 * U+200D) are kept: scripts such as Persian and the emoji sequences need them, and they move
 * nothing. Everything else, Chinese and every other script included, is kept as it is; so is the
 * backslash, so that a path or a symbol reads as written.
 *
 * <pre>{@code
 * String id = document.id();                 // holds ESC [2J, which would clear the screen
 * System.err.println("unknown id " + SafeText.quote(id));
 * }</pre>
 *
 * <p>prints {@code unknown id '\u005Cu001b[2J'}.
 */
public final class SafeText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SafeText() {}

  /**
   * Returns the text with every character that a reader must not receive raw shown as an escape.
   *
   * @param text any text
   * @return the text, safe to print; the same instance when nothing needed escaping
   */
  public static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPairedSurrogate(text, i)) {
        out.append(c).append(text.charAt(i + 1));
        i++;
      } else if (isUnsafe(c)) {
        out.append('\\').append('u');
        for (int shift = 12; shift >= 0; shift -= 4) {
          out.append(HEX[(c >> shift) & 0xf]);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns the text escaped as {@link #escape(String)} does, between single quotes, as messages
   * quote a value: {@code 'done'}.
   *
   * @param text any text
   * @return the quoted text, safe to print
   */
  public static String quote(String text) {
    return "'" + escape(text) + "'";
  }

  /**
   * Returns whether the text holds any character that {@link #escape(String)} would escape.
   *
   * @param text any text
   * @return whether printing it raw could move, colour, hide or reverse what a reader sees
   */
  public static boolean needsEscaping(String text) {
    return firstUnsafe(text) >= 0;
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPairedSurrogate(text, i)) {
        i++;
      } else if (isUnsafe(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a high surrogate at {@code i} is followed by its low surrogate. */
  private static boolean isPairedSurrogate(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }

  /** Whether one character (not the start of a surrogate pair) must be escaped. */
  static boolean isUnsafe(char c) {
    int code = c;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || Character.isSurrogate(c)) {
      return true;
    }
    return switch (code) {
      case 0x061c, 0x200b, 0x200e, 0x200f, 0x2028, 0x2029, 0xfeff -> true;
      default ->
          (code >= 0x202a && code <= 0x202e)
              || (code >= 0x2060 && code <= 0x2064)
              || (code >= 0x2066 && code <= 0x2069);
    };
  }
}
