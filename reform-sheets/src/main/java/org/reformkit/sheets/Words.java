package org.reformkit.sheets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cell words of enum constants, the same as the JSON format's: {@code IN_PROGRESS} is {@code
 * in-progress}. Reading ignores case and surrounding spaces. Internal.
 */
final class Words {
  private Words() {}

  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (word(constant).equals(key)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  static String list(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Words::word)
        .collect(Collectors.joining(", "));
  }
}
