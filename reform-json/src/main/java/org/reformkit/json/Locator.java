package org.reformkit.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Marks a place in a document while it is read, and says later where the place was: its JSON
 * Pointer, line and column. Internal.
 *
 * <p>The reader of whole documents marks a place by the parser's count of tokens, which costs
 * nothing; only for an error is the document parsed again to that token ({@link #ofTokenCounts},
 * {@link DocumentScan}). Inside someone else's document (the Jackson module) the text cannot be
 * read again, so each mark records its place at once ({@link #recording}).
 */
abstract class Locator {
  /** A mark for the parser's current token. */
  abstract long mark(JsonParser parser);

  /** The JSON Pointer of the parser's current token: a value, or the start or end of one. */
  static String pointerOf(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /** Marks by the parser's count of tokens; a {@link DocumentScan} finds a mark again. */
  static Locator ofTokenCounts() {
    return TokenCounts.INSTANCE;
  }

  /** Records the place of each mark as it is made. */
  static Recording recording() {
    return new Recording();
  }

  private static final class TokenCounts extends Locator {
    static final TokenCounts INSTANCE = new TokenCounts();

    @Override
    long mark(JsonParser parser) {
      return parser.currentTokenCount();
    }
  }

  /** Where a mark was made. */
  private record Place(String pointer, int line, int column) {}

  /** Marks that record their places, for a document that cannot be read again. */
  static final class Recording extends Locator {
    private final List<Place> places = new ArrayList<>();

    @Override
    long mark(JsonParser parser) {
      TokenStreamLocation at = parser.currentTokenLocation();
      places.add(new Place(pointerOf(parser), at.getLineNr(), at.getColumnNr()));
      return places.size() - 1L;
    }

    /** The error for a failure, at the place of its mark. */
    ReformJsonException locate(Failure failure) {
      Place place = places.get((int) failure.mark());
      return new ReformJsonException(
          place.pointer(), place.line(), place.column(), failure.problem(), failure.getCause());
    }
  }
}
