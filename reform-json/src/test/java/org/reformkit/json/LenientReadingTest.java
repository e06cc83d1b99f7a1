package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.model.ProgressReport;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Unknown properties of a later minor version survive lenient reading and writing. */
class LenientReadingTest {
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static ObjectNode seedTree() throws IOException {
    return (ObjectNode)
        TREES.readTree(
            new String(
                GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8));
  }

  /** The seed with unknown properties at several depths, each appended after the known ones. */
  private static ObjectNode extendedSeed() throws IOException {
    ObjectNode root = seedTree();
    root.put("schemaVersion", "1.3");
    root.put("publisher", "ILO");
    ((ObjectNode) root.at("/document/cover")).putObject("audience").put("en", "Governing Body");
    ((ObjectNode) root.at("/programme")).putArray("hazards").add("slippage").add(3);
    ObjectNode phase = (ObjectNode) root.at("/programme/commitments/0/phases/2");
    phase.put("percentComplete", new java.math.BigDecimal("40.50"));
    phase.putNull("reviewer");
    ((ObjectNode) root.at("/programme/owner")).put("email", "ddgmr@example.org");
    ObjectNode postLineOrigin = (ObjectNode) root.at("/programme/postLines/0/origin");
    postLineOrigin
        .putObject("detail")
        .putObject("deeper")
        .putArray("deepest")
        .addObject()
        .put("x", true);
    return root;
  }

