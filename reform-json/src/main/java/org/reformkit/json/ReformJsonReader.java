package org.reformkit.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.function.Function;
import org.reformkit.core.model.ProgressReport;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads progress reports and programmes as JSON within a set of {@link ReadLimits}. The static
 * {@code read…} methods of {@link ReformJson} use {@link ReformJson#reader()}, which has the
 * default limits; a user with a larger document raises them:
 *
 * <pre>{@code
 * ReformJsonReader reader =
 *     ReformJson.reader().withLimits(ReadLimits.defaults().withMaxDocumentSize(256L * 1024 * 1024));
 * ReformProgramme programme = reader.readProgramme(file);
 * }</pre>
 *
 * <p>Reading is strict as described at {@link ReformJson}: an unknown property, a duplicate key, a
 * wrong type, a value the model refuses, broken JSON or input over a limit is a {@link
 * ReformJsonException}. A reader is immutable and thread-safe.
 */
public final class ReformJsonReader {
  /** The reader with the default limits. */
  static final ReformJsonReader DEFAULT = new ReformJsonReader(ReadLimits.defaults());

  private final ReadLimits limits;
  /**
   * The parser that binds. It leaves duplicate properties to the reading, which knows each
   * object's names and finds a repeated one for less than the parser's own detection costs.
   */
  private final JsonMapper mapper;
  /** The parser that finds the first fault in the JSON of a document that failed, duplicates too. */
  private final JsonMapper checking;

  private ReformJsonReader(ReadLimits limits) {
    this.limits = limits;
    this.mapper = mapper(limits, false);
    this.checking = mapper(limits, true);
  }

  private static JsonMapper mapper(ReadLimits limits, boolean refuseDuplicates) {
    return JsonMapper.builder(
            JsonFactory.builder()
                .streamReadConstraints(Limits.constraints(limits))
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, refuseDuplicates)
                .build())
        .build();
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
   * Returns a reader that enforces other limits.
   *
   * @param newLimits the limits
   * @return a reader with these limits ({@code this} if they are the same)
   */
  public ReformJsonReader withLimits(ReadLimits newLimits) {
    return newLimits.equals(limits) ? this : new ReformJsonReader(newLimits);
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param json the JSON text
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(String json) {
    return parse(Document.ofText(json), Reading::report);
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(Reader reader) {
    return parse(Document.ofText(Input.reader(reader, limits)), Reading::report);
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(InputStream in) {
    return parse(Input.stream(in, limits), Reading::report);
  }
  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(byte[] json) {
    return parse(Input.bytes(json, limits), Reading::report);
  }


  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param file a UTF-8 JSON file
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(Path file) {
    return parse(Input.file(file, limits), Reading::report);
  }

  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json the JSON text
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public Extended<ProgressReport> readReportKeepingUnknown(String json) {
    return parseKeepingUnknown(Document.ofText(json), Reading::report);
  }

  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public Extended<ProgressReport> readReportKeepingUnknown(Reader reader) {
    return parseKeepingUnknown(Document.ofText(Input.reader(reader, limits)), Reading::report);
  }

  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public Extended<ProgressReport> readReportKeepingUnknown(InputStream in) {
    return parseKeepingUnknown(Input.stream(in, limits), Reading::report);
  }
  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public Extended<ProgressReport> readReportKeepingUnknown(byte[] json) {
    return parseKeepingUnknown(Input.bytes(json, limits), Reading::report);
  }


  /**
   * Reads a progress report leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param file a UTF-8 JSON file
   * @return the report with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public Extended<ProgressReport> readReportKeepingUnknown(Path file) {
    return parseKeepingUnknown(Input.file(file, limits), Reading::report);
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param json the JSON text
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(String json) {
    return parse(Document.ofText(json), r -> r.programme(true));
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(Reader reader) {
    return parse(Document.ofText(Input.reader(reader, limits)), r -> r.programme(true));
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(InputStream in) {
    return parse(Input.stream(in, limits), r -> r.programme(true));
  }
  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(byte[] json) {
    return parse(Input.bytes(json, limits), r -> r.programme(true));
  }


  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param file a UTF-8 JSON file
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(Path file) {
    return parse(Input.file(file, limits), r -> r.programme(true));
  }

  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json the JSON text
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public Extended<ReformProgramme> readProgrammeKeepingUnknown(String json) {
    return parseKeepingUnknown(Document.ofText(json), r -> r.programme(true));
  }

  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public Extended<ReformProgramme> readProgrammeKeepingUnknown(Reader reader) {
    return parseKeepingUnknown(Document.ofText(Input.reader(reader, limits)), r -> r.programme(true));
  }

  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public Extended<ReformProgramme> readProgrammeKeepingUnknown(InputStream in) {
    return parseKeepingUnknown(Input.stream(in, limits), r -> r.programme(true));
  }
  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param json UTF-8 JSON; the array is read, never changed, and not kept
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public Extended<ReformProgramme> readProgrammeKeepingUnknown(byte[] json) {
    return parseKeepingUnknown(Input.bytes(json, limits), r -> r.programme(true));
  }


  /**
   * Reads a programme leniently, keeping the properties this version does not know so that writing
   * the result gives them back.
   *
   * @param file a UTF-8 JSON file
   * @return the programme with its unknown properties
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public Extended<ReformProgramme> readProgrammeKeepingUnknown(Path file) {
    return parseKeepingUnknown(Input.file(file, limits), r -> r.programme(true));
  }

  // ---- machinery ----

  private <T> T parse(Document document, Function<Reading, T> bind) {
    return read(document, null, bind);
  }

  private <T> Extended<T> parseKeepingUnknown(Document document, Function<Reading, T> bind) {
    Unknowns unknowns = new Unknowns();
    Reading[] reading = new Reading[1];
    T value =
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
  private <T> T read(Document document, @Nullable Unknowns unknowns, Function<Reading, T> bind) {
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
        T value = bind.apply(reading);
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
          "", 1, 1, "the document starts with a byte-order mark (U+FEFF); save it as UTF-8 without one");
    }
    long limit = Input.documentLimit(limits);
    if (text.length() > limit) {
      throw Input.tooLarge("characters", limit);
    }
  }
}
