package org.reformkit.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value read into memory with the location at which it starts and the way to its JSON
 * Pointer, so that every error found while binding it to the model can say where. The pointer is
 * put together only when asked for (for an error, or a kept unknown property): building it for
 * every value cost more than all the rest of reading. Internal.
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
  /** The object or array that holds this value, or {@code null} at the root of what was read. */
  private final @Nullable Node parent;
  /** The property name of this value in its object, or the whole pointer of a root. */
  private final String name;
  /** The index of this value in its array, or -1 in an object or at the root. */
  private final int index;
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
      Place place,
      int line,
      int column,
      Map<String, Node> fields,
      List<Node> items,
      String text,
      BigDecimal number,
      boolean integral,
      boolean bool) {
    this.type = type;
    this.parent = place.parent;
    this.name = place.name;
    this.index = place.index;
    this.line = line;
    this.column = column;
    this.fields = fields;
    this.items = items;
    this.text = text;
    this.number = number;
    this.integral = integral;
    this.bool = bool;
  }

  static Node object(Place pointer, int line, int column, Map<String, Node> fields) {
    return new Node(Type.OBJECT, pointer, line, column, fields, List.of(), "", BigDecimal.ZERO, false, false);
  }

  static Node array(Place pointer, int line, int column, List<Node> items) {
    return new Node(Type.ARRAY, pointer, line, column, Map.of(), items, "", BigDecimal.ZERO, false, false);
  }

  static Node string(Place pointer, int line, int column, String text) {
    return new Node(Type.STRING, pointer, line, column, Map.of(), List.of(), text, BigDecimal.ZERO, false, false);
  }

  static Node number(
      Place pointer, int line, int column, String text, BigDecimal number, boolean integral) {
    return new Node(Type.NUMBER, pointer, line, column, Map.of(), List.of(), text, number, integral, false);
  }

  static Node bool(Place pointer, int line, int column, boolean value) {
    return new Node(Type.BOOLEAN, pointer, line, column, Map.of(), List.of(), "", BigDecimal.ZERO, false, value);
  }

  static Node nullNode(Place pointer, int line, int column) {
    return new Node(Type.NULL, pointer, line, column, Map.of(), List.of(), "", BigDecimal.ZERO, false, false);
  }

  Type type() {
    return type;
  }

  /** The JSON Pointer of the value, put together from its parents'. */
  String pointer() {
    return pointer(parent, name, index);
  }

  private static String pointer(@Nullable Node parent, String name, int index) {
    if (parent == null) {
      return name;
    }
    return index < 0 ? child(parent.pointer(), name) : child(parent.pointer(), index);
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
    return new ReformJsonException(pointer(), line, column, problem);
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** Where a value is: at the root with a pointer, or under a parent by name or index. */
  static final class Place {
    final @Nullable Node parent;
    final String name;
    final int index;

    private Place(@Nullable Node parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    /** The root of what is read, at the given pointer. */
    static Place root(String pointer) {
      return new Place(null, pointer, -1);
    }

    /** A property of an object. */
    static Place property(Node object, String name) {
      return new Place(object, name, -1);
    }

    /** An element of an array. */
    static Place element(Node array, int index) {
      return new Place(array, "", index);
    }

    /** The JSON Pointer of the place. */
    String pointer() {
      return Node.pointer(parent, name, index);
    }
  }
}
