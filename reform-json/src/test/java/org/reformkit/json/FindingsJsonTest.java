package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationContext;
import org.reformkit.core.rules.ValidationResult;
import tools.jackson.databind.json.JsonMapper;

/** Findings are written in their own documented format and read back into the same findings. */
class FindingsJsonTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ReformJson.findingsJsonSchema(), InputFormat.JSON);
  private static final ReformJsonReader<ValidationResult> READER =
      ReformJson.reader().forFindings();
  private static final ReformJsonWriter<ValidationResult> WRITER =
      ReformJson.writer().forFindings();

  private static final ElementPath PHASE_C =
      ElementPath.root().key("commitments", "bpr").key("phases", "c");

  private static Finding finding(Map<String, ?> values) {
    return Finding.of(
        "PHASE_OVERDUE", Severity.ERROR, PHASE_C, "phase c is overdue", "PHASE_OVERDUE", values);
  }

  private static ValidationResult seedFindings() throws IOException {
    ProgressReport seed = GoldenFileTest.seed();
    return RuleSet.standard()
        .validate(seed, ValidationContext.of(LocalDate.of(2016, 3, 1), Locale.ENGLISH));
  }

  @Test
  void aFindingReadEqualsTheOneWritten() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("phase", "c");
    values.put("count", 3);
    values.put("big", 5_000_000_000L);
    values.put("huge", new BigInteger("123456789012345678901234567890"));
    values.put("share", new BigDecimal("12.50"));
    values.put("filled", true);
    values.put("name", LocalizedText.zhEn("人力资源", "human resources"));
    values.put("cycle", ImmutableList.of("a", "b", "a"));
    ValidationResult result =
        ValidationResult.of(
            ImmutableList.of(
                finding(values),
                Finding.of(
                    "REPORT_DATE",
                    Severity.INFO,
                    ElementPath.root(),
                    "",
                    "REPORT_DATE",
                    Map.of())));

    for (Layout layout : Layout.values()) {
      String json = WRITER.withLayout(layout).write(result);
      assertThat(READER.read(json)).isEqualTo(result);
      assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    }
  }

  @Test
  void valuesAreWrittenInTheFormatsOwnWords() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("phase", PhaseId.of("c"));
    values.put("status", Status.IN_PROGRESS);
    values.put("grade", Grade.values()[0]);
    values.put("date", PartialDate.parse("2015-11"));
    values.put("commitments", ImmutableList.of(CommitmentId.of("bpr"), CommitmentId.of("erp")));
    String json = WRITER.write(ValidationResult.of(ImmutableList.of(finding(values))));

    assertThat(json)
        .isEqualTo(
            "{\"schemaVersion\":\"1.1\",\"findings\":[{\"code\":\"PHASE_OVERDUE\","
                + "\"severity\":\"error\",\"path\":\"commitments[bpr].phases[c]\","
                + "\"message\":\"phase c is overdue\",\"messageKey\":\"PHASE_OVERDUE\","
                + "\"values\":{\"phase\":\"c\",\"status\":\"in-progress\",\"grade\":\""
                + Grade.values()[0].label()
                + "\",\"date\":\"2015-11\",\"commitments\":[\"bpr\",\"erp\"]}}]}");
    assertThat(READER.read(json).findings().get(0).values())
        .containsExactly(
            Map.entry("phase", "c"),
            Map.entry("status", "in-progress"),
            Map.entry("grade", Grade.values()[0].label()),
            Map.entry("date", "2015-11"),
            Map.entry("commitments", ImmutableList.of("bpr", "erp")));
  }

  @Test
  void theSeedReportsFindingsReadBackAsWrittenAndMatchTheSchema(@TempDir Path dir)
      throws IOException {
    ValidationResult result = seedFindings();
    assertThat(result.findings()).isNotEmpty();
    Path file = dir.resolve("findings.json");
    WRITER.withLayout(Layout.PRETTY).write(result, file);

    ValidationResult read = READER.read(file);
    assertThat(SCHEMA.validate(WRITER.write(result), InputFormat.JSON)).isEmpty();
    assertThat(read.findings()).hasSameSizeAs(result.findings());
    for (int i = 0; i < read.findings().size(); i++) {
      Finding written = result.findings().get(i);
      Finding back = read.findings().get(i);
      assertThat(back.code()).isEqualTo(written.code());
      assertThat(back.severity()).isEqualTo(written.severity());
      assertThat(back.path()).isEqualTo(written.path());
      assertThat(back.message()).isEqualTo(written.message());
      assertThat(back.messageKey()).isEqualTo(written.messageKey());
      assertThat(back.values().keySet()).containsExactlyElementsOf(written.values().keySet());
    }
    // what is read back is in the format's words already, so it reads back equal again
    assertThat(READER.read(WRITER.write(read))).isEqualTo(read);
  }

  @Test
  void noFindingsIsAnEmptyList() {
    String json = WRITER.write(ValidationResult.empty());
    assertThat(json).isEqualTo("{\"schemaVersion\":\"1.1\",\"findings\":[]}");
    assertThat(READER.read(json)).isEqualTo(ValidationResult.empty());
  }

  @Test
  void theModulePutsFindingsInsideOtherDocuments() throws IOException {
    JsonMapper mapper = JsonMapper.builder().addModule(new ReformModule()).build();
    ValidationResult result = seedFindings();
    String json = mapper.writeValueAsString(Map.of("result", result));

    assertThat(json).startsWith("{\"result\":{\"schemaVersion\":\"1.1\",\"findings\":[{");
    assertThat(mapper.readValue(WRITER.write(result), ValidationResult.class))
        .isEqualTo(READER.read(WRITER.write(result)));
  }

  @Test
  void unknownPropertiesOfALaterVersionAreKeptAndWrittenBack() {
    String json =
        "{\"schemaVersion\":\"1.3\",\"findings\":[{\"code\":\"A1\",\"severity\":\"warning\","
            + "\"path\":\"posts[p1]\",\"message\":\"m\",\"messageKey\":\"A1\",\"values\":{},"
            + "\"rule\":{\"title\":\"t\"}}],\"tool\":\"reform 2\"}";

    Extended<ValidationResult> read = READER.keepingUnknown().read(json);

    assertThat(read.schemaVersion()).isEqualTo("1.3");
    assertThat(read.value().findings().get(0).code()).isEqualTo("A1");
    assertThat(WRITER.keepingUnknown().write(read)).isEqualTo(json);
  }

  @Test
  void badFindingsAreRefusedWithTheirPlace() {
    assertRefused(
        "{\"schemaVersion\": \"1.0\", \"findings\": [{\"code\": \"phase_order\"}]}",
        "/findings/0/code",
        1,
        48,
        "'phase_order' is not a rule code; expected an upper-case letter, then upper-case"
            + " letters, digits and underscores, such as \"PHASE_ORDER\"");
    assertRefused(
        "{\"schemaVersion\": \"1.0\", \"findings\": [{\"code\": \"A\", \"severity\": \"fatal\"}]}",
        "/findings/0/severity",
        1,
        65,
        "'fatal' is not a severity; expected one of error, warning, info");
    assertRefused(
        "{\"schemaVersion\": \"1.0\",\n \"findings\": [{\"code\": \"A\", \"severity\": \"info\"}]}",
        "/findings/0",
        2,
        15,
        "missing required property 'path' of a finding");
    assertRefused(
        "{\"schemaVersion\": \"1.0\", \"findings\": [], \"extra\": 1}",
        "/extra",
        1,
        51,
        "unknown property 'extra' in a findings document; expected schemaVersion, findings");
    assertRefused(
        finding("{\"x\": null}"),
        "/findings/0/values/x",
        1,
        136,
        "expected a string, a number, true or false, a text or an array, got null");
    assertRefused(
        finding("{\"x\": 1, \"x\": 2}"),
        "/findings/0/values/x",
        1,
        142,
        "duplicate property 'x'; a property may appear only once in an object");
    assertRefused(
        finding("[]"),
        "/findings/0/values",
        1,
        130,
        "expected an object of names and values such as {\"phase\": \"c\"}, got an array");
    assertRefused(
        "{\"schemaVersion\": \"1.0\", \"findings\": [{\"code\": \"A\", \"path\": \"a..b\"}]}",
        "/findings/0/path",
        1,
        61,
        null);
    assertRefused(
        "{\"schemaVersion\": \"2.0\", \"findings\": []}",
        "/schemaVersion",
        1,
        19,
        "schema version '2.0' is not supported; this reader reads version 1.x (written \"1.1\")");
  }

  private static String finding(String values) {
    return "{\"schemaVersion\": \"1.0\", \"findings\": [{\"code\": \"A\", \"severity\": \"info\","
        + " \"path\": \"\", \"message\": \"m\", \"messageKey\": \"A\", \"values\": "
        + values
        + "}]}";
  }

  private static void assertRefused(
      String json,
      String pointer,
      int line,
      int column,
      @org.jspecify.annotations.Nullable String problem) {
    assertThatThrownBy(() -> READER.read(json))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo(pointer);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
              if (problem != null) {
                assertThat(e.problem()).isEqualTo(problem);
              }
            });
    if (problem == null || !problem.startsWith("duplicate property")) {
      // a duplicate key is a fault of the JSON text, which a schema never sees
      assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isNotEmpty();
    }
  }

  @Test
  void theFindingsReaderAndWriterAreSettingsOfTheSameObjects() {
    assertThat(READER.keepsUnknown()).isFalse();
    assertThat(READER.keepingUnknown().keepsUnknown()).isTrue();
    assertThat(WRITER.layout()).isEqualTo(Layout.COMPACT);
    assertThat(WRITER.keepingUnknown().keepsUnknown()).isTrue();
    assertThat(WRITER.withLayout(Layout.COMPACT)).isSameAs(WRITER);
    assertThatThrownBy(() -> READER.keepingUnknown().keepingUnknown())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this reader already keeps unknown properties");
    assertThatThrownBy(() -> WRITER.keepingUnknown().keepingUnknown())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this writer already writes extended values");
  }
}
