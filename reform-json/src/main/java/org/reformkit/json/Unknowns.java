package org.reformkit.json;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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
    switch (node.type()) {
      case OBJECT:
        {
          ObjectNode out = NODES.objectNode();
          node.fields().forEach((name, value) -> out.set(name, toJsonNode(value)));
          return out;
        }
      case ARRAY:
        {
          ArrayNode out = NODES.arrayNode();
          node.items().forEach(item -> out.add(toJsonNode(item)));
          return out;
        }
      case STRING:
        return NODES.stringNode(node.text());
      case NUMBER:
        if (node.integral()) {
          BigInteger value = node.number().toBigIntegerExact();
          return value.bitLength() < 32
              ? NODES.numberNode(value.intValue())
              : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }
        return tools.jackson.databind.node.DecimalNode.valueOf(node.number());
      case BOOLEAN:
        return NODES.booleanNode(node.bool());
      default:
        return NODES.nullNode();
    }
  }
}
