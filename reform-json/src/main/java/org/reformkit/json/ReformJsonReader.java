package org.reformkit.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.reformkit.core.model.ProgressReport;
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
  private final JsonMapper mapper;

  private ReformJsonReader(ReadLimits limits) {
    this.limits = limits;
    this.mapper =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(Limits.constraints(limits))
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
    return parse(json, root -> Reading.strict().report(root));
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(Reader reader) {
    return parse(Input.reader(reader, limits), root -> Reading.strict().report(root));
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(InputStream in) {
    return parse(Input.stream(in, limits), root -> Reading.strict().report(root));
  }

  /**
   * Reads a progress report strictly: an unknown property is an error.
   *
   * @param file a UTF-8 JSON file
   * @return the report
   * @throws ReformJsonException if the input cannot be read or is not a progress report in this format
   */
  public ProgressReport readReport(Path file) {
    return parse(Input.file(file, limits), root -> Reading.strict().report(root));
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
    return parseKeepingUnknown(json, (reading, root) -> reading.report(root));
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
    return parseKeepingUnknown(Input.reader(reader, limits), (reading, root) -> reading.report(root));
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
    return parseKeepingUnknown(Input.stream(in, limits), (reading, root) -> reading.report(root));
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
    return parseKeepingUnknown(Input.file(file, limits), (reading, root) -> reading.report(root));
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param json the JSON text
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(String json) {
    return parse(json, root -> Reading.strict().programme(root, true));
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param reader a reader of the JSON text; it is read to the end, not closed
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(Reader reader) {
    return parse(Input.reader(reader, limits), root -> Reading.strict().programme(root, true));
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param in a stream of UTF-8 JSON; it is read to the end, not closed
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(InputStream in) {
    return parse(Input.stream(in, limits), root -> Reading.strict().programme(root, true));
  }

  /**
   * Reads a programme strictly: an unknown property is an error.
   *
   * @param file a UTF-8 JSON file
   * @return the programme
   * @throws ReformJsonException if the input cannot be read or is not a programme in this format
   */
  public ReformProgramme readProgramme(Path file) {
    return parse(Input.file(file, limits), root -> Reading.strict().programme(root, true));
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
    return parseKeepingUnknown(json, (reading, root) -> reading.programme(root, true));
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
    return parseKeepingUnknown(Input.reader(reader, limits), (reading, root) -> reading.programme(root, true));
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
    return parseKeepingUnknown(Input.stream(in, limits), (reading, root) -> reading.programme(root, true));
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
    return parseKeepingUnknown(Input.file(file, limits), (reading, root) -> reading.programme(root, true));
  }

  // ---- machinery ----

  private <T> T parse(String text, Function<Node, T> bind) {
    return bind.apply(tree(text));
  }

  private <T> Extended<T> parseKeepingUnknown(String text, BiFunction<Reading, Node, T> bind) {
    Node root = tree(text);
    Unknowns unknowns = new Unknowns();
    T value = bind.apply(Reading.lenient(unknowns), root);
    String version = root.field("schemaVersion").map(Node::text).orElse(Formats.SCHEMA_VERSION);
    return new Extended<>(value, version, unknowns.anchors());
  }

  private Node tree(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      throw new ReformJsonException(
          "", 1, 1, "the document starts with a byte-order mark (U+FEFF); save it as UTF-8 without one");
    }
    long limit = Input.documentLimit(limits);
    if (text.length() > limit) {
      throw Input.tooLarge("characters", limit);
    }
    try (JsonParser parser = mapper.createParser(text)) {
      // the parser is still open here, so that an error can say where it stopped
      try {
        if (parser.nextToken() == null) {
          throw new ReformJsonException("", 1, 1, "the document is empty; expected a JSON object");
        }
        Node root = NodeParser.read(parser, "");
        if (parser.nextToken() != null) {
          throw new ReformJsonException(
              "",
              parser.currentTokenLocation().getLineNr(),
              parser.currentTokenLocation().getColumnNr(),
              "unexpected content after the end of the document; a document is one JSON object");
        }
        return root;
      } catch (JacksonException e) {
        throw Errors.fromJackson(e, parser, limits);
      }
    } catch (JacksonException e) {
      throw new ReformJsonException("", 0, 0, Errors.describe(e, limits), e);
    } catch (StackOverflowError e) {
      throw new ReformJsonException("", 0, 0, "the document is nested too deeply to read");
    }
  }
}
