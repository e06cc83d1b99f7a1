package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema shipped in the jar accepts what the writer writes and rejects bad shapes. */
class JsonSchemaTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ReformJson.jsonSchema(), InputFormat.JSON);
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /**
   * Bad documents whose fault is one the schema cannot express: a value rather than a shape (an
   * impossible calendar date, an exponent out of range, a language given twice in two spellings, a
   * whole number written with an exponent), or a fault of the JSON text itself (duplicate keys,
   * which a tree silently merges; the reader's size limits). Documents that are not UTF-8 JSON at
   * all (a byte-order mark, bad bytes) are left out too.
   */
  private static final Set<String> NOT_SHAPE =
      Set.of(
          "count-exponent.json",
          "date-february-30.json",
          "value-exponent-out-of-range.json",
          "text-language-twice.json",
          "duplicate-key-root.json",
          "duplicate-key-phase-status.json",
          "limit-deep-nesting.json",
          "limit-huge-string.json",
          "limit-long-number.json");

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theSeedReportIsValid() throws IOException {
    String seed =
        new String(GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8);
    assertThat(validate(seed)).isEmpty();
  }

  @Test
  void theMinimalReportIsValid() throws IOException {
    assertThat(
            validate(
                Files.readString(BadDocumentsTest.resources().resolve("good-minimal-report.json"))))
        .isEmpty();
  }

  @Test
  void everythingTheWriterWritesIsValid() {
    TestSizes.qt()
        .withFixedSeed(2020_12L)
        .withExamples(TestSizes.examples(150))
        .forAll(ModelGenerators.report())
        .checkAssert(
            report ->
                assertThat(validate(ReformJson.writer().withLayout(Layout.COMPACT).write(report)))
                    .isEmpty());
    TestSizes.qt()
        .withFixedSeed(2020_13L)
        .withExamples(TestSizes.examples(100))
        .forAll(ModelGenerators.programme())
        .checkAssert(
            p ->
                assertThat(
                        validate(
                            ReformJson.writer().forProgramme().withLayout(Layout.COMPACT).write(p)))
                    .isEmpty());
  }

  static List<BadDocumentsTest.Expected> shapeErrors() {
    List<BadDocumentsTest.Expected> out = new ArrayList<>();
    for (BadDocumentsTest.Expected expected : BadDocumentsTest.expected()) {
      if (NOT_SHAPE.contains(expected.file()) || expected.file().startsWith("encoding-")) {
        continue;
      }
      try {
        TREES.readTree(
            BadDocumentsTest.resources().resolve("bad").resolve(expected.file()).toFile());
        out.add(expected);
      } catch (JacksonException e) {
        // not JSON at all: nothing for a schema to say
      }
    }
    return out;
  }

  @Test
  void mostBadDocumentsAreBadForTheirShape() {
    assertThat(shapeErrors()).hasSizeGreaterThanOrEqualTo(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeErrors")
  void documentsTheReaderRejectsForShapeAreRejectedByTheSchemaToo(
      BadDocumentsTest.Expected expected) throws IOException {
    String json =
        Files.readString(BadDocumentsTest.resources().resolve("bad").resolve(expected.file()));
    assertThat(validate(json)).as(expected.file() + ": " + expected.problem()).isNotEmpty();
  }

  @Test
  void theSchemaNamesTheSamePropertiesAsTheReaderAndWriter() {
    JsonNode defs = TREES.readTree(ReformJson.jsonSchema()).get("$defs");
    Map<String, List<String>> expected =
        Map.ofEntries(
            Map.entry("reportDocument", Formats.REPORT_ROOT.names()),
            Map.entry("programmeDocument", Formats.PROGRAMME_ROOT.names()),
            Map.entry("programme", Formats.PROGRAMME.names()),
            Map.entry("governingBodyDocument", Formats.DOCUMENT.names()),
            Map.entry("cover", Formats.COVER.names()),
            Map.entry("footnote", Formats.FOOTNOTE.names()),
            Map.entry("documentReference", Formats.REFERENCE.names()),
            Map.entry("statement", Formats.STATEMENT.names()),
            Map.entry("commitment", Formats.COMMITMENT.names()),
            Map.entry("phase", Formats.PHASE.names()),
            Map.entry("deliverable", Formats.DELIVERABLE.names()),
            Map.entry("milestone", Formats.MILESTONE.names()),
            Map.entry("postLine", Formats.POST_LINE.names()),
            Map.entry("post", Formats.POST.names()),
            Map.entry("postTotal", Formats.POST_TOTAL.names()),
            Map.entry("location", Formats.LOCATION.names()),
            Map.entry("dutyStation", Formats.DUTY_STATION.names()),
            Map.entry("relocation", Formats.RELOCATION.names()),
            Map.entry("recommendations", Formats.RECOMMENDATIONS.names()),
            Map.entry("recommendation", Formats.RECOMMENDATION.names()),
            Map.entry("recommendationAction", Formats.RECOMMENDATION_ACTION.names()),
            Map.entry("recommendationTotal", Formats.RECOMMENDATION_TOTAL.names()),
            Map.entry("postOrigin", Formats.ORIGIN.names()),
            Map.entry("postShare", Formats.SHARE.names()),
            Map.entry("indicator", Formats.INDICATOR.names()),
            Map.entry("measure", Formats.MEASURE.names()),
            Map.entry("baseline", Formats.BASELINE.names()),
            Map.entry("target", Formats.TARGET.names()),
            Map.entry("measurement", Formats.MEASUREMENT.names()),
            Map.entry("monitoringFramework", Formats.FRAMEWORK.names()),
            Map.entry("engagement", Formats.ENGAGEMENT.names()),
            Map.entry("externalSupport", Formats.SUPPORT.names()),
            Map.entry("policy", Formats.POLICY.names()),
            Map.entry("committee", Formats.COMMITTEE.names()),
            Map.entry("orgUnit", Formats.UNIT.names()));
    expected.forEach(
        (name, properties) ->
            assertThat(defs.get(name).get("properties").propertyNames())
                .as(name)
                .containsExactlyElementsOf(properties));
  }
}
