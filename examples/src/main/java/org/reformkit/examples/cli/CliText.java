package org.reformkit.examples.cli;

import java.util.Locale;
import org.reformkit.core.text.Bundle;
import org.reformkit.examples.dashboard.FindingRow.Severity;

/** The tool's own words, from the bundle {@code cli} (en, zh, fr, es), as reformkit's are. */
final class CliText {
  private static final Bundle BUNDLE = Bundle.load(CliText.class, "cli");

  private CliText() {}

  /** A text in the locale's language, its placeholders filled. */
  static String text(String key, Locale locale, String... arguments) {
    return BUNDLE.format(key, locale, arguments);
  }

  /** A count with its word, singular for one ({@code 1 error}, {@code 2 errors}). */
  static String counted(String key, long count, Locale locale) {
    return text(key + (count == 1 ? ".one" : ".other"), locale, Long.toString(count));
  }

  /** A severity as a word in the locale's language. */
  static String severity(Severity severity, Locale locale) {
    return text("severity." + severity.name(), locale);
  }
}
