package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The module on a user's mapper, which may not refuse duplicate names and may bind from trees. */
class ReformModuleEdgesTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ReformModule()).build();

  private static String compactSeed() throws IOException {
    return ReformJson.writer().withLayout(Layout.COMPACT).write(GoldenFileTest.seed());
  }

  @Test
  void aDuplicatePropertyIsRefusedEvenWhenTheMapperAllowsDuplicates() throws IOException {
    String compact = compactSeed();
    assertThat(compact).startsWith("{\"schemaVersion\":\"1.1\",");
    String json = "{\"schemaVersion\":\"1.0\"," + compact.substring(1);
    assertThatThrownBy(() -> MAPPER.readValue(json, ProgressReport.class))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/schemaVersion");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(24);
              assertThat(e.problem())
                  .isEqualTo(
                      "duplicate property 'schemaVersion'; a property may appear only once in an object");
            });
  }

  @Test
  void anEmbeddedObjectInATreeIsNotJson() throws IOException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(compactSeed());
    tree.set("schemaVersion", MAPPER.getNodeFactory().pojoNode(new StringBuilder("1.0")));
    assertThatThrownBy(() -> MAPPER.treeToValue(tree, ProgressReport.class))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/schemaVersion");
              assertThat(e.problem()).isEqualTo("unexpected VALUE_EMBEDDED_OBJECT in JSON");
            });
  }

  @Test
  void aReportBindsFromATreeAsFromText() throws IOException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(compactSeed());
    assertThat(MAPPER.treeToValue(tree, ProgressReport.class)).isEqualTo(GoldenFileTest.seed());
    assertThat(
            new String(
                GoldenFileTest.resource("/golden/seed-2015-11.compact.json"),
                StandardCharsets.UTF_8))
        .isEqualTo(MAPPER.writeValueAsString(GoldenFileTest.seed()));
  }
}
