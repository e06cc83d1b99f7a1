package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class ReformJsonFacadeTest {
  private static String seedText() throws IOException {
    return new String(GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8);
  }

  @Test
  void aReaderAndAStreamReadTheSameReportAsText() throws IOException {
    String json = seedText();
    ProgressReport fromText = ReformJson.reader().read(json);
    assertThat(ReformJson.reader().read(new StringReader(json))).isEqualTo(fromText);
    assertThat(
            ReformJson.reader()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromText);
  }

  @Test
  void aProgrammeIsADocumentOfItsOwnWithItsSchemaVersion() throws IOException {
    ReformProgramme programme = ReformJson.reader().read(seedText()).programme();
    String json = ReformJson.writer().forProgramme().withLayout(Layout.PRETTY).write(programme);
    assertThat(json).startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": ");
    assertThat(ReformJson.reader().forProgramme().read(json)).isEqualTo(programme);
  }

  @Test
  void aReportIsNotAProgramme() throws IOException {
    assertThatThrownBy(() -> ReformJson.reader().forProgramme().read(seedText()))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageStartingWith(
            "/document: unknown property 'document' in a programme; expected schemaVersion, id,");
  }

  @Test
  void aMissingFileIsReportedAsTheSameExceptionType(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> ReformJson.reader().read(missing))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEmpty();
              assertThat(e.line()).isZero();
              assertThat(e.getMessage()).isEqualTo("(root): no such file: " + missing);
            });
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
    byte[] big = new byte[Limits.MAX_DOCUMENT_SIZE + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThatThrownBy(() -> ReformJson.reader().read(new ByteArrayInputStream(big)))
        .isInstanceOf(ReformJsonException.class)
        .hasMessage("(root): the document is larger than the limit of 16777216 bytes (16 MiB)");
    assertThatThrownBy(() -> ReformJson.reader().read(" ".repeat(Limits.MAX_DOCUMENT_SIZE + 1)))
        .isInstanceOf(ReformJsonException.class)
        .hasMessage(
            "(root): the document is larger than the limit of 16777216 characters (16 MiB)");
  }

  @Test
  void aTextStartingWithAByteOrderMarkIsRefused() throws IOException {
    assertThatThrownBy(() -> ReformJson.reader().read("\uFEFF" + seedText()))
        .isInstanceOf(ReformJsonException.class)
        .hasMessage(
            "(root): the document starts with a byte-order mark (U+FEFF); save it as UTF-8 without one"
                + " (line 1, column 1)");
  }

  @Test
  void theModuleIsFoundAsAServiceAndByFindAndAddModules() throws IOException {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(
            mapper.registeredModules().stream()
                .map(JacksonModule::getModuleName)
                .collect(Collectors.toList()))
        .contains("reformkit");
    ProgressReport seed = ReformJson.reader().read(seedText());
    assertThat(mapper.readValue(mapper.writeValueAsString(seed), ProgressReport.class))
        .isEqualTo(seed);
  }

  /** A user's own document that holds a report. */
  public static final class Envelope {
    public String sender = "";
    public ProgressReport report;
  }

  @Test
  void inAUsersOwnDocumentErrorsPointIntoThatDocument() throws IOException {
    JsonMapper mapper = JsonMapper.builder().addModule(new ReformModule()).build();
    String report = seedText().replace("\"status\": \"in-progress\"", "\"status\": \"done\"");
    String json = "{\"sender\": \"DDG/MR\", \"report\": " + report + "}";
    assertThatThrownBy(() -> mapper.readValue(json, Envelope.class))
        .satisfies(
            e -> {
              Throwable cause = e instanceof ReformJsonException ? e : e.getCause();
              assertThat(cause).isInstanceOf(ReformJsonException.class);
              assertThat(((ReformJsonException) cause).pointer()).startsWith("/report/programme/");
            });
    Envelope ok =
        mapper.readValue("{\"sender\": \"x\", \"report\": " + seedText() + "}", Envelope.class);
    assertThat(ok.report).isEqualTo(ReformJson.reader().read(seedText()));
  }

  @Test
  void theSchemaIsShippedAndNamesItsDraft() {
    assertThat(ReformJson.jsonSchema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(ReformJson.schemaVersion()).isEqualTo("1.2");
  }
}
