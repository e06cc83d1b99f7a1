package org.reformkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a parser into a {@link Node} tree, rejecting duplicate property names.
 * The depth of recursion is bounded by the parser's nesting limit. An object or an array is made
 * before its contents, so that each value can point to its parent and its JSON Pointer is built
 * only when an error needs it. Internal.
 */
final class NodeParser {
  private NodeParser() {}

  /**
   * Reads the value at the parser's current token, leaving the parser on its last token.
   *
   * @param parser the parser, on the first token of the value
   * @param pointer the JSON Pointer of the value
   * @return the value
   */
  static Node read(JsonParser parser, String pointer) {
    return read(parser, Node.Place.root(pointer));
  }

  private static Node read(JsonParser parser, Node.Place place) {
    JsonToken token = parser.currentToken();
    // never null: the caller has read the value's first token
    return switch (token) {
      case START_OBJECT -> object(parser, place);
      case START_ARRAY -> array(parser, place);
      case VALUE_STRING -> Node.string(place, parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, token, place);
      case VALUE_TRUE -> Node.bool(place, true);
      case VALUE_FALSE -> Node.bool(place, false);
      case VALUE_NULL -> Node.nullNode(place);
      default -> throw at(parser, place, "unexpected " + token + " in JSON", null);
    };
  }

  private static Node object(JsonParser parser, Node.Place place) {
    LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
    Node object = Node.object(place, fields);
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (fields.containsKey(name)) {
        TokenStreamLocation nameAt = parser.currentTokenLocation();
        throw new ReformJsonException(
            Node.child(object.pointer(), name),
            nameAt.getLineNr(),
            nameAt.getColumnNr(),
            "duplicate property "
                + Node.quote(name)
                + "; a property may appear only once in an object");
      }
      parser.nextToken();
      fields.put(name, read(parser, Node.Place.property(object, name)));
    }
    return object;
  }

  private static Node array(JsonParser parser, Node.Place place) {
    List<Node> items = new ArrayList<>();
    Node array = Node.array(place, items);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser, Node.Place.element(array, items.size())));
    }
    return array;
  }

  private static Node number(JsonParser parser, JsonToken token, Node.Place place) {
    String text = parser.getString();
    try {
      return Node.number(
          place, text, parser.getDecimalValue(), token == JsonToken.VALUE_NUMBER_INT);
    } catch (NumberFormatException | ArithmeticException e) {
      throw at(parser, place, Errors.exponentTooLarge(text), e);
    }
  }

  /** An error at the value the parser is on, at this place. */
  private static ReformJsonException at(
      JsonParser parser, Node.Place place, String problem, @Nullable Throwable cause) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new ReformJsonException(
        place.pointer(), at.getLineNr(), at.getColumnNr(), problem, cause);
  }
}
