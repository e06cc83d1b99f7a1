package org.reformkit.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a document that failed to bind once more, token by token, to say what to report: the first
 * fault in its JSON (broken syntax, an exceeded limit, a duplicate key, a number out of range,
 * content after the end) wherever it is, as if it had been checked before any binding; or else the
 * binding failure, at the place of its mark. Only an error pays for this. Internal.
 */
final class DocumentScan {
  private final JsonMapper checking;
  private final ReadLimits limits;
  private final Document document;

  /**
   * A scan of the document.
   *
   * @param checking a mapper whose parser refuses duplicate properties, with the same limits as the
   *     one that bound the document, so that it counts the same tokens
   * @param limits the limits, for the messages
   * @param document the document
   */
  DocumentScan(JsonMapper checking, ReadLimits limits, Document document) {
    this.checking = checking;
    this.limits = limits;
    this.document = document;
  }

  /**
   * The error to report for the document.
   *
   * @param cause why binding stopped: a {@link Failure} with its mark, or anything else that can
   *     only have come from a fault in the JSON; null when the document was empty or went on after
   *     its end
   */
  ReformJsonException diagnose(@Nullable Throwable cause) {
    @Nullable Failure failure = cause instanceof Failure f ? f : null;
    @Nullable ReformJsonException atMark = null;
    // read as text, so that a column counts characters
    try (JsonParser parser = checking.createParser(document.text())) {
      try {
        if (parser.nextToken() == null) {
          return new ReformJsonException("", 1, 1, "the document is empty; expected a JSON object");
        }
        int depth = 0;
        do {
          JsonToken token = parser.currentToken();
          if (failure != null && parser.currentTokenCount() == failure.mark()) {
            atMark = at(parser, failure.problem(), failure.getCause());
          }
          if (token == JsonToken.VALUE_STRING) {
            // a string is made only when asked for, and its length limit checked then
            parser.getString();
          } else if (token.isNumeric()) {
            @Nullable ReformJsonException outOfRange = checkNumber(parser);
            if (outOfRange != null) {
              return outOfRange;
            }
          }
          if (token.isStructStart()) {
            depth++;
          } else if (token.isStructEnd()) {
            depth--;
          }
        } while (depth > 0 && parser.nextToken() != null);
        if (parser.nextToken() != null) {
          return at(
              "",
              parser,
              "unexpected content after the end of the document; a document is one JSON object",
              null);
        }
      } catch (JacksonException e) {
        return Errors.fromJackson(e, parser, limits);
      }
    } catch (JacksonException e) {
      return new ReformJsonException("", 0, 0, Errors.describe(e, limits), Errors.limitOf(e), e);
    }
    if (atMark != null) {
      return atMark;
    }
    if (cause instanceof StackOverflowError) {
      return new ReformJsonException("", 0, 0, "the document is nested too deeply to read");
    }
    // a fault the scan above cannot see: not expected, but said rather than hidden
    return new ReformJsonException(
        "",
        0,
        0,
        "the document could not be read: a fault in the reader, not in the document",
        cause);
  }

  /** The error for a number whose exponent no decimal can hold, or null. */
  private static @Nullable ReformJsonException checkNumber(JsonParser parser) {
    try {
      parser.getDecimalValue();
      return null;
    } catch (NumberFormatException | ArithmeticException e) {
      return at(parser, Errors.exponentTooLarge(parser.getString()), e);
    }
  }

  private static ReformJsonException at(
      JsonParser parser, String problem, @Nullable Throwable cause) {
    return at(Locator.pointerOf(parser), parser, problem, cause);
  }

  private static ReformJsonException at(
      String pointer, JsonParser parser, String problem, @Nullable Throwable cause) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new ReformJsonException(pointer, at.getLineNr(), at.getColumnNr(), problem, cause);
  }
}
