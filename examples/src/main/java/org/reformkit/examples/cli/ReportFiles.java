package org.reformkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.reformkit.core.model.ProgressReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads reform documents (JSON files) for the command-line tool: the one place where files become
 * {@link ProgressReport}s, and where every way of failing becomes an {@link
 * UnreadableReportException} with a one-line message.
 *
 * <p>Until the JSON binding ({@code reform-json}) is merged, this class checks what it can without
 * it: that the file exists, is a regular readable file, is well-formed JSON (with the pointer, line
 * and column of the first syntax error) and holds an object with the members of a report. It then
 * reports that the binding is missing.
 */
public final class ReportFiles {
  /** The members a report object must have: the required attributes of {@link ProgressReport}. */
  private static final List<String> REQUIRED_MEMBERS = List.of("document", "asOf", "programme");

  private static final JsonFactory JSON = new JsonFactory();

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
    checkJson(file);
    // TODO(lead, after the reform-json merge): bind the document here, in this one place, e.g.
    //   try { return ReformJson.reader().readReport(file); }
    //   catch (<binding's read exception> e) { throw new UnreadableReportException(file,
    //       e.<message>, Optional.of(e.<pointer>), OptionalInt.of(e.<line>), OptionalInt.of(e.<column>), e); }
    // and keep checkJson(file) only if the binding does not report syntax errors with a location.
    throw new UnreadableReportException(
        file,
        "is well-formed JSON, but reading reform documents needs the JSON binding (reform-json),"
            + " which is not wired into the examples yet");
  }

  /** Checks that the file is one well-formed JSON object with the members of a report. */
  private static void checkJson(Path file) throws UnreadableReportException {
    JsonParser parser = null;
    try (InputStream in = Files.newInputStream(file)) {
      parser = JSON.createParser(ObjectReadContext.empty(), in);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new UnreadableReportException(file, "is empty, not a reform document");
      }
      TokenStreamLocation start = parser.currentTokenLocation();
      if (first != JsonToken.START_OBJECT) {
        throw notAReport(file, "expected a JSON object, found " + describe(first), start);
      }
      Set<String> members = new LinkedHashSet<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
        if (token == JsonToken.PROPERTY_NAME) {
          members.add(parser.currentName());
          parser.nextToken();
          parser.skipChildren();
        }
      }
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw notAReport(
            file, "unexpected " + describe(after) + " after the report", parser.currentTokenLocation());
      }
      for (String member : REQUIRED_MEMBERS) {
        if (!members.contains(member)) {
          throw notAReport(file, "the object has no \"" + member + "\" member", start);
        }
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableReportException(file, "no such file");
    } catch (IOException e) {
      throw new UnreadableReportException(
          file, "cannot be read: " + e.getMessage(), Optional.empty(), OptionalInt.empty(),
          OptionalInt.empty(), e);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      Optional<String> pointer =
          parser == null
              ? Optional.empty()
              : Optional.of(parser.streamReadContext().pathAsPointer().toString());
      throw new UnreadableReportException(
          file,
          "is not valid JSON: " + firstLine(e.getOriginalMessage()),
          pointer,
          at == null || at.getLineNr() < 1 ? OptionalInt.empty() : OptionalInt.of(at.getLineNr()),
          at == null || at.getColumnNr() < 1 ? OptionalInt.empty() : OptionalInt.of(at.getColumnNr()),
          e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static UnreadableReportException notAReport(
      Path file, String reason, TokenStreamLocation at) {
    return new UnreadableReportException(
        file,
        "not a reform document: " + reason,
        Optional.of(""),
        OptionalInt.of(at.getLineNr()),
        OptionalInt.of(at.getColumnNr()),
        null);
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.strip();
    int newline = line.indexOf('\n');
    if (newline >= 0) {
      line = line.substring(0, newline).strip();
    }
    int source = line.indexOf(" (start marker at [");
    if (source >= 0) {
      line = line.substring(0, source);
    }
    return line;
  }
}
