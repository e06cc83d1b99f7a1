package org.reformkit.examples.dashboard;

import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.Bundle;
import org.reformkit.examples.dashboard.FindingRow.Severity;

/**
 * The dashboard's own words, from the bundle {@code dashboard} in English, Chinese, French and
 * Spanish; English for any other language.
 */
final class DashboardText {
  private static final Bundle WORDS = Bundle.load(DashboardText.class, "dashboard");

  private final Locale locale;

  DashboardText(Locale locale) {
    this.locale =
        Bundle.LANGUAGES.contains(locale.getLanguage())
            ? Locale.forLanguageTag(locale.getLanguage())
            : Locale.ENGLISH;
  }

  String languageTag() {
    return locale.getLanguage();
  }

  String get(String key) {
    return WORDS.text(key, locale);
  }

  String format(String key, Object... arguments) {
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      texts[i] = String.valueOf(arguments[i]);
    }
    return WORDS.format(key, locale, texts);
  }

  /** The date in the page's language: "by 2015" or "2015 或之前"; the ISO form is kept in all. */
  String date(PartialDate date) {
    return format("date." + date.qualifier().name(), date.qualified(DateQualifier.ON).toString());
  }

  /** A status the report may not state: its word, or "status not stated". */
  String status(Optional<Status> status) {
    return status.map(this::status).orElseGet(() -> get("status.notStated"));
  }

  String status(Status status) {
    return get("status." + status.name());
  }

  String location(LocationKind kind) {
    return get("location." + kind.name());
  }

  String origin(OriginKind kind) {
    return get("origin." + kind.name());
  }

  /** The implementation status of an oversight body's recommendation. */
  String implementation(ImplementationStatus status) {
    return get("implementation." + status.name());
  }

  String severity(Severity severity) {
    return get("severity." + severity.name());
  }
}
