package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reformkit.benchmarks.adapters.JsonAdapter;
import org.reformkit.benchmarks.adapters.PlainJson;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.benchmarks.plain.PlainConverter;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain baseline carries the same facts as reformkit's model for the generated sizes: every
 * property name and every value of reformkit's JSON is in the plain JSON as often, and the other
 * way round, up to the spelling of enum constants and the schema version.
 */
class PlainBaselineTest {
  private static final JsonMapper MAPPER = PlainJson.mapper();

  @Test
  void theAgencyJsonOfBothSidesCarriesTheSameFacts() {
    ReformProgramme programme =
        ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED)
            .programme();
    Map<String, Integer> ours = facts(MAPPER.readTree(JsonAdapter.write(programme)));
    Map<String, Integer> plain =
        facts(MAPPER.readTree(MAPPER.writeValueAsBytes(PlainConverter.plain(programme))));
    // the version written depends on what the programme uses (1.1 or 1.2): compared without it
    ours.keySet().removeIf(k -> k.startsWith("schemaVersion="));
    assertThat(plain).isEqualTo(ours);
  }

  @Test
  void theProgrammeReadBackEqualsTheOneWritten() {
    ReformProgramme programme =
        ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED)
            .programme();
    assertThat(JsonAdapter.read(JsonAdapter.write(programme))).isEqualTo(programme);
  }

  /** Counts each property name with its scalar value, or with {@code {}} for an object. */
  private static Map<String, Integer> facts(JsonNode root) {
    Map<String, Integer> facts = new TreeMap<>();
    List<Map.Entry<String, JsonNode>> pending = new ArrayList<>();
    pending.add(Map.entry("", root));
    while (!pending.isEmpty()) {
      Map.Entry<String, JsonNode> entry = pending.remove(pending.size() - 1);
      JsonNode node = entry.getValue();
      if (node.isObject()) {
        facts.merge(entry.getKey() + "={}", 1, Integer::sum);
        node.properties().forEach(p -> pending.add(Map.entry(p.getKey(), p.getValue())));
      } else if (node.isArray()) {
        node.values().forEach(v -> pending.add(Map.entry(entry.getKey(), v)));
      } else {
        String text = node.asString().toLowerCase(Locale.ROOT).replace('_', '-');
        facts.merge(entry.getKey() + "=" + text, 1, Integer::sum);
      }
    }
    return facts;
  }
}
