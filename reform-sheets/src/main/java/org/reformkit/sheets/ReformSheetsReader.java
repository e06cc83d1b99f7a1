package org.reformkit.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/**
 * Reads a progress report, or a programme alone, from an {@code .xlsx} workbook or from a directory
 * of CSV files, one file per sheet. Immutable and safe to share between threads: the options are
 * settings of the object ({@link #withLimits}), only the source varies.
 *
 * <pre>{@code
 * ProgressReport report = ReformSheets.reader().read(Path.of("tracker.xlsx"));
 * }</pre>
 *
 * <p>Every problem of a workbook is reported at once, each naming its cell, by one {@link
 * ReformSheetsException}. Headers may be in English, Chinese, French or Spanish.
 */
public final class ReformSheetsReader {
  private final SheetLimits limits;

  ReformSheetsReader(SheetLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns the limits this reader applies.
   *
   * @return the limits
   */
  public SheetLimits limits() {
    return limits;
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param newLimits the limits
   * @return the new reader
   */
  public ReformSheetsReader withLimits(SheetLimits newLimits) {
    return new ReformSheetsReader(newLimits);
  }

  /**
   * Reads a report from an {@code .xlsx} file, or from a directory of CSV files.
   *
   * @param source the file or directory
   * @return the report
   * @throws ReformSheetsException if the workbook has problems, naming each cell
   * @throws UncheckedIOException if the file cannot be read
   */
  public ProgressReport read(Path source) {
    return read(source, Tables::read);
  }

  /**
   * Reads a programme alone (the sheet Report empty) from an {@code .xlsx} file, or from a
   * directory of CSV files.
   *
   * @param source the file or directory
   * @return the programme
   * @throws ReformSheetsException if the workbook has problems, naming each cell, or holds a report
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReformProgramme readProgramme(Path source) {
    return read(source, Tables::readProgramme);
  }

  /**
   * Reads a programme alone (the sheet Report empty) from an {@code .xlsx} workbook in a stream;
   * the stream is read to its end and not closed.
   *
   * @param in the stream
   * @return the programme
   * @throws ReformSheetsException if the workbook has problems, naming each cell, or holds a report
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReformProgramme readProgramme(InputStream in) {
    return read(in, "workbook", Tables::readProgramme);
  }

  /** How tables become what is read: a report or a programme alone. */
  private interface Reading<T> {
    T read(List<Table> tables, String source, Problems problems);
  }

  private <T> T read(Path source, Reading<T> reading) {
    String name = String.valueOf(source.getFileName());
    if (Files.isDirectory(source)) {
      Problems problems = new Problems();
      return reading.read(CsvFiles.read(source, limits), name, problems);
    }
    try {
      if (Files.size(source) > limits.maxFileBytes()) {
        throw Limits.exceeded(name, "the file is larger than " + limits.maxFileBytes() + " bytes");
      }
      try (InputStream in = Files.newInputStream(source)) {
        return read(in, name, reading);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a report from an {@code .xlsx} workbook in a stream; the stream is read to its end and
   * not closed.
   *
   * @param in the stream
   * @return the report
   * @throws ReformSheetsException if the workbook has problems, naming each cell
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ProgressReport read(InputStream in) {
    return read(in, "workbook", Tables::read);
  }

  private <T> T read(InputStream in, String name, Reading<T> reading) {
    byte[] bytes = Limits.readAll(in, limits, name);
    Problems problems = new Problems();
    List<Table> tables = Workbooks.read(bytes, name, limits, problems);
    return reading.read(tables, name, problems);
  }
}
