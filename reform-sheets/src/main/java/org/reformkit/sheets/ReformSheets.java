package org.reformkit.sheets;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Spreadsheets for reform reports: the entry point. A report is one {@code .xlsx} workbook (or one
 * directory of CSV files) with one sheet per kind of element, one row per element and one column
 * per attribute; docs/SPREADSHEETS.md describes the layout.
 *
 * <pre>{@code
 * ProgressReport report = ReformSheets.reader().read(Path.of("tracker.xlsx"));
 * ReformSheets.writer().write(report, Path.of("report.xlsx"));
 * Files.write(Path.of("tracker.xlsx"), ReformSheets.template(Locale.FRENCH));
 * }</pre>
 */
public final class ReformSheets {
  private ReformSheets() {}

  /**
   * Returns a reader with the default limits ({@link SheetLimits#defaults()}).
   *
   * @return the reader
   */
  public static ReformSheetsReader reader() {
    return new ReformSheetsReader(SheetLimits.defaults());
  }

  /**
   * Returns a writer with English sheet names and headers.
   *
   * @return the writer
   */
  public static ReformSheetsWriter writer() {
    return new ReformSheetsWriter(Locale.ENGLISH);
  }

  /**
   * Returns the blank template workbook: every sheet with its header row and no data, sheet names
   * and headers in a language (English, Chinese, French or Spanish).
   *
   * @param language the language of the sheet names and headers
   * @return the {@code .xlsx} file's bytes
   */
  public static byte[] template(Locale language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer().withLanguage(language).write(Optional.empty(), out);
    return out.toByteArray();
  }

  /**
   * Writes the blank template to a file: an {@code .xlsx} workbook when the name ends with {@code
   * .xlsx}, otherwise a directory of CSV files.
   *
   * @param language the language of the sheet names and headers
   * @param target the file or directory
   */
  public static void template(Locale language, Path target) {
    writer().withLanguage(language).write(Optional.<Contents>empty(), target);
  }
}
