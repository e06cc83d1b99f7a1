package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.text.Bundle;
import org.reformkit.core.text.SafeText;

/**
 * The rule messages, from the {@link Bundle} {@code messages} (English, the fallback, and the files
 * of the other languages, all UTF-8), the same mechanism the analyses' labels use. Constant data.
 * Internal.
 */
final class Messages {
  /** The languages with their own messages file, besides the English fallback. */
  static final ImmutableList<String> LANGUAGES = ImmutableList.of("zh", "fr", "es");

  private static final Bundle BUNDLE = Bundle.load(Messages.class, "messages");

  private Messages() {}

  /** The messages of one language exactly, without fallback ("" for English); empty if none. */
  static ImmutableMap<String, String> bundle(String language) {
    return BUNDLE.language(language.isEmpty() ? "en" : language);
  }

  /** The pattern for a key in a locale, falling back to English. */
  static Optional<String> pattern(String key, Locale locale) {
    return BUNDLE.find(key, locale);
  }

  /** Formats a standard rule's message: the key's pattern in the locale, with the values. */
  static String format(MessageKey key, ImmutableList<Object> values, Locale locale) {
    return formatPattern(pattern(key.key(), locale).orElseThrow(), values, locale);
  }

  /**
   * Formats a {@link MessageFormat} pattern with the values as arguments, each escaped by {@link
   * SafeText#escape(String)}; a caller's rule reports such a literal pattern, which is never looked
   * up in the bundles.
   */
  static String formatPattern(String pattern, ImmutableList<Object> values, Locale locale) {
    Object[] arguments = new Object[values.size()];
    for (int i = 0; i < arguments.length; i++) {
      // a value from the data may hold a terminal escape or a bidirectional override
      arguments[i] = SafeText.escape(text(values.get(i), locale));
    }
    try {
      return new MessageFormat(pattern, locale).format(arguments);
    } catch (IllegalArgumentException e) {
      return pattern;
    }
  }

  /**
   * The text of one argument: numbers plainly (no grouping, so that years and sessions print as
   * they are), localized texts in the locale, enum constants by their localized name.
   */
  static String text(Object value, Locale locale) {
    if (value instanceof LocalizedText text) {
      return text.in(locale);
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      return pattern(key, locale)
          .orElse(constant.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> text(v, locale)).orElse("-");
    }
    if (value instanceof Iterable<?> iterable) {
      StringBuilder out = new StringBuilder();
      for (Object element : iterable) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(text(element, locale));
      }
      return out.toString();
    }
    return String.valueOf(value);
  }
}
