package org.reformkit.core.analysis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.Bundle;

/**
 * The words analyses print, from the {@link Bundle} {@code labels} (English, Chinese, French,
 * Spanish), and the texts they compose from words and data, which keep every language the data
 * have. Internal.
 */
final class Labels {
  /** The labels of the analyses' tables. */
  static final Bundle BUNDLE = Bundle.load(Labels.class, "labels");

  /** The languages a label is given in: Chinese and English first, as the example data are. */
  private static final String[] LABEL_LANGUAGES = {"zh", "en", "fr", "es"};

  static final LocalizedText NOT_STATED = text("notStated");

  /** The widest cell of a table before it wraps, in terminal columns. */
  static final int MAX_CELL = 48;

  /** The widest cell of a table whose cells include element paths, which should not wrap. */
  static final int MAX_PATH_CELL = 60;

  /** The widest cell of a table of a few long texts (the post summary's parts). */
  static final int MAX_TEXT_CELL = 80;

  private Labels() {}

  /** A fixed label (a heading, a word) in the locale's language. */
  static String label(String key, Locale locale) {
    return BUNDLE.text(key, locale);
  }

  /** A fixed label with its placeholders filled, in the locale's language. */
  static String label(String key, Locale locale, String... arguments) {
    return BUNDLE.format(key, locale, arguments);
  }

  /** A fixed label in every language of the library. */
  static LocalizedText text(String key) {
    return compose(key);
  }

  /** A text with the same form in every language (a date, a number). */
  static LocalizedText plain(String text) {
    return LocalizedText.of("en", text);
  }

  /**
   * Composes a label pattern with texts from the data, in every language of the library and every
   * language any of the texts has, so that nothing the data say is lost.
   */
  static LocalizedText compose(String key, LocalizedText... parts) {
    Set<String> languages = new LinkedHashSet<>();
    for (String language : LABEL_LANGUAGES) {
      languages.add(language);
    }
    for (LocalizedText part : parts) {
      languages.addAll(part.texts().keySet());
    }
    return inEvery(
        languages,
        locale -> {
          String[] arguments = new String[parts.length];
          for (int i = 0; i < parts.length; i++) {
            arguments[i] = parts[i].in(locale);
          }
          return BUNDLE.format(key, locale, arguments);
        });
  }

  /** A text made in each of the languages, in order. */
  static LocalizedText inEvery(Set<String> languages, Function<Locale, String> textIn) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : languages) {
      texts.put(language, textIn.apply(Locale.forLanguageTag(language)));
    }
    return LocalizedText.of(texts);
  }

  /** The languages of the library and of the given texts. */
  static Set<String> languagesOf(Iterable<LocalizedText> texts) {
    Set<String> languages = new LinkedHashSet<>();
    for (String language : LABEL_LANGUAGES) {
      languages.add(language);
    }
    texts.forEach(t -> languages.addAll(t.texts().keySet()));
    return languages;
  }

  static LocalizedText status(Status status) {
    return text("status." + status.name());
  }

  /** A status, or "not stated" when the report states none. */
  static LocalizedText status(Optional<Status> status) {
    return status.map(Labels::status).orElse(NOT_STATED);
  }

  static LocalizedText postStatus(PostStatus status) {
    return text("postStatus." + status.name());
  }

  static LocalizedText policyStatus(PolicyStatus status) {
    return text("policyStatus." + status.name());
  }

  static LocalizedText category(PostCategory category) {
    return text("category." + category.name());
  }

  static LocalizedText originKind(OriginKind kind) {
    return text("originKind." + kind.name());
  }

  static LocalizedText origin(PostOrigin origin) {
    LocalizedText kind = originKind(origin.kind());
    if (origin.from().isEmpty()) {
      return kind;
    }
    return compose("origin.from", kind, unitName(origin.from().get()));
  }

  static LocalizedText location(Location location) {
    LocalizedText kind = text("location." + location.kind().name());
    if (location.name().isEmpty() || location.kind() == LocationKind.HEADQUARTERS) {
      return location.name().orElse(kind);
    }
    return compose("location.named", kind, location.name().get());
  }

  /** A duty station as the tables name it: its city, then its country code. */
  static LocalizedText dutyStation(DutyStation station) {
    return compose("place.dutyStation", station.city(), plain(station.country()));
  }

  /** The duty station of a location, or "not stated" when it names none. */
  static LocalizedText dutyStation(Location location) {
    return location.dutyStation().map(Labels::dutyStation).orElse(NOT_STATED);
  }

  static LocalizedText unit(Optional<OrgUnit> unit) {
    return unit.map(Labels::unitName).orElse(NOT_STATED);
  }

  /** A unit by its code where it has one, otherwise by its name. */
  static LocalizedText unitName(OrgUnit unit) {
    return unit.code().map(Labels::plain).orElse(unit.name());
  }

  static LocalizedText funding(Optional<FundingSource> funding) {
    return funding.map(f -> text("funding." + f.name())).orElse(NOT_STATED);
  }

  /** The text of an optional value, or an empty cell. */
  static String cell(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }
}
