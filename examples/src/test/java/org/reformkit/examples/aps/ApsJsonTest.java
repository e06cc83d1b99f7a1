package org.reformkit.examples.aps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.SeedReport;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/**
 * The APS Reform annual progress report 2023 shipped as JSON ({@code aps-2023.json}) is the report
 * built in Java by {@link ApsReform2023}, written by the library's writer.
 *
 * <p>After a change to {@link ApsReform2023}, regenerate the JSON with {@code mvn -pl
 * reform-core,reform-json,examples -am test -Dtest=ApsJsonTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dreformkit.updateGolden=true} and review the diff.
 */
class ApsJsonTest {
  static final String RESOURCE = "aps-2023.json";

  /** The shipped file, in the source tree, for the command-line tests. */
  static final Path FILE = Path.of("src/main/resources/org/reformkit/examples", RESOURCE);

  private static byte[] resource() throws IOException {
    try (InputStream in = SeedReport.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theShippedJsonReadsAsTheReportBuiltInJava() throws IOException {
    try (InputStream in = SeedReport.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      ProgressReport read = ReformJson.reader().read(in);
      assertThat(read).isEqualTo(ApsReform2023.report());
    }
  }

  @Test
  void writingTheReportBuiltInJavaGivesTheShippedJsonByteForByte() throws IOException {
    String written = ReformJson.writer().withLayout(Layout.PRETTY).write(ApsReform2023.report());
    if (Boolean.getBoolean("reformkit.updateGolden")) {
      Files.writeString(FILE, written, StandardCharsets.UTF_8);
      assertThat(Files.readAllBytes(FILE)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
      return;
    }
    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(resource());
  }

  @Test
  void theShippedJsonCarriesTheRiskWithItsMitigationAndNoRating() throws IOException {
    String json = new String(resource(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"risks\"")
        .contains("\"id\": \"absorb-reform\"")
        .contains("\"mitigation\"")
        .contains("\"status\": \"open\"")
        .contains("APS Reform Annual Progress Report 2023")
        // not rated in the report: no rating is written
        .doesNotContain("\"likelihood\"", "\"impact\"");
  }
}
