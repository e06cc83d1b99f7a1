package org.reformkit.json;

import static com.google.common.base.Preconditions.checkState;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.rules.ValidationResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one kind of document of the format: what it reads, how strictly and within which {@link
 * ReadLimits} are settings of the reader, and only the source varies ({@code String}, {@code
 * Reader}, {@code InputStream}, {@code byte[]}, {@code Path}). {@link ReformJson#reader()} reads
 * progress reports strictly within the default limits; each {@code for…}, {@code keepingUnknown}
 * and {@code with…} method returns a reader with one setting changed:
 *
 * <pre>{@code
 * ReformJsonReader<Extended<ReformProgramme>> reader =
 *     ReformJson.reader()
 *         .forProgramme()
 *         .keepingUnknown()
 *         .withLimits(ReadLimits.defaults().withMaxDocumentSize(256L * 1024 * 1024));
 * Extended<ReformProgramme> programme = reader.read(file);
 * }</pre>
 *
 * <p>Reading is strict unless the reader keeps unknown properties: an unknown property, a duplicate
 * key, a wrong type, a value the model refuses, broken JSON or input over a limit is a {@link
 * ReformJsonException} with the JSON Pointer, line and column of the offending element, and never a
 * partial result. A reader that {@linkplain #keepingUnknown() keeps unknown properties} reads a
 * document of a later minor version and returns an {@link Extended} value that writes them back. A
 * reader is immutable and thread-safe: make one, keep it and share it.
 *
 * @param <T> what {@code read} returns: {@link ProgressReport}, {@link ReformProgramme}, {@link
 *     ValidationResult}, or an {@link Extended} one of these
 */
public final class ReformJsonReader<T> {
  /** The reader of reports, strict, with the default limits. */
  static final ReformJsonReader<ProgressReport> DEFAULT =
      new ReformJsonReader<>(ReadLimits.defaults(), DocumentType.REPORT);

  private final ReadLimits limits;

  /**
   * The parser that binds. It leaves duplicate properties to the reading, which knows each object's
   * names and finds a repeated one for less than the parser's own detection costs.
   */
  private final JsonMapper mapper;

  /**
   * The parser that finds the first fault in the JSON of a document that failed, duplicates too.
   */
  private final JsonMapper checking;

  /** What a strict reader reads; null for a reader that keeps unknown properties. */
  private final @Nullable DocumentType<T> strictType;

  /** Reads a document with this reader's parsers and limits. */
  private final Binding<T> binding;

  /** How a reader makes its value of a document: strictly, or keeping unknown properties. */
  @FunctionalInterface
  private interface Binding<T> {
    T bind(ReformJsonReader<?> reader, Document document);
  }

  private ReformJsonReader(ReadLimits limits, DocumentType<T> type) {
    this(limits, mapper(limits, false), mapper(limits, true), type, strictly(type));
  }

  private ReformJsonReader(
      ReadLimits limits,
      JsonMapper mapper,
      JsonMapper checking,
      @Nullable DocumentType<T> strictType,
      Binding<T> binding) {
    this.limits = limits;
    this.mapper = mapper;
    this.checking = checking;
    this.strictType = strictType;
    this.binding = binding;
  }

  private static <T> Binding<T> strictly(DocumentType<T> type) {
    return (reader, document) -> reader.read(document, null, type.reading());
  }

  private static JsonMapper mapper(ReadLimits limits, boolean refuseDuplicates) {
    return JsonMapper.builder(
            JsonFactory.builder()
                .streamReadConstraints(Limits.constraints(limits))
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, refuseDuplicates)
                .build())
        .build();
  }

  private <U> ReformJsonReader<U> strict(DocumentType<U> type) {
    return new ReformJsonReader<>(limits, mapper, checking, type, strictly(type));
  }

  /**
   * Returns a reader of progress reports, strict, with the same limits.
   *
   * @return the reader of reports
   */
  public ReformJsonReader<ProgressReport> forReport() {
    return strict(DocumentType.REPORT);
  }

  /**
   * Returns a reader of programmes (a document whose top level is a programme), strict, with the
   * same limits.
   *
   * @return the reader of programmes
   */
  public ReformJsonReader<ReformProgramme> forProgramme() {
    return strict(DocumentType.PROGRAMME);
  }

  /**
   * Returns a reader of findings, the result of a validation as {@link
   * ReformJson#findingsJsonSchema()} describes it, strict, with the same limits.
   *
   * @return the reader of findings
   */
  public ReformJsonReader<ValidationResult> forFindings() {
    return strict(DocumentType.FINDINGS);
  }

  /**
   * Returns a reader of the same documents that keeps the properties this version does not know, so
   * that writing the result with {@link ReformJsonWriter#keepingUnknown()} gives them back. Call it
   * after choosing what to read ({@code forProgramme().keepingUnknown()}).
   *
   * @return the lenient reader
   * @throws IllegalStateException if this reader already keeps unknown properties
   */
  public ReformJsonReader<Extended<T>> keepingUnknown() {
    checkState(strictType != null, "this reader already keeps unknown properties");
    DocumentType<T> type = strictType;
    return new ReformJsonReader<>(
        limits,
        mapper,
        checking,
        null,
        (reader, document) -> reader.readKeepingUnknown(document, type.reading()));
  }

  /**
   * Returns whether this reader keeps unknown properties rather than refusing them.
   *
   * @return true for a reader made by {@link #keepingUnknown()}
   */
  public boolean keepsUnknown() {
    return strictType == null;
  }

  /**
   * Returns the limits this reader enforces.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns a reader of the same documents that enforces other limits.
   *
   * @param newLimits the limits
   * @return a reader with these limits ({@code this} if they are the same)
   */
  public ReformJsonReader<T> withLimits(ReadLimits newLimits) {
    if (newLimits.equals(limits)) {
      return this;
    }
    return new ReformJsonReader<>(
        newLimits, mapper(newLimits, false), mapper(newLimits, true), strictType, binding);
  }

  /**
   * Reads a document from its text.
   *
   * @param json the JSON text
   * @return the value read
   * @throws ReformJsonException if the input cannot be read or is not such a document
   */
  public T read(String json) {
    return binding.bind(this, Document.ofText(json));
  }

  /**
   * Reads a document from a reader of its text.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the value read
   * @throws ReformJsonException if the input cannot be read or is not such a document
   */
  public T read(Reader reader) {
    return binding.bind(this, Document.ofText(Input.reader(reader, limits)));
  }

  /**
   * Reads a document from a stream of UTF-8.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the value read
   * @throws ReformJsonException if the input cannot be read or is not such a document
   */
  public T read(InputStream in) {
    return binding.bind(this, Input.stream(in, limits));
  }

  /**
   * Reads a document from UTF-8 bytes, without copying them.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the value read
   * @throws ReformJsonException if the input cannot be read or is not such a document
   */
  public T read(byte[] json) {
    return binding.bind(this, Input.bytes(json, limits));
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param file a UTF-8 JSON file
   * @return the value read
   * @throws ReformJsonException if the input cannot be read or is not such a document
   */
  public T read(Path file) {
    return binding.bind(this, Input.file(file, limits));
  }

  // ---- machinery ----

  private <V> Extended<V> readKeepingUnknown(Document document, Function<Reading, V> bind) {
    Unknowns unknowns = new Unknowns();
    Reading[] reading = new Reading[1];
    V value =
        read(
            document,
            unknowns,
            r -> {
              reading[0] = r;
              return bind.apply(r);
            });
    return new Extended<>(value, reading[0].schemaVersionRead(), unknowns.anchors());
  }

  /**
   * Binds the document as it streams from the parser, without a tree. Only when that fails is the
   * text read again, by a {@link DocumentScan}, to say what to report and where.
   */
  private <V> V read(Document document, @Nullable Unknowns unknowns, Function<Reading, V> bind) {
    if (document.isText()) {
      checkText(document.text());
    }
    DocumentScan scan = new DocumentScan(checking, limits, document);
    Locator locator = Locator.ofTokenCounts();
    try (JsonParser parser = document.open(mapper)) {
      if (parser.nextToken() != null) {
        Reading reading =
            unknowns == null
                ? Reading.strict(parser, locator)
                : Reading.lenient(parser, locator, unknowns);
        V value = bind.apply(reading);
        if (parser.nextToken() == null) {
          return value;
        }
      }
    } catch (Failure | JacksonException | ReformJsonException | StackOverflowError e) {
      throw scan.diagnose(e);
    }
    // empty, or more after the end
    throw scan.diagnose(null);
  }

  private void checkText(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      throw new ReformJsonException(
          "",
          1,
          1,
          "the document starts with a byte-order mark (U+FEFF); save it as UTF-8 without one");
    }
    long limit = Input.documentLimit(limits);
    if (text.length() > limit) {
      throw Input.tooLarge("characters", limit);
    }
  }
}
