package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.ProgressReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader binds as the JSON streams, so of several faults it reports the first in the text; a
 * fault in the JSON itself is reported before any value the model refuses, wherever it is.
 */
class StreamingReadTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** A user's mapper: it allows duplicate properties, so the module must refuse them itself. */
  private static final JsonMapper MODULE =
      JsonMapper.builder().addModule(new ReformModule()).build();

  private static ObjectNode seedTree() throws IOException {
    return (ObjectNode)
        TREES.readTree(
            new String(
                GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8));
  }

  private static ReformJsonException failure(String json) {
    ReformJsonException fromText =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ReformJsonException.class, () -> ReformJson.reader().read(json));
    ReformJsonException fromBytes =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ReformJsonException.class,
            () ->
                ReformJson.reader()
                    .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(fromText).isNotNull();
    assertThat(fromBytes).isNotNull();
    assertThat(fromBytes.getMessage()).isEqualTo(fromText.getMessage());
    return fromText;
  }

  @Test
  void ofSeveralValuesTheModelRefusesTheFirstInTheTextIsReported() throws IOException {
    ObjectNode tree = seedTree();
    ((ObjectNode) tree.at("/programme/commitments/0")).put("status", "done");
    tree.put("asOf", "November 2015");
    assertThat(failure(TREES.writeValueAsString(tree)).pointer()).isEqualTo("/asOf");

    ((ObjectNode) tree.at("/document")).put("title", "a title without a language");
    assertThat(failure(TREES.writeValueAsString(tree)).pointer()).isEqualTo("/document/title");
  }

  @Test
  void brokenJsonLaterInTheTextIsReportedBeforeAnEarlierRefusedValue() throws IOException {
    ObjectNode tree = seedTree();
    tree.put("asOf", "November 2015");
    String refused = TREES.writeValueAsString(tree);

    ReformJsonException trailing = failure(refused + " x");
    assertThat(trailing.pointer()).isEmpty();
    assertThat(trailing.problem()).startsWith("'x' is not a JSON value");

    ReformJsonException second = failure(refused + " {}");
    assertThat(second.problem())
        .isEqualTo(
            "unexpected content after the end of the document; a document is one JSON object");

    String duplicate = refused.substring(0, refused.length() - 1) + ",\"asOf\":\"2015\"}";
    assertThat(failure(duplicate).problem())
        .isEqualTo("duplicate property 'asOf'; a property may appear only once in an object");
  }

  @Test
  void aNumberOutOfRangeAnywhereIsReportedBeforeAnEarlierRefusedValue() throws IOException {
    ObjectNode tree = seedTree();
    tree.put("asOf", "November 2015");
    String refused = TREES.writeValueAsString(tree);
    // the last list of paragraphs in the text, well after the refused date
    int at = refused.lastIndexOf("\"paragraphs\":[") + "\"paragraphs\":[".length();
    String json = refused.substring(0, at) + "1e2147483648," + refused.substring(at);
    ReformJsonException e = failure(json);
    assertThat(e.problem())
        .isEqualTo("the number 1e2147483648 is out of range; its exponent is too large");
    assertThat(e.pointer()).endsWith("/paragraphs/0").doesNotStartWith("/document");
  }

  @Test
  void aCorrectDocumentReadsTheSameFromTextAndFromBytes() throws IOException {
    byte[] bytes = GoldenFileTest.resource("/golden/seed-2015-11.json");
    ProgressReport fromBytes = ReformJson.reader().read(new ByteArrayInputStream(bytes));
    assertThat(ReformJson.reader().read(new String(bytes, StandardCharsets.UTF_8)))
        .isEqualTo(fromBytes);
    assertThat(fromBytes).isEqualTo(GoldenFileTest.seed());
  }

  @Test
  void theModuleRefusesALanguageGivenTwiceWhenTheMapperAllowsDuplicates() {
    assertThatThrownBy(() -> MODULE.readValue("{\"en\":\"a\",\"en\":\"b\"}", LocalizedText.class))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/en");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(11);
              assertThat(e.problem())
                  .isEqualTo(
                      "duplicate property 'en'; a property may appear only once in an object");
            });
  }

  @Test
  void theModuleRefusesADimensionGivenTwiceWhenTheMapperAllowsDuplicates() throws IOException {
    String compact = ReformJson.writer().withLayout(Layout.COMPACT).write(GoldenFileTest.seed());
    String json =
        compact.replaceFirst(
            "\"measurements\":\\[\\{",
            "\"measurements\":[{\"dimensions\":{\"sex\":\"F\",\"sex\":\"M\"},");
    assertThatThrownBy(() -> MODULE.readValue(json, ProgressReport.class))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer())
                  .isEqualTo("/programme/indicators/0/measurements/0/dimensions/sex");
              assertThat(e.problem())
                  .isEqualTo(
                      "duplicate property 'sex'; a property may appear only once in an object");
            });
    // with its own reader, the parser refuses the duplicate first, at the same place
    assertThat(failure(json).pointer())
        .isEqualTo("/programme/indicators/0/measurements/0/dimensions/sex");
  }

  @Test
  void theModuleSaysWhereAnObjectLacksAPropertyInTheUsersDocument() throws IOException {
    String compact = ReformJson.writer().withLayout(Layout.COMPACT).write(GoldenFileTest.seed());
    String json = "{\"wrapper\":\n  " + compact.replaceFirst("\"asOf\":\"[^\"]*\",", "") + "}";
    JsonMapper mapper = MODULE;
    assertThatThrownBy(() -> mapper.readValue(json, Wrapper.class))
        .cause()
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/wrapper");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.problem())
                  .isEqualTo("missing required property 'asOf' of a progress report");
            });
  }

  private static final String VALUE = "/programme/indicators/0/measurements/0/value";

  private static ObjectNode withValue(ObjectNode value) throws IOException {
    ObjectNode tree = seedTree();
    ((ObjectNode) tree.at(VALUE.substring(0, VALUE.lastIndexOf('/')))).set("value", value);
    return tree;
  }

  @Test
  void aCountWrittenBeforeItsKindIsQuotedAsWrittenWhenRefused() throws IOException {
    ObjectNode fraction = TREES.createObjectNode();
    fraction.put("number", new java.math.BigDecimal("75.50"));
    fraction.put("kind", "count");
    ReformJsonException e = failure(TREES.writeValueAsString(withValue(fraction)));
    assertThat(e.pointer()).isEqualTo(VALUE + "/number");
    assertThat(e.problem()).isEqualTo("a count must be a whole number, got 75.50");

    ObjectNode negative = TREES.createObjectNode();
    negative.put("number", -3);
    negative.put("kind", "count");
    assertThat(failure(TREES.writeValueAsString(withValue(negative))).problem())
        .isEqualTo("a count must not be negative, got -3");
  }

  @Test
  void aValueOrAMeasureWithoutItsKindIsRefusedAtTheObject() throws IOException {
    ObjectNode noKind = TREES.createObjectNode();
    noKind.put("number", 3);
    ReformJsonException e = failure(TREES.writeValueAsString(withValue(noKind)));
    assertThat(e.pointer()).isEqualTo(VALUE);
    assertThat(e.problem()).isEqualTo("missing required property 'kind' of an indicator value");

    ObjectNode tree = seedTree();
    ((ObjectNode) tree.at("/programme/indicators/0/measure")).remove("kind");
    ReformJsonException measure = failure(TREES.writeValueAsString(tree));
    assertThat(measure.pointer()).isEqualTo("/programme/indicators/0/measure");
    assertThat(measure.problem()).isEqualTo("missing required property 'kind' of a measure");
  }

  @Test
  void aCountWrittenWithZerosAfterThePointOrAnExponentIsWhole() throws IOException {
    for (String number : new String[] {"75.00", "0.0", "7.5E+2", "75"}) {
      ObjectNode value = TREES.createObjectNode();
      value.put("kind", "count");
      value.put("number", new java.math.BigDecimal(number));
      ProgressReport read = ReformJson.reader().read(TREES.writeValueAsString(withValue(value)));
      assertThat(read.programme().indicators().get(0).measurements().get(0).value().number().get())
          .isEqualByComparingTo(number);
    }
  }

  @Test
  void aMeasuredValueMayHaveAnExponentOfExactlyAThousand() throws IOException {
    for (String number : new String[] {"1E+1000", "1E-1000"}) {
      ObjectNode value = TREES.createObjectNode();
      value.put("kind", "number");
      value.put("number", new java.math.BigDecimal(number));
      ProgressReport read = ReformJson.reader().read(TREES.writeValueAsString(withValue(value)));
      assertThat(read.programme().indicators().get(0).measurements().get(0).value().number())
          .contains(new java.math.BigDecimal(number));
    }
    ObjectNode over = TREES.createObjectNode();
    over.put("kind", "number");
    over.put("number", new java.math.BigDecimal("1E+1001"));
    assertThat(failure(TREES.writeValueAsString(withValue(over))).problem())
        .isEqualTo(
            "the number 1E+1001 is out of range; its exponent must be between -1000 and 1000");
  }

  @Test
  void aTextOfManyLanguagesIsReadWholeAndALanguageTwiceIsNamedAsGiven() throws IOException {
    ObjectNode tree = seedTree();
    ObjectNode title = ((ObjectNode) tree.at("/programme/commitments/0")).putObject("title");
    title
        .put("en", "Review")
        .put("fr", "Examen")
        .put("es", "Examen")
        .put("zh", "审查")
        .put("ar", "مراجعة");
    ProgressReport read = ReformJson.reader().read(TREES.writeValueAsString(tree));
    assertThat(read.programme().commitments().get(0).title().texts())
        .containsExactly(
            java.util.Map.entry("en", "Review"),
            java.util.Map.entry("fr", "Examen"),
            java.util.Map.entry("es", "Examen"),
            java.util.Map.entry("zh", "审查"),
            java.util.Map.entry("ar", "مراجعة"));

    title.put("FR", "Revue");
    ReformJsonException e = failure(TREES.writeValueAsString(tree));
    assertThat(e.pointer()).isEqualTo("/programme/commitments/0/title/FR");
    assertThat(e.problem()).isEqualTo("language 'fr' appears twice (as 'fr' and 'FR')");
  }

  @Test
  void aDateWrittenInSeveralPlacesIsReadAsOneValue() throws IOException {
    ObjectNode tree = seedTree();
    tree.put("asOf", "2015-11");
    ((ObjectNode) tree.at("/programme/commitments/0")).put("due", "2015-11");
    ProgressReport read = ReformJson.reader().read(TREES.writeValueAsString(tree));
    assertThat(read.programme().commitments().get(0).due()).containsSame(read.asOf());
  }

  /** A user's bean holding a report. */
  public static final class Wrapper {
    public ProgressReport wrapper;
  }
}
