package org.reformkit.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marks a place in a document while it is read, and says later where the place was: its JSON
 * Pointer, line and column. Internal.
 *
 * <p>The reader of whole documents marks a place by the parser's count of tokens, which costs
 * nothing; only for an error is the document parsed again to that token ({@link #ofTokenCounts}).
 * Inside someone else's document (the Jackson module) the text cannot be read again, so each mark
 * records its place at once ({@link #recording}).
 */
abstract class Locator {
  /** A mark for the parser's current token. */
  abstract long mark(JsonParser parser);

  /** The error for a failure, with the place of its mark. */
  abstract ReformJsonException locate(Failure failure);

  /** The JSON Pointer of the parser's current token: a value, or the start or end of one. */
  static String pointerOf(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /** Marks by token count, finding the place again in the text only for an error. */
  static Locator ofTokenCounts(JsonMapper mapper, Document document) {
    return new TokenCounts(mapper, document);
  }

  /** Records the place of each mark as it is made. */
  static Locator recording() {
    return new Recording();
  }

  private static final class TokenCounts extends Locator {
    private final JsonMapper mapper;
    private final Document document;

    TokenCounts(JsonMapper mapper, Document document) {
      this.mapper = mapper;
      this.document = document;
    }

    @Override
    long mark(JsonParser parser) {
      return parser.currentTokenCount();
    }

    @Override
    ReformJsonException locate(Failure failure) {
      // the document has been read once without a fault in its JSON, so it reads again to the mark;
      // as text, so that the column counts characters
      try (JsonParser parser = mapper.createParser(document.text())) {
        while (parser.nextToken() != null) {
          if (parser.currentTokenCount() == failure.mark()) {
            TokenStreamLocation at = parser.currentTokenLocation();
            return new ReformJsonException(
                pointerOf(parser), at.getLineNr(), at.getColumnNr(), failure.problem(), failure.getCause());
          }
        }
      } catch (JacksonException e) {
        // cannot happen after a clean first reading; report the failure without a place
      }
      return new ReformJsonException("", 0, 0, failure.problem(), failure.getCause());
    }
  }

  /** Where a mark was made. */
  private record Place(String pointer, int line, int column) {}

  private static final class Recording extends Locator {
    private final List<Place> places = new ArrayList<>();

    @Override
    long mark(JsonParser parser) {
      TokenStreamLocation at = parser.currentTokenLocation();
      places.add(new Place(pointerOf(parser), at.getLineNr(), at.getColumnNr()));
      return places.size() - 1L;
    }

    @Override
    ReformJsonException locate(Failure failure) {
      Place place = places.get((int) failure.mark());
      return new ReformJsonException(
          place.pointer(), place.line(), place.column(), failure.problem(), failure.getCause());
    }
  }
}
