package org.reformkit.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.series.InvalidSeriesException;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.json.ReadLimits;
import org.reformkit.json.ReformJson;
import org.reformkit.json.ReformJsonException;
import org.reformkit.json.ReformJsonReader;
import org.reformkit.sheets.ReformSheets;
import org.reformkit.sheets.ReformSheetsException;
import org.reformkit.sheets.ReformSheetsReader;
import org.reformkit.sheets.SheetLimits;
import org.reformkit.sheets.SheetProblem;

/**
 * Reads reform documents (JSON files) for the command-line tool: the one place where files become
 * {@link ProgressReport}s, and where every way of failing becomes an {@link
 * UnreadableReportException} with a one-line message.
 *
 * <p>The file is bound strictly by {@link ReformJson#readReport(Path)}: a syntax error, a value of
 * the wrong type, a missing required member, an unknown member or another {@code schemaVersion}
 * gives the binding's JSON pointer, line, column and problem.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Reads one reform document.
   *
   * @param file the JSON file
   * @return the report
   * @throws UnreadableReportException if the file is missing, a directory, unreadable, not JSON or
   *     not a reform document
   */
  public static ProgressReport read(Path file) throws UnreadableReportException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads one reform document within the given limits. A document over one of them is refused with
   * a message that names the option of the tool that raises it ({@code --max-size} and the others
   * of {@link ReadLimitOptions}).
   *
   * @param file the JSON file
   * @param limits the reader's limits
   * @return the report
   * @throws UnreadableReportException if the file is missing, a directory, unreadable, not JSON,
   *     over a limit or not a reform document
   */
  public static ProgressReport read(Path file, ReadLimits limits) throws UnreadableReportException {
    return read(
        file, limits, (reader, f) -> reader.read(f), (json, f) -> json.withLimits(limits).read(f));
  }

  /**
   * Reads a programme alone (a JSON programme document, or a workbook whose sheet Report is empty)
   * within the given limits.
   *
   * @param file the JSON file or the .xlsx workbook
   * @param limits the reader's limits
   * @return the programme
   * @throws UnreadableReportException if the file is missing, a directory, unreadable, over a
   *     limit, or not a programme
   */
  public static ReformProgramme readProgramme(Path file, ReadLimits limits)
      throws UnreadableReportException {
    return read(
        file,
        limits,
        (reader, f) -> reader.readProgramme(f),
        (json, f) -> json.forProgramme().withLimits(limits).read(f));
  }

  /** How a workbook, or a JSON file, becomes what is read. */
  private interface Reading<R, T> {
    T read(R reader, Path file);
  }

  private static <T> T read(
      Path file,
      ReadLimits limits,
      Reading<ReformSheetsReader, T> workbook,
      Reading<ReformJsonReader<ProgressReport>, T> json)
      throws UnreadableReportException {
    if (Files.isDirectory(file)) {
      throw new UnreadableReportException(file, "is a directory, not a reform document");
    }
    if (!Files.exists(file)) {
      throw new UnreadableReportException(file, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UnreadableReportException(file, "is not a regular file");
    }
    if (isWorkbook(file)) {
      return readWorkbook(file, limits, workbook);
    }
    try {
      return json.read(ReformJson.reader(), file);
    } catch (ReformJsonException e) {
      String advice =
          e.exceededLimit()
              .map(limit -> "; raise the limit with " + ReadLimitOptions.optionFor(limit))
              .orElse("");
      throw new UnreadableReportException(
          file,
          e.problem(),
          Optional.of(e.pointer()),
          e.line() > 0 ? OptionalInt.of(e.line()) : OptionalInt.empty(),
          e.column() > 0 ? OptionalInt.of(e.column()) : OptionalInt.empty(),
          advice,
          e);
    }
  }

  /**
   * Reads the files as one series, in date order whatever the order given; a file that cannot be
   * read, or that does not fit the series of the others, is named in the exception.
   */
  static ReportSeries series(List<Path> files, ReadLimits limits) throws UnreadableReportException {
    Map<ProgressReport, Path> fileOf = new IdentityHashMap<>();
    List<ProgressReport> reports = new ArrayList<>();
    for (Path file : files) {
      ProgressReport report = ReportFiles.read(file, limits);
      fileOf.put(report, file);
      reports.add(report);
    }
    reports.sort(ReportSeries.byAsOf());
    try {
      return ReportSeries.of(reports);
    } catch (InvalidSeriesException e) {
      ProgressReport culprit = reports.get(e.position().orElse(1) - 1);
      throw new UnreadableReportException(
          Objects.requireNonNull(fileOf.get(culprit)),
          "not one series with the other files: " + e.getMessage());
    }
  }

  /**
   * Whether a file is read as an {@code .xlsx} workbook (by its name's extension, in any case)
   * rather than as a JSON reform document.
   *
   * @param file the file
   * @return whether its name ends with {@code .xlsx}
   */
  public static boolean isWorkbook(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** Reads a workbook; every problem of it, each with its cell, on one line. */
  private static <T> T readWorkbook(
      Path file, ReadLimits limits, Reading<ReformSheetsReader, T> reading)
      throws UnreadableReportException {
    SheetLimits defaults = SheetLimits.defaults();
    SheetLimits sheetLimits =
        new SheetLimits(
            Math.max(limits.maxDocumentSize(), 1),
            defaults.maxRows(),
            defaults.maxCells(),
            defaults.maxZipEntries(),
            defaults.maxExpandedBytes());
    try {
      return reading.read(ReformSheets.reader().withLimits(sheetLimits), file);
    } catch (ReformSheetsException e) {
      throw new UnreadableReportException(
          file,
          e.problems().stream().map(SheetProblem::toString).collect(Collectors.joining("; ")),
          Optional.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          e);
    } catch (UncheckedIOException e) {
      throw new UnreadableReportException(file, "cannot be read: " + e.getCause().getMessage());
    }
  }
}
