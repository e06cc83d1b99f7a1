package org.reformkit.json;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Collects the unknown properties met while reading leniently, by the object that holds them. Internal. */
final class Unknowns {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, Extended.Anchor> anchors = new LinkedHashMap<>();

  void add(Node object, Map<String, Node> properties) {
    Optional<String> id =
        object.field("id").filter(n -> n.type() == Node.Type.STRING).map(Node::text);
    LinkedHashMap<String, JsonNode> converted = new LinkedHashMap<>();
    properties.forEach((name, value) -> converted.put(name, toJsonNode(value)));
    anchors.put(object.pointer(), new Extended.Anchor(id, converted));
  }

  Map<String, Extended.Anchor> anchors() {
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
