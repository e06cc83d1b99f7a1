package org.reformkit.json;

import com.google.common.io.Resources;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes progress reports and programmes as JSON.
 *
 * <pre>{@code
 * ProgressReport report = ReformJson.readReport(file);
 * String json = ReformJson.writeReport(report, Layout.PRETTY);
 * }</pre>
 *
 * <p>Reading is strict: an unknown property, a duplicate key, a wrong type, a value the model
 * refuses, broken JSON or input over a limit is a {@link ReformJsonException} with the JSON Pointer,
 * line and column of the offending element, and never a partial result. {@code
 * read…KeepingUnknown} reads a document of a later minor version and keeps what it does not know.
 * The static {@code read…} methods enforce the default {@link ReadLimits}; {@link #reader()}{@code
 * .withLimits(…)} reads a larger document. The methods are thread-safe.
 */
public final class ReformJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(Limits.constraints())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .build())
          .addModule(new ReformModule())
          .build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private ReformJson() {}

  /**
   * Returns the JSON Schema (draft 2020-12) of the format, as shipped in this jar.
   *
   * @return the schema text
   */
  public static String jsonSchema() {
    try {
      return Resources.toString(
          ReformJson.class.getResource("reformkit.schema.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the schema version this library writes, {@code 1.0}.
   *
   * @return the schema version
   */
  public static String schemaVersion() {
    return Formats.SCHEMA_VERSION;
  }

  /**
   * Returns the reader with the default limits ({@link ReadLimits#defaults()}), the one the static
   * {@code read…} methods use. Call {@link ReformJsonReader#withLimits(ReadLimits)} on it to read
   * a larger document.
   *
   * @return the reader with the default limits
   */
  public static ReformJsonReader reader() {
    return ReformJsonReader.DEFAULT;
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param json the JSON text
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static ProgressReport readReport(String json) {
    return ReformJsonReader.DEFAULT.readReport(json);
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static ProgressReport readReport(Reader reader) {
    return ReformJsonReader.DEFAULT.readReport(reader);
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static ProgressReport readReport(InputStream in) {
    return ReformJsonReader.DEFAULT.readReport(in);
  }
  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static ProgressReport readReport(byte[] json) {
    return ReformJsonReader.DEFAULT.readReport(json);
  }


  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param file a UTF-8 JSON file
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static ProgressReport readReport(Path file) {
    return ReformJsonReader.DEFAULT.readReport(file);
  }

  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json the JSON text
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static Extended<ProgressReport> readReportKeepingUnknown(String json) {
    return ReformJsonReader.DEFAULT.readReportKeepingUnknown(json);
  }

  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static Extended<ProgressReport> readReportKeepingUnknown(Reader reader) {
    return ReformJsonReader.DEFAULT.readReportKeepingUnknown(reader);
  }

  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static Extended<ProgressReport> readReportKeepingUnknown(InputStream in) {
    return ReformJsonReader.DEFAULT.readReportKeepingUnknown(in);
  }
  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static Extended<ProgressReport> readReportKeepingUnknown(byte[] json) {
    return ReformJsonReader.DEFAULT.readReportKeepingUnknown(json);
  }


  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param file a UTF-8 JSON file
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public static Extended<ProgressReport> readReportKeepingUnknown(Path file) {
    return ReformJsonReader.DEFAULT.readReportKeepingUnknown(file);
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param json the JSON text
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static ReformProgramme readProgramme(String json) {
    return ReformJsonReader.DEFAULT.readProgramme(json);
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static ReformProgramme readProgramme(Reader reader) {
    return ReformJsonReader.DEFAULT.readProgramme(reader);
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static ReformProgramme readProgramme(InputStream in) {
    return ReformJsonReader.DEFAULT.readProgramme(in);
  }
  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static ReformProgramme readProgramme(byte[] json) {
    return ReformJsonReader.DEFAULT.readProgramme(json);
  }


  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param file a UTF-8 JSON file
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static ReformProgramme readProgramme(Path file) {
    return ReformJsonReader.DEFAULT.readProgramme(file);
  }

  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json the JSON text
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static Extended<ReformProgramme> readProgrammeKeepingUnknown(String json) {
    return ReformJsonReader.DEFAULT.readProgrammeKeepingUnknown(json);
  }

  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static Extended<ReformProgramme> readProgrammeKeepingUnknown(Reader reader) {
    return ReformJsonReader.DEFAULT.readProgrammeKeepingUnknown(reader);
  }

  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static Extended<ReformProgramme> readProgrammeKeepingUnknown(InputStream in) {
    return ReformJsonReader.DEFAULT.readProgrammeKeepingUnknown(in);
  }
  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static Extended<ReformProgramme> readProgrammeKeepingUnknown(byte[] json) {
    return ReformJsonReader.DEFAULT.readProgrammeKeepingUnknown(json);
  }


  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param file a UTF-8 JSON file
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public static Extended<ReformProgramme> readProgrammeKeepingUnknown(Path file) {
    return ReformJsonReader.DEFAULT.readProgrammeKeepingUnknown(file);
  }

  /**
   * Writes a progress report.
   *
   * @param value the value
   * @param layout compact or pretty
   * @return the JSON text
   */
  public static String writeReport(ProgressReport value, Layout layout) {
    return write(layout, Map.of(), w -> w.report(value, Formats.SCHEMA_VERSION));
  }

  /**
   * Writes a progress report.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a writer; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeReport(ProgressReport value, Layout layout, Writer out) {
    toWriter(out, layout, Map.of(), w -> w.report(value, Formats.SCHEMA_VERSION));
  }

  /**
   * Writes a progress report.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a stream to write UTF-8 to; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeReport(ProgressReport value, Layout layout, OutputStream out) {
    toStream(out, layout, Map.of(), w -> w.report(value, Formats.SCHEMA_VERSION));
  }

  /**
   * Writes a progress report.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param file the file to create or replace, in UTF-8; it is replaced only once the whole
   *     document is written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeReport(ProgressReport value, Layout layout, Path file) {
    toFile(file, layout, Map.of(), w -> w.report(value, Formats.SCHEMA_VERSION));
  }

  /**
   * Writes a progress report with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @return the JSON text
   */
  public static String writeReport(Extended<ProgressReport> value, Layout layout) {
    return write(layout, value.anchors(), w -> w.report(value.value(), value.schemaVersion()));
  }

  /**
   * Writes a progress report with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a writer; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeReport(Extended<ProgressReport> value, Layout layout, Writer out) {
    toWriter(out, layout, value.anchors(), w -> w.report(value.value(), value.schemaVersion()));
  }

  /**
   * Writes a progress report with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a stream to write UTF-8 to; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeReport(Extended<ProgressReport> value, Layout layout, OutputStream out) {
    toStream(out, layout, value.anchors(), w -> w.report(value.value(), value.schemaVersion()));
  }

  /**
   * Writes a progress report with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param file the file to create or replace, in UTF-8; it is replaced only once the whole
   *     document is written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeReport(Extended<ProgressReport> value, Layout layout, Path file) {
    toFile(file, layout, value.anchors(), w -> w.report(value.value(), value.schemaVersion()));
  }

  /**
   * Writes a programme.
   *
   * @param value the value
   * @param layout compact or pretty
   * @return the JSON text
   */
  public static String writeProgramme(ReformProgramme value, Layout layout) {
    return write(layout, Map.of(), w -> w.programme(value, Formats.SCHEMA_VERSION, true, ""));
  }

  /**
   * Writes a programme.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a writer; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeProgramme(ReformProgramme value, Layout layout, Writer out) {
    toWriter(out, layout, Map.of(), w -> w.programme(value, Formats.SCHEMA_VERSION, true, ""));
  }

  /**
   * Writes a programme.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a stream to write UTF-8 to; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeProgramme(ReformProgramme value, Layout layout, OutputStream out) {
    toStream(out, layout, Map.of(), w -> w.programme(value, Formats.SCHEMA_VERSION, true, ""));
  }

  /**
   * Writes a programme.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param file the file to create or replace, in UTF-8; it is replaced only once the whole
   *     document is written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeProgramme(ReformProgramme value, Layout layout, Path file) {
    toFile(file, layout, Map.of(), w -> w.programme(value, Formats.SCHEMA_VERSION, true, ""));
  }

  /**
   * Writes a programme with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @return the JSON text
   */
  public static String writeProgramme(Extended<ReformProgramme> value, Layout layout) {
    return write(layout, value.anchors(), w -> w.programme(value.value(), value.schemaVersion(), true, ""));
  }

  /**
   * Writes a programme with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a writer; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeProgramme(Extended<ReformProgramme> value, Layout layout, Writer out) {
    toWriter(out, layout, value.anchors(), w -> w.programme(value.value(), value.schemaVersion(), true, ""));
  }

  /**
   * Writes a programme with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param out a stream to write UTF-8 to; it is flushed, not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeProgramme(Extended<ReformProgramme> value, Layout layout, OutputStream out) {
    toStream(out, layout, value.anchors(), w -> w.programme(value.value(), value.schemaVersion(), true, ""));
  }

  /**
   * Writes a programme with unknown properties kept from reading.
   *
   * @param value the value
   * @param layout compact or pretty
   * @param file the file to create or replace, in UTF-8; it is replaced only once the whole
   *     document is written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeProgramme(Extended<ReformProgramme> value, Layout layout, Path file) {
    toFile(file, layout, value.anchors(), w -> w.programme(value.value(), value.schemaVersion(), true, ""));
  }

  // ---- machinery ----

  private static String write(Layout layout, Map<String, Extended.Anchor> anchors, Consumer<Writing> body) {
    StringWriter out = new StringWriter();
    generate(out, layout, anchors, body);
    return out.toString();
  }

  private static void toWriter(Writer out, Layout layout, Map<String, Extended.Anchor> anchors, Consumer<Writing> body) {
    generate(out, layout, anchors, body);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes UTF-8 bytes straight to the stream (encoding through an {@code OutputStreamWriter} cost
   * a fifth of all writing). Unknown properties kept from reading may hold lone surrogates, which
   * the writer turns into {@code ?}: with them, the writer is kept.
   */
  private static void toStream(OutputStream out, Layout layout, Map<String, Extended.Anchor> anchors, Consumer<Writing> body) {
    if (!anchors.isEmpty()) {
      toWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), layout, anchors, body);
      return;
    }
    try (JsonGenerator g = writer(layout).createGenerator(out, JsonEncoding.UTF8)) {
      writeBody(g, layout, new Writing(g, anchors, true), body);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes beside the file, then moves the result into place (see {@link ReplacingFile}). */
  private static void toFile(Path file, Layout layout, Map<String, Extended.Anchor> anchors, Consumer<Writing> body) {
    try {
      ReplacingFile.write(
          file,
          stream -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
              generate(out, layout, anchors, body);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void generate(Writer out, Layout layout, Map<String, Extended.Anchor> anchors, Consumer<Writing> body) {
    try (JsonGenerator g = writer(layout).createGenerator(out)) {
      writeBody(g, layout, new Writing(g, anchors), body);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private static ObjectWriter writer(Layout layout) {
    return layout == Layout.PRETTY ? MAPPER.writer().with(PRETTY) : MAPPER.writer();
  }

  private static void writeBody(JsonGenerator g, Layout layout, Writing writing, Consumer<Writing> body) {
    body.accept(writing);
    if (layout == Layout.PRETTY) {
      g.writeRaw('\n');
    }
  }
}
