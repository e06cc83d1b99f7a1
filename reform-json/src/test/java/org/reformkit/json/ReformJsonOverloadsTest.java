package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every source and sink of the facade gives the same text and the same values as the {@code String}
 * forms.
 */
class ReformJsonOverloadsTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static ReformProgramme programme() throws IOException {
    return GoldenFileTest.seed().programme();
  }

  /**
   * The seed's programme as a document of its own, of minor version 1.4, with one unknown property.
   */
  private static String extendedProgrammeJson() throws IOException {
    ObjectNode tree =
        (ObjectNode)
            TREES.readTree(
                ReformJson.writer().forProgramme().withLayout(Layout.COMPACT).write(programme()));
    tree.put("schemaVersion", "1.4");
    tree.put("publisher", "ILO");
    return TREES.writeValueAsString(tree);
  }

  @Test
  void aProgrammeReadsTheSameFromTextReaderStreamAndFile(@TempDir Path dir) throws IOException {
    String json = ReformJson.writer().forProgramme().withLayout(Layout.PRETTY).write(programme());
    Path file = dir.resolve("programme.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);

    assertThat(ReformJson.reader().forProgramme().read(json)).isEqualTo(programme());
    assertThat(ReformJson.reader().forProgramme().read(new StringReader(json)))
        .isEqualTo(programme());
    assertThat(
            ReformJson.reader()
                .forProgramme()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(programme());
    assertThat(ReformJson.reader().forProgramme().read(file)).isEqualTo(programme());
    assertThat(ReformJson.reader().forProgramme().read(json.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(programme());
  }

  @Test
  void aProgrammeKeepingUnknownReadsTheSameFromEverySourceAndKeepsItsVersion(@TempDir Path dir)
      throws IOException {
    String json = extendedProgrammeJson();
    Path file = dir.resolve("programme.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);

    Extended<ReformProgramme> fromText =
        ReformJson.reader().forProgramme().keepingUnknown().read(json);
    assertThat(fromText.value()).isEqualTo(programme());
    assertThat(fromText.schemaVersion()).isEqualTo("1.4");
    assertThat(fromText.unknownProperties()).containsOnlyKeys("");
    assertThat(fromText.unknownProperties().get("").get("publisher").asString()).isEqualTo("ILO");
    assertThat(ReformJson.reader().forProgramme().keepingUnknown().read(new StringReader(json)))
        .isEqualTo(fromText);
    assertThat(
            ReformJson.reader()
                .forProgramme()
                .keepingUnknown()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromText);
    assertThat(ReformJson.reader().forProgramme().keepingUnknown().read(file)).isEqualTo(fromText);
    assertThat(
            ReformJson.reader()
                .forProgramme()
                .keepingUnknown()
                .read(json.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(fromText);
    assertThat(
            ReformJson.writer()
                .forProgramme()
                .keepingUnknown()
                .withLayout(Layout.COMPACT)
                .write(fromText))
        .isEqualTo(json);
  }

  @Test
  void aReportKeepingUnknownReadsTheSameFromAReader() throws IOException {
    String json = ReformJson.writer().withLayout(Layout.COMPACT).write(GoldenFileTest.seed());
    assertThat(ReformJson.reader().keepingUnknown().read(new StringReader(json)))
        .isEqualTo(ReformJson.reader().keepingUnknown().read(json));
  }

  @Test
  void aReportReadsTheSameFromBytesAndLeavesThemAsTheyWere() throws IOException {
    byte[] bytes = GoldenFileTest.resource("/golden/seed-2015-11.json");
    byte[] copy = bytes.clone();
    assertThat(ReformJson.reader().read(bytes)).isEqualTo(GoldenFileTest.seed());
    assertThat(ReformJson.reader().keepingUnknown().read(bytes))
        .isEqualTo(
            ReformJson.reader().keepingUnknown().read(new String(bytes, StandardCharsets.UTF_8)));
    assertThat(bytes).isEqualTo(copy);
  }

  @Test
  void bytesOverTheLimitAreRefusedBeforeReading() {
    ReformJsonReader reader =
        ReformJson.reader().withLimits(ReadLimits.defaults().withMaxDocumentSize(10));
    assertThatThrownBy(
            () ->
                reader
                    .forProgramme()
                    .read("{\"schemaVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo("the document is larger than the limit of 10 bytes"));
    ReformJsonReader twoBytes =
        ReformJson.reader().withLimits(ReadLimits.defaults().withMaxDocumentSize(2));
    assertThatThrownBy(() -> twoBytes.forProgramme().read("{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo("missing required property 'schemaVersion' of a programme"));
  }

  @Test
  void everySinkOfAReportGetsTheSameText(@TempDir Path dir) throws IOException {
    ProgressReport report = GoldenFileTest.seed();
    Extended<ProgressReport> extended = Extended.of(report);
    for (Layout layout : Layout.values()) {
      String expected = ReformJson.writer().withLayout(layout).write(report);
      assertThat(ReformJson.writer().keepingUnknown().withLayout(layout).write(extended))
          .isEqualTo(expected);

      StringWriter writer = new StringWriter();
      ReformJson.writer().withLayout(layout).write(report, writer);
      assertThat(writer).hasToString(expected);
      StringWriter extendedWriter = new StringWriter();
      ReformJson.writer().keepingUnknown().withLayout(layout).write(extended, extendedWriter);
      assertThat(extendedWriter).hasToString(expected);

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ReformJson.writer().keepingUnknown().withLayout(layout).write(extended, bytes);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);

      Path file = dir.resolve("extended-" + layout + ".json");
      ReformJson.writer().keepingUnknown().withLayout(layout).write(extended, file);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Test
  void everySinkOfAProgrammeGetsTheSameText(@TempDir Path dir) throws IOException {
    ReformProgramme programme = programme();
    Extended<ReformProgramme> extended =
        ReformJson.reader().forProgramme().keepingUnknown().read(extendedProgrammeJson());
    for (Layout layout : Layout.values()) {
      String expected = ReformJson.writer().forProgramme().withLayout(layout).write(programme);
      String expectedExtended =
          ReformJson.writer().forProgramme().keepingUnknown().withLayout(layout).write(extended);
      assertThat(expectedExtended).contains("\"publisher\"").contains("1.4");

      StringWriter writer = new StringWriter();
      ReformJson.writer().forProgramme().withLayout(layout).write(programme, writer);
      assertThat(writer).hasToString(expected);
      StringWriter extendedWriter = new StringWriter();
      ReformJson.writer()
          .forProgramme()
          .keepingUnknown()
          .withLayout(layout)
          .write(extended, extendedWriter);
      assertThat(extendedWriter).hasToString(expectedExtended);

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ReformJson.writer().forProgramme().withLayout(layout).write(programme, bytes);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
      ByteArrayOutputStream extendedBytes = new ByteArrayOutputStream();
      ReformJson.writer()
          .forProgramme()
          .keepingUnknown()
          .withLayout(layout)
          .write(extended, extendedBytes);
      assertThat(extendedBytes.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExtended);

      Path file = dir.resolve("programme-" + layout + ".json");
      ReformJson.writer().forProgramme().withLayout(layout).write(programme, file);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
      Path extendedFile = dir.resolve("extended-" + layout + ".json");
      ReformJson.writer()
          .forProgramme()
          .keepingUnknown()
          .withLayout(layout)
          .write(extended, extendedFile);
      assertThat(Files.readString(extendedFile, StandardCharsets.UTF_8))
          .isEqualTo(expectedExtended);
    }
  }

  @Test
  void writingToAFileReplacesItAndLeavesNoTemporaryFileBehind(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, "old content");
    ReformJson.writer().withLayout(Layout.COMPACT).write(GoldenFileTest.seed(), file);
    assertThat(Files.readString(file))
        .isEqualTo(ReformJson.writer().withLayout(Layout.COMPACT).write(GoldenFileTest.seed()));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writingIntoAMissingDirectoryFailsAsAnUncheckedIoException(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("missing").resolve("report.json");
    ProgressReport report = GoldenFileTest.seed();
    assertThatThrownBy(() -> ReformJson.writer().withLayout(Layout.PRETTY).write(report, file))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(Files.exists(dir.resolve("missing"))).isFalse();
  }

  @Test
  void aWriterThatFailsMakesTheWriteFailAsAnUncheckedIoException() throws IOException {
    ProgressReport report = GoldenFileTest.seed();
    Writer failingOnWrite =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(
            () -> ReformJson.writer().withLayout(Layout.COMPACT).write(report, failingOnWrite))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    Writer failingOnFlush =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) {}

          @Override
          public void flush() throws IOException {
            throw new IOException("gone");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(
            () -> ReformJson.writer().withLayout(Layout.COMPACT).write(report, failingOnFlush))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("gone");
  }

  @Test
  void writingToAStreamLeavesItOpenAndFlushed() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ReformJson.writer().forProgramme().withLayout(Layout.COMPACT).write(programme(), out);
    assertThat(closed[0]).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            ReformJson.writer().forProgramme().withLayout(Layout.COMPACT).write(programme()));
  }
}
