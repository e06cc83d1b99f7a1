package org.reformkit.examples.who;

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
 * The WHO paper EB138/5 shipped as JSON beside the seed's ({@code who-2016-01.json}) is the report
 * built in Java by {@link WhoReform2016}, written by the library's writer.
 *
 * <p>After a change to {@link WhoReform2016}, regenerate the JSON with {@code mvn -pl
 * reform-core,reform-json,examples test -Dtest=WhoJsonTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreformkit.updateGolden=true} and review the diff.
 */
class WhoJsonTest {
  static final String RESOURCE = "who-2016-01.json";

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
      assertThat(read).isEqualTo(WhoReform2016.january2016());
    }
  }

  @Test
  void writingTheReportBuiltInJavaGivesTheShippedJsonByteForByte() throws IOException {
    String written =
        ReformJson.writer().withLayout(Layout.PRETTY).write(WhoReform2016.january2016());
    if (Boolean.getBoolean("reformkit.updateGolden")) {
      Files.writeString(FILE, written, StandardCharsets.UTF_8);
      assertThat(Files.readAllBytes(FILE)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
      return;
    }
    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(resource());
  }

  @Test
  void theShippedJsonCarriesTheWhoSymbolAndOnlyEnglishText() throws IOException {
    String json = new String(resource(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"symbol\": \"EB138/5\"")
        .contains("\"en\": \"Overview of reform implementation\"")
        .doesNotContain("\"zh\"");
  }
}
