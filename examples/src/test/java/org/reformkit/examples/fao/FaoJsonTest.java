package org.reformkit.examples.fao;

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
 * The FAO paper C 2013/26/ES shipped as JSON ({@code fao-2013-03.json}) is the report built in Java
 * by {@link FaoReform2013}, written by the library's writer in format 1.2 (it states
 * recommendations).
 *
 * <p>After a change to {@link FaoReform2013}, regenerate the JSON with {@code mvn -pl
 * reform-core,reform-json,examples test -Dtest=FaoJsonTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreformkit.updateGolden=true} and review the diff.
 */
class FaoJsonTest {
  static final String RESOURCE = "fao-2013-03.json";

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
      assertThat(read).isEqualTo(FaoReform2013.march2013());
    }
  }

  @Test
  void writingTheReportBuiltInJavaGivesTheShippedJsonByteForByte() throws IOException {
    String written = ReformJson.writer().withLayout(Layout.PRETTY).write(FaoReform2013.march2013());
    if (Boolean.getBoolean("reformkit.updateGolden")) {
      Files.writeString(FILE, written, StandardCharsets.UTF_8);
      assertThat(Files.readAllBytes(FILE)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
      return;
    }
    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(resource());
  }

  @Test
  void theShippedJsonIsOfFormat12AndCarriesTheStatedCountOfTheIeeRecommendations()
      throws IOException {
    String json = new String(resource(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"schemaVersion\": \"1.2\"")
        .contains("\"recommendations\"")
        .contains("\"count\": 109")
        .contains("\"actions\": 330")
        .contains("C 2013/26/ES");
  }
}
