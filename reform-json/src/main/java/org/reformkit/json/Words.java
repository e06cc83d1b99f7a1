package org.reformkit.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * The JSON words of one enum type ({@code not-started}, ...), matched against a string value in the
 * parser's own buffer: no string is made for a word that matches. Internal.
 *
 * @param <E> the enum type
 */
final class Words<E extends Enum<E>> {
  private final E[] constants;
  private final String[] words;

  private Words(Class<E> type) {
    this.constants = type.getEnumConstants();
    this.words = new String[constants.length];
    for (E constant : constants) {
      words[constant.ordinal()] = Formats.word(constant);
    }
  }

  static <E extends Enum<E>> Words<E> of(Class<E> type) {
    return new Words<>(type);
  }

  /** The constant whose word is the parser's current string value, or null if none has it. */
  @Nullable E match(JsonParser parser) {
    char[] buffer = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int length = parser.getStringLength();
    for (int i = 0; i < words.length; i++) {
      if (same(words[i], buffer, offset, length)) {
        return constants[i];
      }
    }
    return null;
  }

  /** Whether the text is the {@code length} characters of the buffer from {@code offset}. */
  static boolean same(String text, char[] buffer, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** The words, comma-separated, for a message. */
  String list() {
    return Formats.words(constants[0].getDeclaringClass());
  }
}
