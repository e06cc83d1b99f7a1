package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/** A reader with other limits reads from every source as the facade does, within its own limits. */
class ReformJsonReaderTest {
  private static final long MIB = 1024 * 1024;

  private static ProgressReport seed() throws IOException {
    return GoldenFileTest.seed();
  }

  private static String reportJson() throws IOException {
    return ReformJson.writer().withLayout(Layout.PRETTY).write(seed());
  }

  private static String programmeJson() throws IOException {
    return ReformJson.writer().forProgramme().withLayout(Layout.PRETTY).write(seed().programme());
  }

  /** The programme with an unknown property holding the given JSON value. */
  private static String programmeWithUnknown(String value) throws IOException {
    String json = programmeJson();
    return "{\"extra\": " + value + ", " + json.substring(json.indexOf('{') + 1);
  }

  private static ReformJsonReader<ProgressReport> reader(ReadLimits limits) {
    return ReformJson.reader().withLimits(limits);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theFacadesReaderHasTheDefaultLimitsAndKeepsItselfForTheSameLimits() {
    ReformJsonReader<ProgressReport> reader = ReformJson.reader();
    assertThat(reader.limits()).isEqualTo(ReadLimits.defaults());
    assertThat(reader.withLimits(ReadLimits.defaults().withMaxDepth(64))).isSameAs(reader);

    ReformJsonReader<ProgressReport> other =
        reader.withLimits(ReadLimits.defaults().withMaxDepth(100));
    assertThat(other).isNotSameAs(reader);
    assertThat(other.limits().maxDepth()).isEqualTo(100);
    assertThat(reader.limits().maxDepth()).isEqualTo(64);
  }

  @Test
  void everySourceReadsTheSameAsTheFacade(@TempDir Path dir) throws IOException {
    ReformJsonReader<ProgressReport> reader =
        reader(ReadLimits.defaults().withMaxDocumentSize(64 * MIB));
    String report = reportJson();
    String programme = programmeJson();
    Path reportFile = Files.writeString(dir.resolve("report.json"), report);
    Path programmeFile = Files.writeString(dir.resolve("programme.json"), programme);

    ProgressReport expectedReport = ReformJson.reader().read(report);
    assertThat(reader.read(report)).isEqualTo(expectedReport);
    assertThat(reader.read(new StringReader(report))).isEqualTo(expectedReport);
    assertThat(reader.read(new ByteArrayInputStream(utf8(report)))).isEqualTo(expectedReport);
    assertThat(reader.read(reportFile)).isEqualTo(expectedReport);

    ReformProgramme expectedProgramme = ReformJson.reader().forProgramme().read(programme);
    assertThat(reader.forProgramme().read(programme)).isEqualTo(expectedProgramme);
    assertThat(reader.forProgramme().read(new StringReader(programme)))
        .isEqualTo(expectedProgramme);
    assertThat(reader.forProgramme().read(new ByteArrayInputStream(utf8(programme))))
        .isEqualTo(expectedProgramme);
    assertThat(reader.forProgramme().read(programmeFile)).isEqualTo(expectedProgramme);

    Extended<ProgressReport> keptReport = ReformJson.reader().keepingUnknown().read(report);
    assertThat(reader.keepingUnknown().read(report)).isEqualTo(keptReport);
    assertThat(reader.keepingUnknown().read(new StringReader(report))).isEqualTo(keptReport);
    assertThat(reader.keepingUnknown().read(new ByteArrayInputStream(utf8(report))))
        .isEqualTo(keptReport);
    assertThat(reader.keepingUnknown().read(reportFile)).isEqualTo(keptReport);

    String extended = programmeWithUnknown("{\"a\": [1, 2]}");
    Path extendedFile = Files.writeString(dir.resolve("extended.json"), extended);
    Extended<ReformProgramme> keptProgramme =
        ReformJson.reader().forProgramme().keepingUnknown().read(extended);
    assertThat(keptProgramme.value()).isEqualTo(expectedProgramme);
    assertThat(
            ReformJson.writer()
                .forProgramme()
                .keepingUnknown()
                .withLayout(Layout.COMPACT)
                .write(keptProgramme))
        .contains("\"extra\":{\"a\":[1,2]}");
    assertThat(reader.forProgramme().keepingUnknown().read(extended)).isEqualTo(keptProgramme);
    assertThat(reader.forProgramme().keepingUnknown().read(new StringReader(extended)))
        .isEqualTo(keptProgramme);
    assertThat(
            reader.forProgramme().keepingUnknown().read(new ByteArrayInputStream(utf8(extended))))
        .isEqualTo(keptProgramme);
    assertThat(reader.forProgramme().keepingUnknown().read(extendedFile)).isEqualTo(keptProgramme);
  }

  @Test
  void aDocumentJustOverALoweredSizeLimitIsRefusedFromEverySource(@TempDir Path dir)
      throws IOException {
    String json = programmeJson();
    long characters = json.length();
    long bytes = utf8(json).length;
    Path file = Files.writeString(dir.resolve("programme.json"), json);
    ReformJsonReader<ProgressReport> textTight =
        reader(ReadLimits.defaults().withMaxDocumentSize(characters - 1));
    ReformJsonReader<ProgressReport> bytesTight =
        reader(ReadLimits.defaults().withMaxDocumentSize(bytes - 1));
    String tooManyCharacters =
        "(root): the document is larger than the limit of " + (characters - 1) + " characters";
    String tooManyBytes =
        "(root): the document is larger than the limit of " + (bytes - 1) + " bytes";

    assertRefused(() -> textTight.forProgramme().read(json), tooManyCharacters);
    assertRefused(() -> textTight.forProgramme().read(new StringReader(json)), tooManyCharacters);
    assertRefused(() -> textTight.forProgramme().keepingUnknown().read(json), tooManyCharacters);
    assertRefused(
        () -> bytesTight.forProgramme().read(new ByteArrayInputStream(utf8(json))), tooManyBytes);
    assertRefused(() -> bytesTight.forProgramme().read(file), tooManyBytes);
    assertRefused(() -> bytesTight.read(new ByteArrayInputStream(utf8(json))), tooManyBytes);

    ReformProgramme expected = ReformJson.reader().forProgramme().read(json);
    ReformJsonReader<ProgressReport> textExact =
        reader(ReadLimits.defaults().withMaxDocumentSize(characters));
    ReformJsonReader<ProgressReport> bytesExact =
        reader(ReadLimits.defaults().withMaxDocumentSize(bytes));
    assertThat(textExact.forProgramme().read(json)).isEqualTo(expected);
    assertThat(textExact.forProgramme().read(new StringReader(json))).isEqualTo(expected);
    assertThat(bytesExact.forProgramme().read(new ByteArrayInputStream(utf8(json))))
        .isEqualTo(expected);
    assertThat(bytesExact.forProgramme().read(file)).isEqualTo(expected);
  }

  @Test
  void aLimitOfWholeMebibytesIsAlsoGivenInThem() throws IOException {
    String json = programmeJson() + " ".repeat((int) MIB);
    ReformJsonReader<ProgressReport> reader =
        reader(ReadLimits.defaults().withMaxDocumentSize(MIB));
    assertRefused(
        () -> reader.forProgramme().read(new ByteArrayInputStream(utf8(json))),
        "(root): the document is larger than the limit of 1048576 bytes (1 MiB)");
    assertRefused(
        () -> reader.forProgramme().read(json),
        "(root): the document is larger than the limit of 1048576 characters (1 MiB)");
  }

  @Test
  void raisedLimitsLetALargerDocumentThrough() throws IOException {
    String json = programmeJson() + " ".repeat(Limits.MAX_DOCUMENT_SIZE);
    byte[] bytes = utf8(json);
    assertRefused(
        () -> ReformJson.reader().forProgramme().read(new ByteArrayInputStream(bytes)),
        "(root): the document is larger than the limit of 16777216 bytes (16 MiB)");

    ReformJsonReader<ProgressReport> large =
        reader(ReadLimits.defaults().withMaxDocumentSize(32 * MIB));
    assertThat(large.forProgramme().read(new ByteArrayInputStream(bytes)))
        .isEqualTo(seed().programme());
    assertThat(large.forProgramme().read(json)).isEqualTo(seed().programme());
  }

  @Test
  void theOtherLimitsAreTheReadersOwn() throws IOException {
    String json = programmeJson();
    assertRefusedWith(
        reader(ReadLimits.defaults().withMaxTokens(100)),
        json,
        ": the document has more than 100 tokens, the reader's limit (line ");
    assertRefusedWith(
        reader(ReadLimits.defaults().withMaxDepth(2)),
        json,
        ": objects and arrays are nested more than 2 deep, the reader's limit (line ");
    assertRefusedWith(
        reader(ReadLimits.defaults().withMaxStringLength(5)),
        json,
        ": a string is longer than 5 characters, the reader's limit (line ");

    ReformProgramme expected = seed().programme();
    assertThat(reader(ReadLimits.defaults().withMaxTokens(1_000_000)).forProgramme().read(json))
        .isEqualTo(expected);
    assertThat(reader(ReadLimits.defaults().withMaxDepth(11)).forProgramme().read(json))
        .isEqualTo(expected);
  }

  @Test
  void raisedDepthAndStringLimitsLetKeptPropertiesThrough() throws IOException {
    String deep = "[".repeat(80) + "]".repeat(80);
    String deepJson = programmeWithUnknown(deep);
    assertThatThrownBy(() -> ReformJson.reader().forProgramme().keepingUnknown().read(deepJson))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageContaining(
            ": objects and arrays are nested more than 64 deep, the reader's limit (line 1, ");
    Extended<ReformProgramme> deepRead =
        reader(ReadLimits.defaults().withMaxDepth(100))
            .forProgramme()
            .keepingUnknown()
            .read(deepJson);
    assertThat(deepRead.value()).isEqualTo(seed().programme());
    assertThat(
            ReformJson.writer()
                .forProgramme()
                .keepingUnknown()
                .withLayout(Layout.COMPACT)
                .write(deepRead))
        .contains("\"extra\":" + deep);

    String longText = "x".repeat(1_000_001);
    String longJson = programmeWithUnknown("\"" + longText + "\"");
    assertThatThrownBy(() -> ReformJson.reader().forProgramme().keepingUnknown().read(longJson))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageContaining(
            ": a string is longer than 1000000 characters, the reader's limit (line 1, ");
    Extended<ReformProgramme> longRead =
        reader(ReadLimits.defaults().withMaxStringLength(2_000_000))
            .forProgramme()
            .keepingUnknown()
            .read(longJson);
    assertThat(
            ReformJson.writer()
                .forProgramme()
                .keepingUnknown()
                .withLayout(Layout.COMPACT)
                .write(longRead))
        .contains(longText);
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String message) {
    assertThatThrownBy(read).isInstanceOf(ReformJsonException.class).hasMessage(message);
  }

  private static void assertRefusedWith(ReformJsonReader<?> reader, String json, String ending) {
    Function<String, ReformProgramme> read = reader.forProgramme()::read;
    assertThatThrownBy(() -> read.apply(json))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageContaining(ending);
  }
}
