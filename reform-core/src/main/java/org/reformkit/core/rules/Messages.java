package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.text.Bundle;

/**
 * The rule messages, from the {@link Bundle} {@code messages} (English, the fallback, and the
 * files of the other languages, all UTF-8), the same mechanism the analyses' labels use. Constant
 * data. Internal.
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

  /**
   * Formats a message: the key's pattern in the locale (the key itself when no bundle has it, as a
   * caller's rule may report a literal text), with the values as arguments.
   */
  static String format(String key, ImmutableList<Object> values, Locale locale) {
    String pattern = pattern(key, locale).orElse(key);
    Object[] arguments = new Object[values.size()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = text(values.get(i), locale);
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
