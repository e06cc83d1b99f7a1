package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.ProgressReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link Extended} value is equal to another only with the same value, version and unknown
 * properties.
 */
class ExtendedValueTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static String seedWith(String version, String property, String value, boolean nested)
      throws IOException {
    ObjectNode tree =
        (ObjectNode)
            TREES.readTree(
                new String(
                    GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8));
    tree.put("schemaVersion", version);
    ObjectNode holder = nested ? (ObjectNode) tree.at("/programme/commitments/0") : tree;
    holder.put(property, value);
    return TREES.writeValueAsString(tree);
  }

  @Test
  void equalDocumentsReadAsEqualValuesWithEqualHashCodes() throws IOException {
    Extended<ProgressReport> one =
        ReformJson.reader().keepingUnknown().read(seedWith("1.2", "publisher", "ILO", false));
    Extended<ProgressReport> two =
        ReformJson.reader().keepingUnknown().read(seedWith("1.2", "publisher", "ILO", false));
    assertThat(one)
        .isEqualTo(two)
        .hasSameHashCodeAs(two)
        .isNotEqualTo(one.value())
        .isNotEqualTo(null);
    assertThat(one.hasUnknownProperties()).isTrue();
    assertThat(Extended.of(one.value()).hasUnknownProperties()).isFalse();
  }

  @Test
  void aDifferentVersionValueOrUnknownPropertyMakesADifferentValue() throws IOException {
    Extended<ProgressReport> base =
        ReformJson.reader().keepingUnknown().read(seedWith("1.2", "publisher", "ILO", false));
    assertThat(base)
        .isNotEqualTo(
            ReformJson.reader().keepingUnknown().read(seedWith("1.3", "publisher", "ILO", false)))
        .isNotEqualTo(
            ReformJson.reader().keepingUnknown().read(seedWith("1.2", "publisher", "UN", false)))
        .isNotEqualTo(
            ReformJson.reader().keepingUnknown().read(seedWith("1.2", "editor", "ILO", false)))
        .isNotEqualTo(
            ReformJson.reader().keepingUnknown().read(seedWith("1.2", "publisher", "ILO", true)))
        .isNotEqualTo(
            base.withValue(base.value().withReconstructionNote(LocalizedText.of("en", "changed"))));
    assertThat(base.hashCode())
        .isNotEqualTo(
            ReformJson.reader()
                .keepingUnknown()
                .read(seedWith("1.3", "publisher", "ILO", false))
                .hashCode())
        .isNotEqualTo(
            ReformJson.reader()
                .keepingUnknown()
                .read(seedWith("1.2", "publisher", "UN", false))
                .hashCode());
  }

  @Test
  void anUnknownPropertyOnAnObjectWithAnotherIdentifierIsADifferentValue() throws IOException {
    ProgressReport value = GoldenFileTest.seed();
    java.util.Map<String, tools.jackson.databind.JsonNode> properties =
        java.util.Map.of("sponsor", TREES.getNodeFactory().stringNode("X"));
    Extended<ProgressReport> a = extended(value, java.util.Optional.of("a"), properties);
    Extended<ProgressReport> sameAsA = extended(value, java.util.Optional.of("a"), properties);
    Extended<ProgressReport> b = extended(value, java.util.Optional.of("b"), properties);
    Extended<ProgressReport> none = extended(value, java.util.Optional.empty(), properties);
    Extended<ProgressReport> other =
        extended(
            value,
            java.util.Optional.of("a"),
            java.util.Map.of("sponsor", TREES.getNodeFactory().stringNode("Y")));
    assertThat(a)
        .isEqualTo(sameAsA)
        .hasSameHashCodeAs(sameAsA)
        .isNotEqualTo(b)
        .isNotEqualTo(none)
        .isNotEqualTo(other);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(a.anchors().get("/programme")).isNotEqualTo("an anchor").isNotEqualTo(null);
  }

  private static Extended<ProgressReport> extended(
      ProgressReport value,
      java.util.Optional<String> id,
      java.util.Map<String, tools.jackson.databind.JsonNode> properties) {
    return new Extended<>(
        value, "1.2", java.util.Map.of("/programme", new Extended.Anchor(id, properties)));
  }

  @Test
  void toStringNamesTheVersionTheUnknownPropertiesAndTheValue() throws IOException {
    Extended<ProgressReport> read =
        ReformJson.reader().keepingUnknown().read(seedWith("1.2", "publisher", "ILO", true));
    assertThat(read.toString())
        .startsWith("Extended{schemaVersion=1.2, unknown=[/programme/commitments/0], value=")
        .endsWith(read.value() + "}");
  }
}
