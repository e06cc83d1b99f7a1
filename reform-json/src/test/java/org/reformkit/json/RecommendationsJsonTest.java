package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.Addressee;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;

/** Recommendations, duty stations and relocations in the format, and the version they need. */
class RecommendationsJsonTest {
  private static final DocumentReference JIU =
      DocumentReference.of(DocumentSymbol.parse("JIU/REP/2016/8"));
  private static final Location NAIROBI =
      Location.of(LocationKind.FIELD_OFFICE, LocalizedText.of("en", "Nairobi office"))
          .withDutyStation(DutyStation.of(LocalizedText.of("en", "Nairobi"), "KE"));

  private static ProgressReport minimal() throws IOException {
    return ReformJson.reader()
        .read(BadDocumentsTest.resources().resolve("good-minimal-report.json"));
  }

  private static Recommendations recommendations() {
    return Recommendations.builder()
        .addListed(
            Recommendation.builder()
                .id(RecommendationId.of("jiu-3"))
                .source(JIU)
                .number("Recommendation 3")
                .text(LocalizedText.of("en", "Review the business processes"))
                .addressee(Addressee.EXECUTIVE_HEAD)
                .acceptance(Acceptance.PARTIALLY_ACCEPTED)
                .status(ImplementationStatus.IN_PROGRESS)
                .due(PartialDate.parse("by 2017"))
                .addAnsweredBy(CommitmentId.of("bpr"))
                .addEvidence(DocumentReference.of(DocumentSymbol.parse("GB.325/INS/15/1")))
                .addAction(
                    RecommendationAction.builder()
                        .number("3 (a)")
                        .status(ImplementationStatus.IMPLEMENTED)
                        .addParagraph(4)
                        .build())
                .addParagraph(12)
                .build())
        .addTotal(
            RecommendationTotal.builder()
                .id(RecommendationTotalId.of("jiu-all"))
                .source(JIU)
                .count(57)
                .actions(330)
                .addParagraph(11)
                .build())
        .addTotal(
            RecommendationTotal.builder()
                .id(RecommendationTotalId.of("jiu-done"))
                .source(JIU)
                .status(ImplementationStatus.IMPLEMENTED)
                .count(25)
                .build())
        .build();
  }

  private static ProgressReport withProgramme(ProgressReport report, ReformProgramme programme) {
    return report.withProgramme(programme);
  }

  @Test
  void recommendationsRelocationsAndDutyStationsReadBackEqual() throws IOException {
    ProgressReport base = minimal();
    PostLine line = base.programme().postLines().get(0);
    ProgressReport report =
        withProgramme(
            base,
            base.programme()
                .withRecommendations(recommendations())
                .withPostLines(
                    line.withLocation(NAIROBI)
                        .withRelocation(
                            Relocation.builder()
                                .from(Location.headquarters())
                                .to(NAIROBI)
                                .date(PartialDate.parse("2016"))
                                .addParagraph(20)
                                .build())));

    for (Layout layout : Layout.values()) {
      String json = ReformJson.writer().withLayout(layout).write(report);
      assertThat(ReformJson.reader().read(json)).isEqualTo(report);
      assertThat(json).contains("\"1.2\"");
    }
  }

