package org.reformkit.core.model;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.immutables.value.Value;

/**
 * A human-readable text in one or more languages, keyed by BCP 47 language tag ({@code zh}, {@code
 * en}, {@code fr}). Reports are published in several languages; the model keeps every version and
 * {@link #in(Locale)} picks one with a fallback.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("zh", "业务流程审查").and("en", "Business process review");
 * title.in(Locale.ENGLISH); // "Business process review"
 * }</pre>
 *
 * <p>At least one language is required and no text may be blank.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractLocalizedText {
  /**
   * Returns the texts by language tag, in the order they were given.
   *
   * @return the texts by language tag, in the order they were given
   */
  public abstract ImmutableMap<String, String> texts();

  /**
   * Returns a text in one language.
   *
   * @param languageTag a BCP 47 language tag such as {@code en}
   * @param text the text, not blank
   * @return the text
   */
  public static LocalizedText of(String languageTag, String text) {
    return LocalizedText.of(ImmutableMap.of(languageTag, text));
  }

  /**
   * Returns a text in Chinese and English, the two languages of the bundled example data.
   *
   * @param zh the Chinese text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText zhEn(String zh, String en) {
    return LocalizedText.of(ImmutableMap.of("zh", zh, "en", en));
  }

  /**
   * Returns a copy with the text in one more language (or with that language's text replaced).
   *
   * @param languageTag a BCP 47 language tag
   * @param text the text, not blank
   * @return the new text
   */
  public final LocalizedText and(String languageTag, String text) {
    ImmutableMap.Builder<String, String> builder = ImmutableMap.builder();
    builder.putAll(texts());
    builder.put(normalizeTag(languageTag), text);
    return LocalizedText.of(builder.buildKeepingLast());
  }

  /**
   * Returns the text in exactly this language, if present.
   *
   * @param languageTag a BCP 47 language tag
   * @return the text in that language, or empty
   */
  public final Optional<String> get(String languageTag) {
    return Optional.ofNullable(texts().get(normalizeTag(languageTag)));
  }

  /**
   * Returns the text in the locale's language, falling back to English and then to the first
   * language given.
   *
   * @param locale the preferred locale
   * @return the best text for the locale
   */
  public final String in(Locale locale) {
    String full = locale.toLanguageTag();
    String language = locale.getLanguage();
    if (texts().containsKey(full)) {
      return texts().get(full);
    }
    if (texts().containsKey(language)) {
      return texts().get(language);
    }
    for (Map.Entry<String, String> entry : texts().entrySet()) {
      if (entry.getKey().startsWith(language + "-")) {
        return entry.getValue();
      }
    }
    if (texts().containsKey("en")) {
      return texts().get("en");
    }
    return texts().values().iterator().next();
  }

  @Value.Check
  AbstractLocalizedText normalize() {
    if (texts().isEmpty()) {
      throw new InvalidValueException("text must have at least one language");
    }
    // forEach, not the entry set: this runs for every text of every document read, and a new map's
    // entry set, its entries and their iterator would be made for nothing
    TagsCheck check = new TagsCheck();
    texts().forEach(check);
    if (check.normalized) {
      return this;
    }
    Map<String, String> byTag = new LinkedHashMap<>();
    Map<String, String> givenTag = new HashMap<>();
    texts()
        .forEach(
            (tag, text) -> {
              String normal = normalizeTag(tag);
              if (byTag.put(normal, text) != null) {
                throw new InvalidValueException(
                    "language tags '"
                        + givenTag.get(normal)
                        + "' and '"
                        + tag
                        + "' are the same language '"
                        + normal
                        + "': give each language once");
              }
              givenTag.put(normal, tag);
            });
    return LocalizedText.of(byTag);
  }

  /**
   * Checks each text of a map for blanks, and notes whether every tag is as the model writes it.
   */
  private static final class TagsCheck implements BiConsumer<String, String> {
    boolean normalized = true;

    @Override
    public void accept(String tag, String text) {
      if (text.isBlank()) {
        // the message is made only when needed
        Checks.nonBlank(text, "text in '" + tag + "'");
      }
      if (!normalizeTag(tag).equals(tag)) {
        normalized = false;
      }
    }
  }

  /**
   * For each tag of two lower-case ASCII letters ({@code aa} to {@code zz}), whether {@link Locale}
   * writes it unchanged; most do (a few old codes such as {@code iw} become new ones). Worked out
   * once, so that the common tags need no lookup.
   */
  private static final boolean[] TWO_LETTERS_UNCHANGED = twoLettersUnchanged();

  private static boolean[] twoLettersUnchanged() {
    boolean[] unchanged = new boolean[26 * 26];
    for (int i = 0; i < unchanged.length; i++) {
      String tag = new String(new char[] {(char) ('a' + i / 26), (char) ('a' + i % 26)});
      unchanged[i] = Locale.forLanguageTag(tag).toLanguageTag().equals(tag);
    }
    return unchanged;
  }

  static String normalizeTag(String languageTag) {
    if (languageTag.length() == 2) {
      int first = languageTag.charAt(0) - 'a';
      int second = languageTag.charAt(1) - 'a';
      if (first >= 0
          && first < 26
          && second >= 0
          && second < 26
          && TWO_LETTERS_UNCHANGED[first * 26 + second]) {
        return languageTag;
      }
    }
    Checks.nonBlank(languageTag, "language tag");
    Locale locale = Locale.forLanguageTag(languageTag);
    String tag = locale.toLanguageTag();
    if ("und".equals(tag) || locale.getLanguage().isEmpty()) {
      throw new InvalidValueException(
          "language tag '" + languageTag + "' is not a BCP 47 language tag such as 'en' or 'zh'");
    }
    return tag;
  }

  @Override
  public String toString() {
    if (texts().size() == 1) {
      return texts().values().iterator().next();
    }
    StringBuilder out = new StringBuilder();
    texts()
        .forEach(
            (tag, text) -> {
              if (out.length() > 0) {
                out.append(" | ");
              }
              out.append(tag).append(": ").append(text);
            });
    return out.toString();
  }
}
