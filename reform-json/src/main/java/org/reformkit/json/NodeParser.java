package org.reformkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a parser into a {@link Node} tree, rejecting duplicate property names.
 * The depth of recursion is bounded by the parser's nesting limit. Internal.
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
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    // never null: the caller has read the value's first token
    return switch (token) {
      case START_OBJECT -> object(parser, pointer, line, column);
      case START_ARRAY -> array(parser, pointer, line, column);
      case VALUE_STRING -> Node.string(pointer, line, column, parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, token, pointer, line, column);
      case VALUE_TRUE -> Node.bool(pointer, line, column, true);
      case VALUE_FALSE -> Node.bool(pointer, line, column, false);
      case VALUE_NULL -> Node.nullNode(pointer, line, column);
      default ->
          throw new ReformJsonException(pointer, line, column, "unexpected " + token + " in JSON");
    };
  }

  private static Node object(JsonParser parser, String pointer, int line, int column) {
    LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      String childPointer = Node.child(pointer, name);
      if (fields.containsKey(name)) {
        TokenStreamLocation nameAt = parser.currentTokenLocation();
        throw new ReformJsonException(
            childPointer,
            nameAt.getLineNr(),
            nameAt.getColumnNr(),
            "duplicate property " + Node.quote(name) + "; a property may appear only once in an object");
      }
      parser.nextToken();
      fields.put(name, read(parser, childPointer));
    }
    return Node.object(pointer, line, column, fields);
  }

  private static Node array(JsonParser parser, String pointer, int line, int column) {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser, Node.child(pointer, items.size())));
    }
    return Node.array(pointer, line, column, items);
  }

  private static Node number(JsonParser parser, JsonToken token, String pointer, int line, int column) {
    String text = parser.getString();
    try {
      return Node.number(
          pointer, line, column, text, parser.getDecimalValue(), token == JsonToken.VALUE_NUMBER_INT);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ReformJsonException(
          pointer,
          line,
          column,
          "the number " + Node.shorten(text) + " is out of range; its exponent is too large",
          e);
    }
  }
}
