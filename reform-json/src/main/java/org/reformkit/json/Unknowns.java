package org.reformkit.json;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects the unknown properties met while reading leniently, by the object that holds them, in
 * the order the objects start in the document (an object is done only after those inside it).
 * Internal.
 */
final class Unknowns {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The objects by the mark of their start, which grows through the document. */
  private final TreeMap<Long, Map.Entry<String, Extended.Anchor>> byStart = new TreeMap<>();

  /**
   * Keeps the unknown properties of one object.
   *
   * @param start the object's mark, which orders the objects as in the document
   * @param pointer the object's JSON Pointer
   * @param id the object's {@code id}, when it has one that is a string
   * @param properties the unknown properties, in document order
   */
  void add(long start, String pointer, Optional<String> id, Map<String, Node> properties) {
    LinkedHashMap<String, JsonNode> converted = new LinkedHashMap<>();
    properties.forEach((name, value) -> converted.put(name, toJsonNode(value)));
    byStart.put(start, Map.entry(pointer, new Extended.Anchor(id, converted)));
  }

  Map<String, Extended.Anchor> anchors() {
    Map<String, Extended.Anchor> anchors = new LinkedHashMap<>();
    byStart.values().forEach(e -> anchors.put(e.getKey(), e.getValue()));
    return anchors;
  }

  static JsonNode toJsonNode(Node node) {
    return switch (node.type()) {
      case OBJECT -> {
        ObjectNode out = NODES.objectNode();
        node.fields().forEach((name, value) -> out.set(name, toJsonNode(value)));
        yield out;
      }
      case ARRAY -> {
        ArrayNode out = NODES.arrayNode();
        node.items().forEach(item -> out.add(toJsonNode(item)));
        yield out;
      }
      case STRING -> NODES.stringNode(node.text());
      case NUMBER -> number(node);
      case BOOLEAN -> NODES.booleanNode(node.bool());
      case NULL -> NODES.nullNode();
    };
  }

  private static JsonNode number(Node node) {
    if (!node.integral()) {
      return DecimalNode.valueOf(node.number());
    }
    BigInteger value = node.number().toBigIntegerExact();
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }
}
