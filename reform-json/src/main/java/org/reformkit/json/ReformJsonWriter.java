package org.reformkit.json;

import static com.google.common.base.Preconditions.checkState;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.ValidationResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one kind of document of the format: what it writes and its {@link Layout} are settings of
 * the writer, and only the sink varies ({@code String}, {@code Writer}, {@code OutputStream},
 * {@code Path}). {@link ReformJson#writer()} writes progress reports, compact; each {@code for…},
 * {@code keepingUnknown} and {@code with…} method returns a writer with one setting changed:
 *
 * <pre>{@code
 * ReformJsonWriter<ReformProgramme> writer =
 *     ReformJson.writer().forProgramme().withLayout(Layout.PRETTY);
 * writer.write(programme, file);
 * }</pre>
 *
 * <p>Each value is written as a whole document with its {@code schemaVersion}, its properties in
 * the format's order, absent optional values and empty lists left out. A writer is immutable and
 * thread-safe: make one, keep it and share it.
 *
 * @param <T> what {@code write} takes: {@link ProgressReport}, {@link ReformProgramme}, {@link
 *     ValidationResult}, or an {@link Extended} one of these
 */
public final class ReformJsonWriter<T> {
  /** The writer of reports, compact. */
  static final ReformJsonWriter<ProgressReport> DEFAULT =
      new ReformJsonWriter<>(Layout.COMPACT, DocumentType.REPORT, plainly(DocumentType.REPORT));

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
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

  private final Layout layout;

  /** What a writer of plain values writes; null for a writer of {@link Extended} values. */
  private final @Nullable DocumentType<T> plainType;

  /** The document of a value: its unknown properties and how to write it. */
  private final Job<T> job;

  /** How a writer makes the document of a value: plain, or with unknown properties kept. */
  @FunctionalInterface
  private interface Job<T> {
    Output of(T value);
  }

  /** A document to write: the unknown properties to merge back, and the body. */
  private record Output(Map<String, Extended.Anchor> anchors, Consumer<Writing> body) {}

  private ReformJsonWriter(Layout layout, @Nullable DocumentType<T> plainType, Job<T> job) {
    this.layout = layout;
    this.plainType = plainType;
    this.job = job;
  }

  private static <T> Job<T> plainly(DocumentType<T> type) {
    return value -> {
      Objects.requireNonNull(value, "value");
      return new Output(Map.of(), w -> type.writing().write(w, value, type.versionOf(value)));
    };
  }

  private <U> ReformJsonWriter<U> plain(DocumentType<U> type) {
    return new ReformJsonWriter<>(layout, type, plainly(type));
  }

  /**
   * Returns a writer of progress reports, with the same layout.
   *
   * @return the writer of reports
   */
  public ReformJsonWriter<ProgressReport> forReport() {
    return plain(DocumentType.REPORT);
  }

  /**
   * Returns a writer of programmes (as documents of their own), with the same layout.
   *
   * @return the writer of programmes
   */
  public ReformJsonWriter<ReformProgramme> forProgramme() {
    return plain(DocumentType.PROGRAMME);
  }

  /**
   * Returns a writer of findings, as {@link ReformJson#findingsJsonSchema()} describes them, with
   * the same layout.
   *
   * @return the writer of findings
   */
  public ReformJsonWriter<ValidationResult> forFindings() {
    return plain(DocumentType.FINDINGS);
  }

  /**
   * Returns a writer of the same documents read by a reader that {@linkplain
   * ReformJsonReader#keepingUnknown() keeps unknown properties}: it writes each value with the
   * schema version it was read with and puts its unknown properties back. Call it after choosing
   * what to write ({@code forProgramme().keepingUnknown()}).
   *
   * @return the writer of extended values
   * @throws IllegalStateException if this writer already writes extended values
   */
  public ReformJsonWriter<Extended<T>> keepingUnknown() {
    checkState(plainType != null, "this writer already writes extended values");
    DocumentType<T> type = plainType;
    return new ReformJsonWriter<>(
        layout,
        null,
        extended ->
            new Output(
                extended.anchors(),
                w ->
                    type.writing()
                        .write(
                            w,
                            extended.value(),
                            Formats.later(
                                extended.schemaVersion(), type.versionOf(extended.value())))));
  }

  /**
   * Returns whether this writer writes {@link Extended} values with their unknown properties.
   *
   * @return true for a writer made by {@link #keepingUnknown()}
   */
  public boolean keepsUnknown() {
    return plainType == null;
  }

  /**
   * Returns the layout this writer writes.
   *
   * @return the layout
   */
  public Layout layout() {
    return layout;
  }

  /**
   * Returns a writer of the same documents with another layout.
   *
   * @param newLayout compact or pretty
   * @return a writer with this layout ({@code this} if it is the same)
   */
  public ReformJsonWriter<T> withLayout(Layout newLayout) {
    Objects.requireNonNull(newLayout, "layout");
    return newLayout == layout ? this : new ReformJsonWriter<>(newLayout, plainType, job);
  }

  /**
   * Writes a value as a string.
   *
   * @param value the value
   * @return the JSON text
   */
  public String write(T value) {
    Output output = job.of(value);
    StringWriter out = new StringWriter();
    generate(out, output);
    return out.toString();
  }

  /**
   * Writes a value to a writer.
   *
   * @param value the value
   * @param out a writer; it is flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(T value, Writer out) {
    toWriter(out, job.of(value));
  }

  /**
   * Writes a value to a stream, in UTF-8.
   *
   * @param value the value
   * @param out a stream to write UTF-8 to; it is flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(T value, OutputStream out) {
    Output output = job.of(value);
    if (!output.anchors().isEmpty()) {
      // unknown properties kept from reading may hold lone surrogates, which the writer turns into
      // ?
      toWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), output);
      return;
    }
    // UTF-8 bytes straight to the stream: encoding through a writer cost a fifth of all writing
    try (JsonGenerator g = writer().createGenerator(out, JsonEncoding.UTF8)) {
      writeBody(g, new Writing(g, output.anchors(), true), output.body());
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
    flush(out);
  }

  /**
   * Writes a value to a file, in UTF-8. The file is written beside its place and moved there once
   * the whole document is written, so that a failure leaves no half file; a file it replaces keeps
   * its permissions (and owner and group where the process may set them), and a new file gets what
   * the process gives any new file (its umask).
   *
   * @param value the value
   * @param file the file to create or replace
   * @throws UncheckedIOException if writing fails
   */
  public void write(T value, Path file) {
    Output output = job.of(value);
    try {
      ReplacingFile.write(
          file,
          stream -> {
            try (Writer out =
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
              generate(out, output);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void toWriter(Writer out, Output output) {
    generate(out, output);
    flush(out);
  }

  private static void flush(java.io.Flushable out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void generate(Writer out, Output output) {
    try (JsonGenerator g = writer().createGenerator(out)) {
      writeBody(g, new Writing(g, output.anchors()), output.body());
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private ObjectWriter writer() {
    return layout == Layout.PRETTY ? MAPPER.writer().with(PRETTY) : MAPPER.writer();
  }

  private void writeBody(JsonGenerator g, Writing writing, Consumer<Writing> body) {
    body.accept(writing);
    if (layout == Layout.PRETTY) {
      g.writeRaw('\n');
    }
  }
}
