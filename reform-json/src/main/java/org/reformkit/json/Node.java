package org.reformkit.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read into memory with the JSON Pointer and the location at which it starts, so
 * that every error found while binding it to the model can say where. Internal.
 */
final class Node {
  /** The JSON type of a node. */
  enum Type {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }
  }

  private final Type type;
  private final String pointer;
  private final int line;
  private final int column;
  private final Map<String, Node> fields;
  private final List<Node> items;
  private final String text;
  private final BigDecimal number;
  private final boolean integral;
  private final boolean bool;

  private Node(
      Type type,
      String pointer,
      int line,
      int column,
      Map<String, Node> fields,
      List<Node> items,
      String text,
      BigDecimal number,
      boolean integral,
      boolean bool) {
    this.type = type;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.fields = fields;
    this.items = items;
    this.text = text;
    this.number = number;
    this.integral = integral;
    this.bool = bool;
  }

  static Node object(String pointer, int line, int column, Map<String, Node> fields) {
    return new Node(Type.OBJECT, pointer, line, column, fields, List.of(), "", BigDecimal.ZERO, false, false);
  }

  static Node array(String pointer, int line, int column, List<Node> items) {
    return new Node(Type.ARRAY, pointer, line, column, Map.of(), items, "", BigDecimal.ZERO, false, false);
  }

  static Node string(String pointer, int line, int column, String text) {
    return new Node(Type.STRING, pointer, line, column, Map.of(), List.of(), text, BigDecimal.ZERO, false, false);
  }

  static Node number(
      String pointer, int line, int column, String text, BigDecimal number, boolean integral) {
    return new Node(Type.NUMBER, pointer, line, column, Map.of(), List.of(), text, number, integral, false);
  }

  static Node bool(String pointer, int line, int column, boolean value) {
    return new Node(Type.BOOLEAN, pointer, line, column, Map.of(), List.of(), "", BigDecimal.ZERO, false, value);
  }

  static Node nullNode(String pointer, int line, int column) {
    return new Node(Type.NULL, pointer, line, column, Map.of(), List.of(), "", BigDecimal.ZERO, false, false);
  }

  Type type() {
    return type;
  }

  String pointer() {
    return pointer;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** The properties of an object, in document order (empty for other types). */
  Map<String, Node> fields() {
    return fields;
  }

  Optional<Node> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** The elements of an array (empty for other types). */
  List<Node> items() {
    return items;
  }

  /** The value of a string, or a number as written. */
  String text() {
    return text;
  }

  BigDecimal number() {
    return number;
  }

  /** Whether a number was written without a fraction or an exponent. */
  boolean integral() {
    return integral;
  }

  boolean bool() {
    return bool;
  }

  /** Describes the node for a message: its type, and a short form of its value. */
  String describe() {
    return switch (type) {
      case STRING -> "the string " + quote(text);
      case NUMBER -> "the number " + shorten(text);
      case BOOLEAN -> Boolean.toString(bool);
      default -> type.description();
    };
  }

  static String quote(String value) {
    return "'" + shorten(value) + "'";
  }

  static String shorten(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }

  ReformJsonException error(String problem) {
    return new ReformJsonException(pointer, line, column, problem);
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
