package org.reformkit.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/**
 * Writes a progress report, or a programme alone, as an {@code .xlsx} workbook, or as a directory
 * of CSV files, one sheet per kind of element (see docs/SPREADSHEETS.md). Immutable and safe to
 * share between threads: the header language is a setting of the object ({@link #withLanguage}),
 * only the sink varies.
 *
 * <pre>{@code
 * ReformSheets.writer().withLanguage(Locale.FRENCH).write(report, Path.of("report.xlsx"));
 * }</pre>
 */
public final class ReformSheetsWriter {
  private final Locale language;

  ReformSheetsWriter(Locale language) {
    this.language = language;
  }

  /**
   * Returns the language of the sheet names and headers.
   *
   * @return the language
   */
  public Locale language() {
    return language;
  }

  /**
   * Returns a writer like this one whose sheet names and headers are in another language: English,
   * Chinese, French or Spanish (others fall back to English).
   *
   * @param newLanguage the language
   * @return the new writer
   */
  public ReformSheetsWriter withLanguage(Locale newLanguage) {
    return new ReformSheetsWriter(newLanguage);
  }

  /**
   * Writes a report as an {@code .xlsx} workbook to a stream, which is not closed.
   *
   * @param report the report
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(ProgressReport report, OutputStream out) {
    write(Optional.of(Contents.of(report)), out);
  }

  /**
   * Writes a programme alone (no report: the sheet Report and the sheets of the paper stay empty)
   * as an {@code .xlsx} workbook to a stream, which is not closed.
   *
   * @param programme the programme
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(ReformProgramme programme, OutputStream out) {
    write(Optional.of(Contents.of(programme)), out);
  }

  void write(Optional<Contents> report, OutputStream out) {
    Workbooks.write(Tables.of(report, language), new KeepOpen(out));
  }

  /**
   * Writes a report to a file: an {@code .xlsx} workbook when the name ends with {@code .xlsx},
   * otherwise a directory of CSV files, one per sheet.
   *
   * @param report the report
   * @param target the file or directory
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(ProgressReport report, Path target) {
    write(Optional.of(Contents.of(report)), target);
  }

  /**
   * Writes a programme alone (no report) to a file: an {@code .xlsx} workbook when the name ends
   * with {@code .xlsx}, otherwise a directory of CSV files, one per sheet.
   *
   * @param programme the programme
   * @param target the file or directory
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(ReformProgramme programme, Path target) {
    write(Optional.of(Contents.of(programme)), target);
  }

  void write(Optional<Contents> report, Path target) {
    if (String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      try (OutputStream out = Files.newOutputStream(target)) {
        write(report, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      CsvFiles.write(Tables.of(report, language), target);
    }
  }

  /** A stream that the workbook library may close without closing the caller's stream. */
  private static final class KeepOpen extends java.io.FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
