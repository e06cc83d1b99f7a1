package org.reformkit.json;

import java.util.function.Function;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.ValidationResult;

/**
 * A kind of top-level document of the format, as a reader and a writer of it need it: how its value
 * is bound from the parser and how it is written with a schema version. Internal.
 *
 * @param <T> the value of the document
 */
final class DocumentType<T> {
  static final DocumentType<ProgressReport> REPORT =
      new DocumentType<>(ReportBinder::report, Writing::report, Formats::versionFor);
  static final DocumentType<ReformProgramme> PROGRAMME =
      new DocumentType<>(
          r -> ReportBinder.programme(r, true), Writing::programmeDocument, Formats::versionFor);
  static final DocumentType<ValidationResult> FINDINGS =
      new DocumentType<>(FindingBinder::findings, Writing::findings, v -> Formats.SCHEMA_VERSION);

  /** Writes a value as a whole document with a schema version. */
  @FunctionalInterface
  interface Write<T> {
    void write(Writing writing, T value, String schemaVersion);
  }

  private final Function<Reading, T> reading;
  private final Write<T> writing;
  private final Function<T, String> version;

  private DocumentType(
      Function<Reading, T> reading, Write<T> writing, Function<T, String> version) {
    this.reading = reading;
    this.writing = writing;
    this.version = version;
  }

  /** The schema version a value is written with ({@link Formats#versionFor}). */
  String versionOf(T value) {
    return version.apply(value);
  }

  /** Binds the document at the parser's first token. */
  Function<Reading, T> reading() {
    return reading;
  }

  /** Writes the document. */
  Write<T> writing() {
    return writing;
  }
}
