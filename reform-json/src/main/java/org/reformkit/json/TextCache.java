package org.reformkit.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * Values made from the text of string tokens, found again by the characters in the parser's own
 * buffer, so that a text seen before costs no new string. A document repeats few dates many times;
 * this keeps each once. It stops growing at {@value #MAX_SIZE} texts. Internal; one per reading.
 *
 * @param <V> the values
 */
final class TextCache<V> {
  static final int MAX_SIZE = 4096;

  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private int size;

  /** The value for the parser's current string value, or null if there is none yet. */
  @Nullable V get(JsonParser parser) {
    char[] buffer = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int length = parser.getStringLength();
    int mask = keys.length - 1;
    for (int i = hash(buffer, offset, length) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (Words.same(keys[i], buffer, offset, length)) {
        @SuppressWarnings("unchecked")
        V value = (V) values[i];
        return value;
      }
    }
    return null;
  }

  /** Keeps a value for a text (not already kept), unless the cache is full. */
  void put(String key, V value) {
    if (size == MAX_SIZE) {
      return;
    }
    if (size * 2 >= keys.length) {
      String[] oldKeys = keys;
      Object[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new Object[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          insert(oldKeys[i], oldValues[i]);
        }
      }
    }
    insert(key, value);
    size++;
  }

  private void insert(String key, Object value) {
    int mask = keys.length - 1;
    int i = key.hashCode() & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The hash of the characters, as {@link String#hashCode()} gives it for the same text. */
  private static int hash(char[] buffer, int offset, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buffer[offset + i];
    }
    return hash;
  }
}
