package org.reformkit.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.text.SafeText;

/**
 * A JSON value read into memory, with the way to its JSON Pointer: an unknown property kept by
 * lenient reading, or a document read whole to find the first fault in its JSON. The pointer is put
 * together only for an error. Internal.
 */
final class Node {
  /** The JSON type of a node. */
  enum Type {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final Type type;

  /** The object or array that holds this value, or {@code null} at the root of what was read. */
  private final @Nullable Node parent;

  /** The property name of this value in its object, or the whole pointer of a root. */
  private final String name;

  /** The index of this value in its array, or -1 in an object or at the root. */
  private final int index;

  private final Map<String, Node> fields;
  private final List<Node> items;
  private final String text;
  private final BigDecimal number;
  private final boolean integral;
  private final boolean bool;

  private Node(
      Type type,
      Place place,
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
    this.fields = fields;
    this.items = items;
    this.text = text;
    this.number = number;
    this.integral = integral;
    this.bool = bool;
  }

  static Node object(Place pointer, Map<String, Node> fields) {
    return new Node(Type.OBJECT, pointer, fields, List.of(), "", BigDecimal.ZERO, false, false);
  }

  static Node array(Place pointer, List<Node> items) {
    return new Node(Type.ARRAY, pointer, Map.of(), items, "", BigDecimal.ZERO, false, false);
  }

  static Node string(Place pointer, String text) {
    return new Node(Type.STRING, pointer, Map.of(), List.of(), text, BigDecimal.ZERO, false, false);
  }

  static Node number(Place pointer, String text, BigDecimal number, boolean integral) {
    return new Node(Type.NUMBER, pointer, Map.of(), List.of(), text, number, integral, false);
  }

  static Node bool(Place pointer, boolean value) {
    return new Node(Type.BOOLEAN, pointer, Map.of(), List.of(), "", BigDecimal.ZERO, false, value);
  }

  static Node nullNode(Place pointer) {
    return new Node(Type.NULL, pointer, Map.of(), List.of(), "", BigDecimal.ZERO, false, false);
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

  /** The properties of an object, in document order (empty for other types). */
  Map<String, Node> fields() {
    return fields;
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

  static String quote(String value) {
    return SafeText.quote(shorten(value));
  }

  static String shorten(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
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