  @Test
  void aRelocationWithNoStatedDestinationIsWrittenWithoutToAndReadsBackEqual() throws IOException {
    ProgressReport base = minimal();
    PostLine line = base.programme().postLines().get(0);
    ProgressReport report =
        withProgramme(
            base,
            base.programme()
                .withPostLines(
                    line.withRelocation(
                        Relocation.builder().from(NAIROBI).addParagraph(7).build())));

    String json = ReformJson.writer().withLayout(Layout.PRETTY).write(report);

    assertThat(json)
        .containsPattern("\"relocation\": \\{\\s*\"from\": \\{")
        .doesNotContain("\"to\"");
    ProgressReport read = ReformJson.reader().read(json);
    assertThat(read).isEqualTo(report);
    assertThat(read.programme().postLines().get(0).relocation().orElseThrow().to()).isEmpty();
    com.networknt.schema.Schema schema =
        com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReformJson.jsonSchema(), com.networknt.schema.InputFormat.JSON);
    assertThat(schema.validate(json, com.networknt.schema.InputFormat.JSON)).isEmpty();
  }

  @Test
  void aRelocationWithoutItsOriginIsRefusedAtItsPlace() throws IOException {
    ProgressReport base = minimal();
    PostLine line = base.programme().postLines().get(0);
    String json =
        ReformJson.writer()
            .withLayout(Layout.PRETTY)
            .write(
                withProgramme(
                    base,
                    base.programme()
                        .withPostLines(
                            line.withRelocation(
                                Relocation.builder()
                                    .from(Location.headquarters())
                                    .to(NAIROBI)
                                    .build()))))
            .replaceFirst("\"from\": \\{\\s*\"kind\": \"headquarters\"\\s*\\},\\s*", "");

    ReformJsonException e =
        catchThrowableOfType(ReformJsonException.class, () -> ReformJson.reader().read(json));

    assertThat(json).doesNotContain("\"from\"");
    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/programme/postLines/0/relocation");
    assertThat(e.problem()).contains("from");
  }

  @Test
  void aDocumentWithNothingNewIsWrittenAsVersion11() throws IOException {
    assertThat(ReformJson.writer().write(minimal())).contains("\"1.1\"");
    assertThat(ReformJson.writer().forProgramme().write(minimal().programme()))
        .contains("\"1.1\"")
        .doesNotContain("recommendations");
  }

  @Test
  void eachNewFactAloneMakesTheVersion12() throws IOException {
    ReformProgramme p = minimal().programme();
    PostLine line = p.postLines().get(0);
    ReformProgramme onlyStation = p.withPostLines(line.withLocation(NAIROBI));
    ReformProgramme onlyMove =
        p.withPostLines(
            line.withRelocation(
                Relocation.builder().from(Location.headquarters()).to(Location.field()).build()));
    ReformProgramme onlyCount =
        p.withRecommendations(
            Recommendations.builder().addAllTotals(recommendations().totals()).build());
    ReformProgramme onlyPost =
        p.withPosts(
            org.reformkit.core.model.Post.builder()
                .id(org.reformkit.core.model.PostId.of("p1"))
                .location(NAIROBI)
                .category(line.category())
                .origin(line.origin())
                .build());

    assertThat(Formats.versionFor(p)).isEqualTo("1.1");
    assertThat(Formats.versionFor(onlyStation)).isEqualTo("1.2");
    assertThat(Formats.versionFor(onlyMove)).isEqualTo("1.2");
    assertThat(Formats.versionFor(onlyCount)).isEqualTo("1.2");
    assertThat(Formats.versionFor(onlyPost)).isEqualTo("1.2");
    assertThat(Formats.versionFor(minimal().withProgramme(onlyCount))).isEqualTo("1.2");
    assertThat(Extended.of(onlyCount).schemaVersion()).isEqualTo("1.2");
    assertThat(Extended.of(minimal().withProgramme(onlyMove)).schemaVersion()).isEqualTo("1.2");
    assertThat(Extended.of(minimal()).schemaVersion()).isEqualTo("1.1");
    assertThat(Extended.of("other").schemaVersion()).isEqualTo("1.1");
    assertThat(ReformJson.schemaVersion()).isEqualTo("1.2");
  }

  @Test
  void theNewPropertiesAreReadUnderEveryVersion() throws IOException {
    ProgressReport report =
        withProgramme(minimal(), minimal().programme().withRecommendations(recommendations()));
    String written = ReformJson.writer().write(report);
    for (String version : new String[] {"1.0", "1.1", "1.2"}) {
      String json = written.replace("\"1.2\"", "\"" + version + "\"");
      assertThat(ReformJson.reader().read(json)).isEqualTo(report);
    }
  }

  @Test
  void theModuleWritesTheVersionTheDocumentNeeds() throws IOException {
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder().addModule(new ReformModule()).build();
    ProgressReport report =
        withProgramme(minimal(), minimal().programme().withRecommendations(recommendations()));

    assertThat(mapper.writeValueAsString(report)).contains("\"schemaVersion\":\"1.2\"");
    assertThat(mapper.writeValueAsString(report.programme())).contains("\"schemaVersion\":\"1.2\"");
    assertThat(mapper.writeValueAsString(minimal())).contains("\"schemaVersion\":\"1.1\"");
  }

  @Test
  void anUnknownAcceptanceIsRefusedWithItsPlace() throws IOException {
    String json =
        Files.readString(
            BadDocumentsTest.resources().resolve("bad/recommendation-unknown-acceptance.json"),
            StandardCharsets.UTF_8);

    ReformJsonException e =
        catchThrowableOfType(ReformJsonException.class, () -> ReformJson.reader().read(json));

    assertThat(e.pointer()).isEqualTo("/programme/recommendations/listed/0/acceptance");
    assertThat(e.problem())
        .isEqualTo(
            "'agreed' is not a recommendation acceptance; expected one of accepted,"
                + " partially-accepted, not-accepted, under-consideration");
  }

  @Test
  void theSeedsShapeOfOptionalsIsKept() throws IOException {
    ReformProgramme p = minimal().programme();
    assertThat(p.recommendations()).isEqualTo(Recommendations.none());
    assertThat(p.postLines().get(0).relocation()).isEqualTo(Optional.empty());
    assertThat(p.postLines().get(0).location().dutyStation()).isEmpty();
  }

  private static String docsExample(String heading) throws IOException {
    String page =
        Files.readString(
            java.nio.file.Path.of("..", "docs", "JSON-FORMAT.md"), StandardCharsets.UTF_8);
    int section = page.indexOf(heading);
    int start = page.indexOf("```json\n", section) + "```json\n".length();
    return page.substring(start, page.indexOf("```", start));
  }

  @Test
  void theFormatPagesReportWithRecommendationsReadsValidatesAndAddsUp() throws IOException {
    String example = docsExample("### A report with recommendations");

    ProgressReport report = ReformJson.readReport(example);
    org.reformkit.core.rules.ValidationResult findings =
        org.reformkit.core.rules.RuleSet.standard().validate(report, java.util.Locale.ENGLISH);

    assertThat(report.programme().recommendations().listed()).hasSize(1);
    assertThat(report.programme().recommendations().totals()).hasSize(4);
    assertThat(findings.hasErrors()).isFalse();
    assertThat(findings.codes()).doesNotContain("RECOMMENDATION_OVERDUE");
    com.networknt.schema.Schema schema =
        com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReformJson.jsonSchema(), com.networknt.schema.InputFormat.JSON);
    assertThat(schema.validate(example, com.networknt.schema.InputFormat.JSON)).isEmpty();
    assertThat(ReformJson.writer().write(report)).contains("\"1.2\"");
  }

  @Test
  void theFormatPagesRelocatedLineReadsAsALineWithItsMove() throws IOException {
    String line = docsExample("### relocation");
    String json =
        ReformJson.writer()
            .write(minimal())
            .replaceFirst("\"postLines\":\\[\\{.*?\\}\\}\\]", "\"postLines\":[" + line + "]");

    PostLine read = ReformJson.readReport(json).programme().postLines().get(0);

    assertThat(read.relocation().orElseThrow().from().dutyStation().orElseThrow().country())
        .isEqualTo("US");
    assertThat(read.location().dutyStation().orElseThrow().city().in(java.util.Locale.ENGLISH))
        .isEqualTo("Nairobi");
  }

  /** The report of the recommendations test with an unknown property put into one new object. */
  private static String withUnknownIn(String object) throws IOException {
    ProgressReport base = minimal();
    PostLine line = base.programme().postLines().get(0);
    ProgressReport report =
        base.withProgramme(
            base.programme()
                .withRecommendations(recommendations())
                .withPostLines(
                    line.withLocation(NAIROBI)
                        .withRelocation(
                            Relocation.builder()
                                .from(Location.headquarters())
                                .to(NAIROBI)
                                .build())));
    String json = ReformJson.writer().withLayout(Layout.PRETTY).write(report);
    return json.replaceFirst(java.util.regex.Pattern.quote(object), object + " \"extra\": 1,");
  }

  @Test
  void everyNewObjectRefusesAnUnknownPropertyAndLenientReadingKeepsIt() throws IOException {
    String[][] cases = {
      {"\"recommendations\": {", "/programme/recommendations/extra", "the recommendations"},
      {"\"listed\": [\n        {", "/programme/recommendations/listed/0/extra", "a recommendation"},
      {
        "\"actions\": [\n            {",
        "/programme/recommendations/listed/0/actions/0/extra",
        "a recommendation action"
      },
      {
        "\"totals\": [\n        {",
        "/programme/recommendations/totals/0/extra",
        "a recommendation total"
      },
      {"\"dutyStation\": {", "/programme/postLines/0/location/dutyStation/extra", "a duty station"},
      {"\"relocation\": {", "/programme/postLines/0/relocation/extra", "a relocation"}
    };
    for (String[] c : cases) {
      String json = withUnknownIn(c[0]);

      ReformJsonException e =
          catchThrowableOfType(ReformJsonException.class, () -> ReformJson.reader().read(json));

      assertThat(e).as(c[1]).isNotNull();
      assertThat(e.pointer()).isEqualTo(c[1]);
      assertThat(e.problem()).startsWith("unknown property 'extra' in " + c[2] + ";");
      Extended<ProgressReport> kept = ReformJson.reader().keepingUnknown().read(json);
      assertThat(kept.hasUnknownProperties()).isTrue();
      String written = ReformJson.writer().withLayout(Layout.PRETTY).keepingUnknown().write(kept);
      assertThat(written).as(c[1]).contains("\"extra\": 1");
      assertThat(ReformJson.reader().keepingUnknown().read(written).value())
          .isEqualTo(kept.value());
      assertThat(
              catchThrowableOfType(
                      ReformJsonException.class, () -> ReformJson.reader().read(written))
                  .pointer())
          .as("written back into the same object")
          .isEqualTo(c[1]);
    }
  }
}
