package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.text.SafeText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * 10,000 random byte-level and structural mutations of the seed JSON, from a fixed seed: reading
 * each (one in four leniently) either succeeds (and the result round-trips) or fails with a {@link
 * ReformJsonException} whose message starts with a JSON Pointer; nothing else escapes.
 */
class MutationFuzzTest {
  private static final int MUTATIONS = TestSizes.examples(10_000);
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] SNIPPETS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "true",
    "1.5",
    "-0",
    "1e999999",
    "NaN",
    "\"done\"",
    "\uFEFF",
    "\u0000",
    "\"\\ud800\"",
    "{\"a\":1,\"a\":2}",
    "[[[[[[[[",
    "//",
    "/*",
    "'",
    "\u00e9",
    "\u4e2d",
    "1E+2147483648"
  };

  @Test
  void onlyReformJsonExceptionsWithAPointerEscapeFromMutatedInput() throws IOException {
    byte[] seed = GoldenFileTest.resource("/golden/seed-2015-11.json");
    JsonNode seedTree = TREES.readTree(new String(seed, StandardCharsets.UTF_8));
    Random random = new Random(20151125L);
    int rejected = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      byte[] input;
      String how;
      if (random.nextBoolean()) {
        how = "bytes";
        input = mutateBytes(seed, random);
      } else {
        how = "structure";
        JsonNode tree = seedTree.deepCopy();
        mutateTree(tree, random);
        input = TREES.writeValueAsBytes(tree);
      }
      try {
        if (i % 4 == 3) {
          Extended<ProgressReport> read =
              ReformJson.reader().keepingUnknown().read(new ByteArrayInputStream(input));
          assertThat(
                  ReformJson.reader()
                      .keepingUnknown()
                      .read(
                          ReformJson.writer()
                              .keepingUnknown()
                              .withLayout(Layout.COMPACT)
                              .write(read)))
              .isEqualTo(read);
        } else {
          ProgressReport report = ReformJson.reader().read(new ByteArrayInputStream(input));
          assertThat(
                  ReformJson.reader()
                      .read(ReformJson.writer().withLayout(Layout.COMPACT).write(report)))
              .isEqualTo(report);
        }
      } catch (ReformJsonException e) {
        rejected++;
        assertThat(e.getMessage())
            .as("mutation %d (%s)", i, how)
            .startsWith(SafeText.escape(ReformJsonException.displayPointer(e.pointer())) + ": ");
        assertThat(SafeText.needsEscaping(e.getMessage())).as("mutation %d (%s)", i, how).isFalse();
        assertThat(e.pointer()).matches("(/[^/]*)*");
        assertThat(e.problem()).isNotBlank();
      } catch (RuntimeException | Error e) {
        fail(
            "mutation "
                + i
                + " ("
                + how
                + ") escaped as "
                + e
                + ":\n"
                + new String(input, StandardCharsets.UTF_8),
            e);
      }
    }
    assertThat(rejected).isGreaterThan(MUTATIONS / 2);
  }

  private static byte[] mutateBytes(byte[] seed, Random random) {
    byte[] out = seed.clone();
    int edits = 1 + random.nextInt(3);
    for (int k = 0; k < edits; k++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(6)) {
        case 0:
          out[at] = (byte) random.nextInt(256);
          break;
        case 1:
          out = splice(out, at, Math.min(out.length, at + 1 + random.nextInt(20)), new byte[0]);
          break;
        case 2:
          out =
              splice(
                  out,
                  at,
                  at,
                  SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
          break;
        case 3:
          out = splice(out, at, out.length, new byte[0]);
          break;
        case 4:
          {
            int end = Math.min(out.length, at + 1 + random.nextInt(200));
            byte[] copy = java.util.Arrays.copyOfRange(out, at, end);
            out = splice(out, end, end, copy);
            break;
          }
        default:
          out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
          break;
      }
      if (out.length == 0) {
        return out;
      }
    }
    return out;
  }

  private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
    byte[] out = new byte[in.length - (to - from) + insert.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(in, to, out, from + insert.length, in.length - to);
    return out;
  }

  private static void mutateTree(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        names.add(e.getKey());
      }
      String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
      switch (random.nextInt(5)) {
        case 0:
          object.remove(name);
          break;
        case 1:
          object.set(name, randomValue(random, 0));
          break;
        case 2:
          {
            JsonNode value = object.remove(name);
            object.set(
                name + (random.nextBoolean() ? "s" : "X"),
                value == null ? NODES.nullNode() : value);
            break;
          }
        case 3:
          object.set("unknown" + random.nextInt(3), randomValue(random, 0));
          break;
        default:
          object.removeAll();
          break;
      }
    } else {
      ArrayNode array = (ArrayNode) target;
      switch (random.nextInt(4)) {
        case 0:
          if (!array.isEmpty()) {
            array.remove(random.nextInt(array.size()));
          }
          break;
        case 1:
          array.add(randomValue(random, 0));
          break;
        case 2:
          if (!array.isEmpty()) {
            array.add(array.get(random.nextInt(array.size())).deepCopy());
          }
          break;
        default:
          if (!array.isEmpty()) {
            array.set(random.nextInt(array.size()), randomValue(random, 0));
          }
          break;
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      Iterator<JsonNode> children = node.values().iterator();
      while (children.hasNext()) {
        collect(children.next(), out);
      }
    }
  }

  private static JsonNode randomValue(Random random, int depth) {
    switch (random.nextInt(depth > 3 ? 7 : 9)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.numberNode(random.nextInt(2001) - 1000);
      case 3:
        return NODES.numberNode(
            new BigDecimal(random.nextGaussian() * 1000)
                .setScale(random.nextInt(5), java.math.RoundingMode.HALF_UP));
      case 4:
        return NODES.stringNode(SNIPPETS[random.nextInt(SNIPPETS.length)]);
      case 5:
        return NODES.stringNode(
            new String[] {
                  "2015-07",
                  "by 2015",
                  "GB.325/INS/15/1",
                  "P-4",
                  "not-started",
                  "en",
                  "",
                  " ",
                  "2015/2016"
                }
                [random.nextInt(9)]);
      case 6:
        return NODES.numberNode(Long.MAX_VALUE);
      case 7:
        {
          ObjectNode object = NODES.objectNode();
          object.set(
              new String[] {"en", "zh", "id", "kind", "x"}[random.nextInt(5)],
              randomValue(random, depth + 1));
          return object;
        }
      default:
        {
          ArrayNode array = NODES.arrayNode();
          array.add(randomValue(random, depth + 1));
          return array;
        }
    }
  }
}
