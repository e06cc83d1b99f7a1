package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/**
 * The seed report and the reconstructed March 2015 snapshot shipped as JSON are the ones built in
 * Java, and writing them is stable.
 *
 * <p>After a change to {@link SeedReport}, regenerate the JSON with {@code mvn -pl
 * reform-core,reform-json,examples test -Dtest=SeedJsonTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreformkit.updateGolden=true} and review the diff.
 */
class SeedJsonTest {
  private static final String RESOURCE = "seed-2015-11.json";
  private static final String MARCH = "seed-2015-03-reconstructed.json";

  private static byte[] resource() throws IOException {
    try (InputStream in = SeedReport.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theBundledJsonReadsAsTheSeedReportBuiltInJava() throws IOException {
    try (InputStream in = SeedReport.class.getResourceAsStream(RESOURCE)) {
      ProgressReport read = ReformJson.reader().read(in);
      assertThat(read).isEqualTo(SeedReport.november2015());
    }
  }

  @Test
  void writingTheSeedReportGivesTheBundledJsonByteForByte() throws IOException {
    String written = ReformJson.writer().withLayout(Layout.PRETTY).write(SeedReport.november2015());
    if (Boolean.getBoolean("reformkit.updateGolden")) {
      Path source = Path.of("src/main/resources/org/reformkit/examples", RESOURCE);
      Files.writeString(source, written, StandardCharsets.UTF_8);
      assertThat(Files.readAllBytes(source)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
      return;
    }
    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(resource());
  }

  @Test
  void theBundledMarchSnapshotReadsBackAsTheReconstructedReport() throws IOException {
    try (InputStream in = SeedReport.class.getResourceAsStream(MARCH)) {
      assertThat(in).as(MARCH).isNotNull();
      ProgressReport read = ReformJson.reader().read(in);
      assertThat(read).isEqualTo(March2015Snapshot.reconstructed());
      assertThat(read.reconstructed()).isTrue();
    }
  }

  @Test
  void writingTheMarchSnapshotGivesTheBundledJsonByteForByte() throws IOException {
    String written =
        ReformJson.writer().withLayout(Layout.PRETTY).write(March2015Snapshot.reconstructed());
    if (Boolean.getBoolean("reformkit.updateGolden")) {
      Path source = Path.of("src/main/resources/org/reformkit/examples", MARCH);
      Files.writeString(source, written, StandardCharsets.UTF_8);
      assertThat(Files.readAllBytes(source)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
      return;
    }
    try (InputStream in = SeedReport.class.getResourceAsStream(MARCH)) {
      assertThat(in).as(MARCH).isNotNull();
      assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void theBundledJsonCarriesChineseAndEnglishText() throws IOException {
    String json = new String(resource(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"zh\": \"行政管理业务流程审查\"")
        .contains("\"en\": \"Review of administrative business processes\"");
  }
}
