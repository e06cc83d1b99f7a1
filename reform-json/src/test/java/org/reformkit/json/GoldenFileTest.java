package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;

/**
 * Written output of the seed report is stable, byte for byte, in both layouts. {@code
 * golden/seed-2015-11.json} is a copy of the examples module's {@code seed-2015-11.json} (which a
 * test there keeps equal to {@code SeedReport.november2015()}); the compact file is its compact
 * form.
 */
class GoldenFileTest {
  static byte[] resource(String name) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  static ProgressReport seed() throws IOException {
    return ReformJson.reader()
        .read(new String(resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8));
  }

  @Test
  void theSeedWrittenPrettyIsTheGoldenFileByteForByte() throws IOException {
    String written = ReformJson.writer().withLayout(Layout.PRETTY).write(seed());
    assertThat(written.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(resource("/golden/seed-2015-11.json"));
  }

  @Test
  void theSeedWrittenCompactIsTheCompactGoldenFileByteForByte() throws IOException {
    String written = ReformJson.writer().withLayout(Layout.COMPACT).write(seed());
    assertThat(written.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(resource("/golden/seed-2015-11.compact.json"));
  }

  @Test
  void theCompactFileReadsAsTheSameReportAsThePrettyOne() throws IOException {
    try (InputStream in =
        GoldenFileTest.class.getResourceAsStream("/golden/seed-2015-11.compact.json")) {
      assertThat(ReformJson.reader().read(in)).isEqualTo(seed());
    }
  }

  @Test
  void writingToAStreamGivesTheSameBytesAsWritingToText() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ReformJson.writer().withLayout(Layout.PRETTY).write(seed(), out);
    assertThat(out.toByteArray()).isEqualTo(resource("/golden/seed-2015-11.json"));
  }

  @Test
  void writingToAFileAndReadingItBackGivesTheSameReport(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path file = dir.resolve("report.json");
    ReformJson.writer().withLayout(Layout.PRETTY).write(seed(), file);
    assertThat(ReformJson.reader().read(file)).isEqualTo(seed());
    assertThat(ReformJson.reader().read(java.nio.file.Files.newBufferedReader(file)))
        .isEqualTo(seed());
  }
}
