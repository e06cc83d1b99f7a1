package org.reformkit.core.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A family of UTF-8 resource bundles, one per language of the library: English (the fallback, in
 * {@code NAME.properties}), Chinese, French and Spanish ({@code NAME_zh.properties} and so on). The
 * one mechanism by which rules and analyses find their human-readable texts: rule messages, table
 * headings, labels and the words for statuses. Constant data, read once when loaded; safe to share
 * between threads.
 *
 * <pre>{@code
 * Bundle labels = Bundle.load(Labels.class, "labels");
 * labels.text("heading.phase", Locale.FRENCH);               // "Phase"
 * labels.format("heading.statusOn", Locale.CHINESE, "2015-11-01"); // "2015-11-01 状态"
 * }</pre>
 */
public final class Bundle {
  /** The languages every bundle has a file for, English first. */
  public static final ImmutableList<String> LANGUAGES = ImmutableList.of("en", "zh", "fr", "es");

  private final String name;
  private final ImmutableMap<String, ImmutableMap<String, String>> byLanguage;

  private Bundle(String name, ImmutableMap<String, ImmutableMap<String, String>> byLanguage) {
    this.name = name;
    this.byLanguage = byLanguage;
  }

  /**
   * Reads a bundle family from the package of a class: {@code NAME.properties} (English) and {@code
   * NAME_zh}, {@code NAME_fr} and {@code NAME_es}.
   *
   * @param anchor a class in the package that holds the files
   * @param name the base name of the files
   * @return the bundle
   * @throws IllegalStateException if a file is missing
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Bundle load(Class<?> anchor, String name) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> bundles = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      String suffix = language.equals("en") ? "" : "_" + language;
      String file = name + suffix + ".properties";
      bundles.put(language, read(anchor, file));
    }
    return new Bundle(anchor.getPackageName() + "." + name, bundles.buildOrThrow());
  }

  private static ImmutableMap<String, String> read(Class<?> anchor, String file) {
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing bundle " + file + " in " + anchor.getPackageName());
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
      properties.stringPropertyNames().stream()
          .sorted()
          .forEach(key -> texts.put(key, properties.getProperty(key)));
      return texts.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the texts of one language exactly as its file gives them, without fallback; empty for a
   * language the library does not have.
   *
   * @param language a language of {@link #LANGUAGES}
   * @return the texts by key
   */
  public ImmutableMap<String, String> language(String language) {
    return byLanguage.getOrDefault(language, ImmutableMap.of());
  }

  /**
   * Returns every key of the English bundle, which every other language must have too.
   *
   * @return the keys
   */
  public ImmutableSet<String> keys() {
    return language("en").keySet();
  }

  /**
   * Returns the text of a key in the locale's language, falling back to English; empty if the key
   * is in no bundle.
   *
   * @param key the key
   * @param locale the locale
   * @return the text, if any
   */
  public Optional<String> find(String key, Locale locale) {
    String own = language(locale.getLanguage()).get(key);
    if (own != null) {
      return Optional.of(own);
    }
    return Optional.ofNullable(language("en").get(key));
  }

  /**
   * Returns the text of a key in the locale's language, falling back to English.
   *
   * @param key the key
   * @param locale the locale
   * @return the text
   * @throws IllegalArgumentException if no bundle has the key
   */
  public String text(String key, Locale locale) {
    return find(key, locale)
        .orElseThrow(() -> new IllegalArgumentException("no text '" + key + "' in " + name));
  }

  /**
   * Returns the text of a key with its placeholders {@code {0}}, {@code {1}}, ... replaced by the
   * arguments, as they are (no number or date formatting, no quoting rules).
   *
   * @param key the key
   * @param locale the locale
   * @param arguments the texts for the placeholders, in order
   * @return the text
   * @throws IllegalArgumentException if no bundle has the key
   */
  public String format(String key, Locale locale, String... arguments) {
    String text = text(key, locale);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", arguments[i]);
    }
    return text;
  }

  @Override
  public String toString() {
    return "Bundle[" + name + "]";
  }
}
