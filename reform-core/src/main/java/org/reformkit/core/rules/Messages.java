package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.reformkit.core.model.LocalizedText;

/**
 * The rule messages, read once from {@code messages.properties} (English, the fallback) and the
 * files of the other languages, all UTF-8. Constant data: no state changes after loading. Internal.
 */
final class Messages {
  /** The languages with their own messages file, besides the English fallback. */
  static final ImmutableList<String> LANGUAGES = ImmutableList.of("zh", "fr", "es");

  private static final ImmutableMap<String, ImmutableMap<String, String>> BUNDLES = load();

  private Messages() {}

  private static ImmutableMap<String, ImmutableMap<String, String>> load() {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> bundles = ImmutableMap.builder();
    bundles.put("", read("messages.properties"));
    for (String language : LANGUAGES) {
      bundles.put(language, read("messages_" + language + ".properties"));
    }
    return bundles.buildOrThrow();
  }

  private static ImmutableMap<String, String> read(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing rule messages " + name);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> messages = ImmutableMap.builder();
      properties.stringPropertyNames().stream()
          .sorted()
          .forEach(key -> messages.put(key, properties.getProperty(key)));
      return messages.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages of one language exactly, without fallback; empty map if none. */
  static ImmutableMap<String, String> bundle(String language) {
    return BUNDLES.getOrDefault(language, ImmutableMap.of());
  }

  /** The pattern for a key in a locale, falling back to English. */
  static Optional<String> pattern(String key, Locale locale) {
    String own = bundle(locale.getLanguage()).get(key);
    if (own != null) {
      return Optional.of(own);
    }
    return Optional.ofNullable(bundle("").get(key));
  }

  /** Formats a standard rule's message: the key's pattern in the locale, with the values. */
  static String format(MessageKey key, ImmutableList<Object> values, Locale locale) {
    return formatPattern(pattern(key.key(), locale).orElseThrow(), values, locale);
  }

  /**
   * Formats a {@link MessageFormat} pattern with the values as arguments; a caller's rule reports
   * such a literal pattern, which is never looked up in the bundles.
   */
  static String formatPattern(String pattern, ImmutableList<Object> values, Locale locale) {
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
