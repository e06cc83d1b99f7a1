package org.reformkit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.json.ReformJson;
import org.reformkit.json.ReformJsonException;

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
    if (Files.isDirectory(file)) {
      throw new UnreadableReportException(file, "is a directory, not a reform document");
    }
    if (!Files.exists(file)) {
      throw new UnreadableReportException(file, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UnreadableReportException(file, "is not a regular file");
    }
    try {
      return ReformJson.readReport(file);
    } catch (ReformJsonException e) {
      throw new UnreadableReportException(
          file,
          e.problem(),
          Optional.of(e.pointer()),
          e.line() > 0 ? OptionalInt.of(e.line()) : OptionalInt.empty(),
          e.column() > 0 ? OptionalInt.of(e.column()) : OptionalInt.empty(),
          e);
    }
  }
}
