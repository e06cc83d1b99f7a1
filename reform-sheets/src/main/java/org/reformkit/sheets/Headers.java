package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reformkit.core.text.Bundle;

/**
 * The names of sheets and columns in the four languages, from the bundles {@code
 * headers*.properties} ({@code sheet.Phases}, {@code column.plannedStart}): the writer writes one
 * language, the reader recognises any of the four. Internal.
 */
final class Headers {
  private static final Bundle BUNDLE = Bundle.load(Headers.class, "headers");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /** A header cell read: the column's name and, for text in several languages, the language. */
  record Resolved(String name, Optional<String> language) {}

  private Headers() {}

  static Headers get() {
    return INSTANCE;
  }

  private static final Headers INSTANCE = new Headers();

  /** The sheet's name in a language. */
  String sheet(String name, Locale locale) {
    return BUNDLE.text("sheet." + name, locale);
  }

  /** A column's header in a language; {@code title.en} for the English text of a title. */
  String column(String name, Optional<String> language, Locale locale) {
    String base = BUNDLE.text("column." + name, locale);
    return language.map(tag -> base + "." + tag).orElse(base);
  }

  /** Whether a name (as a workbook spells it, in any of the four languages) names a sheet. */
  boolean isSheet(String text, String name) {
    String key = "sheet." + name;
    return matches(text, key, name);
  }

  private static boolean matches(String text, String key, String canonical) {
    String wanted = text.strip();
    if (wanted.equalsIgnoreCase(canonical)) {
      return true;
    }
    for (String language : Bundle.LANGUAGES) {
      String translated = BUNDLE.language(language).get(key);
      if (translated != null && translated.equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** The column a header cell names, if it names one of the sheet's columns. */
  Optional<Resolved> resolve(String text, ImmutableList<Columns.Column> columns) {
    for (Columns.Column column : columns) {
      if (!column.multilingual() && matches(text, "column." + column.name(), column.name())) {
        return Optional.of(new Resolved(column.name(), Optional.empty()));
      }
    }
    int dot = text.lastIndexOf('.');
    if (dot > 0) {
      String base = text.substring(0, dot);
      String tag = text.substring(dot + 1).strip();
      if (LANGUAGE_TAG.matcher(tag).matches()) {
        for (Columns.Column column : columns) {
          if (column.multilingual() && matches(base, "column." + column.name(), column.name())) {
            return Optional.of(
                new Resolved(
                    column.name(), Optional.of(Locale.forLanguageTag(tag).toLanguageTag())));
          }
        }
      }
    }
    return Optional.empty();
  }
}
