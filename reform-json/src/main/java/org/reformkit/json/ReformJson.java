package org.reformkit.json;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.reformkit.core.model.ProgressReport;

/**
 * Reads and writes progress reports, programmes and findings as JSON. Reading and writing go
 * through a {@link ReformJsonReader} and a {@link ReformJsonWriter}, immutable objects whose
 * settings say what is read or written, how strictly, within which limits and in which layout:
 *
 * <pre>{@code
 * ProgressReport report = ReformJson.reader().read(file);
 * ReformJsonReader<Extended<ReformProgramme>> lenient =
 *     ReformJson.reader().forProgramme().keepingUnknown();
 * String json = ReformJson.writer().withLayout(Layout.PRETTY).write(report);
 * }</pre>
 *
 * <p>A few one-line conveniences cover the common cases: {@link #readReport(Path)}, {@link
 * #readReport(String)}, {@link #writeReport(ProgressReport, Layout)} and {@link
 * #writeReport(ProgressReport, Layout, Path)}. Reading is strict: an unknown property, a duplicate
 * key, a wrong type, a value the model refuses, broken JSON or input over a limit is a {@link
 * ReformJsonException} with the JSON Pointer, line and column of the offending element, and never a
 * partial result. Everything here is thread-safe.
 */
public final class ReformJson {
  private ReformJson() {}

  /**
   * Returns the reader of progress reports: strict, with the default limits ({@link
   * ReadLimits#defaults()}). Its {@code for…}, {@code keepingUnknown} and {@code withLimits}
   * methods give the other readers.
   *
   * @return the reader of reports
   */
  public static ReformJsonReader<ProgressReport> reader() {
    return ReformJsonReader.DEFAULT;
  }

  /**
   * Returns the writer of progress reports, {@linkplain Layout#COMPACT compact}. Its {@code for…},
   * {@code keepingUnknown} and {@code withLayout} methods give the other writers.
   *
   * @return the writer of reports
   */
  public static ReformJsonWriter<ProgressReport> writer() {
    return ReformJsonWriter.DEFAULT;
  }

  /**
   * Reads a progress report from a file, strictly: {@code reader().read(file)}.
   *
   * @param file a UTF-8 JSON file
   * @return the report
   * @throws ReformJsonException if the file cannot be read or is not a progress report
   */
  public static ProgressReport readReport(Path file) {
    return ReformJsonReader.DEFAULT.read(file);
  }

  /**
   * Reads a progress report from its text, strictly: {@code reader().read(json)}.
   *
   * @param json the JSON text
   * @return the report
   * @throws ReformJsonException if the text is not a progress report
   */
  public static ProgressReport readReport(String json) {
    return ReformJsonReader.DEFAULT.read(json);
  }

  /**
   * Writes a progress report as a string: {@code writer().withLayout(layout).write(report)}.
   *
   * @param report the report
   * @param layout compact or pretty
   * @return the JSON text
   */
  public static String writeReport(ProgressReport report, Layout layout) {
    return ReformJsonWriter.DEFAULT.withLayout(layout).write(report);
  }

  /**
   * Writes a progress report to a file: {@code writer().withLayout(layout).write(report, file)}.
   *
   * @param report the report
   * @param layout compact or pretty
   * @param file the file to create or replace, in UTF-8; it is replaced only once the whole
   *     document is written
   * @throws UncheckedIOException if writing fails
   */
  public static void writeReport(ProgressReport report, Layout layout, Path file) {
    ReformJsonWriter.DEFAULT.withLayout(layout).write(report, file);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of reports and programmes, as shipped in this jar.
   *
   * @return the schema text
   */
  public static String jsonSchema() {
    return resource("reformkit.schema.json");
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of findings, as shipped in this jar.
   *
   * @return the schema text
   */
  public static String findingsJsonSchema() {
    return resource("findings.schema.json");
  }

  /**
   * Returns the newest schema version this library writes, {@code 1.2}. A document that uses
   * nothing new in 1.2 (finances, risks, recommendations, duty stations, relocations) is written as
   * {@code 1.1}, exactly as before; any 1.x is read (1.0, 1.1 and 1.2), with the new properties
   * accepted in each.
   *
   * @return the schema version
   */
  public static String schemaVersion() {
    return Formats.VERSION_1_2;
  }

  private static String resource(String name) {
    try {
      return Resources.toString(ReformJson.class.getResource(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
