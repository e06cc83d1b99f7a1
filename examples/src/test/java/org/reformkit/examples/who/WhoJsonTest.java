package org.reformkit.examples.who;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reformkit.examples.ShippedJson;

/**
 * The WHO paper EB138/5 shipped as JSON beside the seed's ({@code who-2016-01.json}) is the report
 * built in Java by {@link WhoReform2016}, written by the library's writer.
 *
 * <p>After a change to {@link WhoReform2016}, regenerate the JSON with {@code mvn -pl
 * reform-core,reform-json,examples test -Dtest=WhoJsonTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreformkit.updateGolden=true} and review the diff.
 */
class WhoJsonTest {
  static final ShippedJson JSON = ShippedJson.of("who-2016-01.json");

  /** The shipped file, in the source tree, for the command-line tests. */
  static final Path FILE = JSON.file();

  @Test
  void theShippedJsonReadsAsTheReportBuiltInJava() throws IOException {
    JSON.assertReadsAs(WhoReform2016.january2016());
  }

  @Test
  void writingTheReportBuiltInJavaGivesTheShippedJsonByteForByte() throws IOException {
    JSON.assertIsWrittenFrom(WhoReform2016.january2016());
  }

  @Test
  void theShippedJsonCarriesTheWhoSymbolAndOnlyEnglishText() throws IOException {
    String json = JSON.text();
    assertThat(json)
        .contains("\"symbol\": \"EB138/5\"")
        .contains("\"en\": \"Overview of reform implementation\"")
        .doesNotContain("\"zh\"");
  }
}