  @Test
  void strictReadingRejectsTheFirstUnknownPropertyInTheDocument() throws IOException {
    String json = TREES.writeValueAsString(extendedSeed());
    assertThatThrownBy(() -> ReformJson.reader().read(json))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              // the report's own "publisher" comes last in the text; the cover's "audience" first
              assertThat(e.pointer()).isEqualTo("/document/cover/audience");
              assertThat(e.problem())
                  .startsWith(
                      "unknown property 'audience' in a document cover; expected purpose, strategicObjective");
            });
  }

  /** One object of each kind the seed has, by its pointer. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/document",
        "/document/footnotes/0",
        "/document/footnotes/0/references/0",
        "/programme/commitments/0/statements/0",
        "/programme/commitments/1/deliverables/0",
        "/programme/commitments/1/milestones/0",
        "/programme/commitments/4/deliverables/0/documents/0",
        "/programme/committees/0",
        "/programme/engagements/0",
        "/programme/externalSupport/0",
        "/programme/policies/0",
        "/programme/indicators/0",
        "/programme/indicators/0/measure",
        "/programme/indicators/0/measurements/0/value",
        "/programme/indicators/1/targets/0",
        "/programme/monitoringFramework",
        "/programme/postLines/0",
        "/programme/postLines/0/location",
        "/programme/postLines/0/ofWhich/0",
        "/programme/statements/0"
      })
  void everyKindOfObjectRefusesAnUnknownPropertyStrictlyAndKeepsItLeniently(String pointer)
      throws IOException {
    ObjectNode extended = seedTree();
    ((ObjectNode) extended.at(pointer)).put("surprise", "kept");
    String json = TREES.writeValueAsString(extended);

    assertThatThrownBy(() -> ReformJson.reader().read(json))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo(pointer + "/surprise");
              assertThat(e.problem()).startsWith("unknown property 'surprise' in ");
            });
    Extended<ProgressReport> read = ReformJson.reader().keepingUnknown().read(json);
    assertThat(read.value()).isEqualTo(GoldenFileTest.seed());
    assertThat(read.unknownProperties().keySet()).containsExactly(pointer);
    assertThat(TREES.readTree(ReformJson.writer().keepingUnknown().write(read)))
        .isEqualTo(extended);
  }

  @Test
  void unknownPropertiesAtSeveralDepthsSurviveReadingThenWriting() throws IOException {
    ObjectNode extended = extendedSeed();
    String json = TREES.writeValueAsString(extended);
    Extended<ProgressReport> read = ReformJson.reader().keepingUnknown().read(json);

    assertThat(read.value()).isEqualTo(GoldenFileTest.seed());
    assertThat(read.schemaVersion()).isEqualTo("1.3");
    assertThat(read.unknownProperties().keySet())
        .containsExactly(
            "",
            "/document/cover",
            "/programme",
            "/programme/owner",
            "/programme/commitments/0/phases/2",
            "/programme/postLines/0/origin");
    String written = ReformJson.writer().keepingUnknown().withLayout(Layout.COMPACT).write(read);
    assertThat(written).isEqualTo(json);
    assertThat(
            TREES.readTree(
                ReformJson.writer().keepingUnknown().withLayout(Layout.PRETTY).write(read)))
        .isEqualTo(extended);
  }

  @Test
  void anUnknownIdOfAnObjectWithoutIdentityIsKeptAndWrittenBackLikeAnyOtherUnknown()
      throws IOException {
    // found by fuzzing (ReadFuzzTest#reportKeepingUnknown): a measurement has no id in the model,
    // so an "id" in it is unknown; it was taken for the object's identity and the measurement's
    // unknown properties were then dropped on writing
    ObjectNode root = seedTree();
    ObjectNode measurement = (ObjectNode) root.at("/programme/indicators/0/measurements/0");
    measurement.put("id", "a").put("status", "completed");
    String json = TREES.writeValueAsString(root);

    Extended<ProgressReport> read = ReformJson.reader().keepingUnknown().read(json);

    String pointer = "/programme/indicators/0/measurements/0";
    assertThat(read.unknownProperties().get(pointer)).containsOnlyKeys("id", "status");
    String written = ReformJson.writer().keepingUnknown().withLayout(Layout.COMPACT).write(read);
    assertThat(TREES.readTree(written)).isEqualTo(root);
    assertThat(ReformJson.reader().keepingUnknown().read(written)).isEqualTo(read);
  }

  @Test
  void extrasOfARemovedElementAreDroppedAndTheOthersKept() throws IOException {
    Extended<ProgressReport> read =
        ReformJson.reader().keepingUnknown().read(TREES.writeValueAsString(extendedSeed()));
    ProgressReport report = read.value();
    ProgressReport withoutFirstCommitment =
        report.withProgramme(
            report
                .programme()
                .withCommitments(
                    report
                        .programme()
                        .commitments()
                        .subList(1, report.programme().commitments().size())));

    JsonNode written =
        TREES.readTree(
            ReformJson.writer()
                .keepingUnknown()
                .withLayout(Layout.COMPACT)
                .write(read.withValue(withoutFirstCommitment)));

    assertThat(written.at("/publisher").asString()).isEqualTo("ILO");
    assertThat(written.at("/programme/commitments/0/phases/2/percentComplete").isMissingNode())
        .isTrue();
    assertThat(written.at("/programme/owner/email").asString()).isEqualTo("ddgmr@example.org");
    assertThat(written.at("/programme/hazards").size()).isEqualTo(2);
  }

  @Test
  void aDocumentWithoutUnknownPropertiesKeepsNoneAndWritesTheSame() throws IOException {
    String json =
        new String(GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8);
    Extended<ProgressReport> read = ReformJson.reader().keepingUnknown().read(json);
    assertThat(read.hasUnknownProperties()).isFalse();
    assertThat(ReformJson.writer().keepingUnknown().withLayout(Layout.PRETTY).write(read))
        .isEqualTo(json);
    assertThat(List.of(read)).containsExactly(Extended.of(read.value()));
  }

  @Test
  void lenientReadingStillRejectsWrongValuesOfKnownProperties() throws IOException {
    ObjectNode root = extendedSeed();
    ((ObjectNode) root.at("/programme/commitments/0")).put("status", "done");
    assertThatThrownBy(
            () -> ReformJson.reader().keepingUnknown().read(TREES.writeValueAsString(root)))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageStartingWith(
            "/programme/commitments/0/status: 'done' is not a commitment status");
  }

  @Test
  void extrasOfAnElementWithAnIdAreDroppedWhenAnotherElementTakesItsPlace() throws IOException {
    ObjectNode root = seedTree();
    ((ObjectNode) root.at("/programme/commitments/0")).put("sponsor", "DDG/MR");
    ((ObjectNode) root.at("/programme/commitments/1")).put("sponsor", "DDG/FOP");
    Extended<ProgressReport> read =
        ReformJson.reader().keepingUnknown().read(TREES.writeValueAsString(root));
    ProgressReport report = read.value();
    ProgressReport reordered =
        report.withProgramme(
            report.programme().withCommitments(report.programme().commitments().reverse()));

    JsonNode written =
        TREES.readTree(
            ReformJson.writer()
                .keepingUnknown()
                .withLayout(Layout.COMPACT)
                .write(read.withValue(reordered)));

    for (JsonNode commitment : written.at("/programme/commitments")) {
      assertThat(commitment.has("sponsor")).as(commitment.get("id").asString()).isFalse();
    }
    JsonNode unchanged =
        TREES.readTree(ReformJson.writer().keepingUnknown().withLayout(Layout.COMPACT).write(read));
    assertThat(unchanged.at("/programme/commitments/1/sponsor").asString()).isEqualTo("DDG/FOP");
  }

  @Test
  void theUnknownPropertiesAreCopiesThatCannotChangeWhatIsWritten() throws IOException {
    Extended<ProgressReport> read =
        ReformJson.reader().keepingUnknown().read(TREES.writeValueAsString(extendedSeed()));
    String before = ReformJson.writer().keepingUnknown().withLayout(Layout.COMPACT).write(read);
    ((tools.jackson.databind.node.ArrayNode)
            read.unknownProperties().get("/programme").get("hazards"))
        .add("more");
    assertThat(ReformJson.writer().keepingUnknown().withLayout(Layout.COMPACT).write(read))
        .isEqualTo(before);
    assertThat(read.unknownProperties().get("/programme").get("hazards").size()).isEqualTo(2);
  }
}
