package org.reformkit.examples.aps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reformkit.examples.ShippedJson;

/**
 * The APS Reform annual progress report 2023 shipped as JSON ({@code aps-2023.json}) is the report
 * built in Java by {@link ApsReform2023}, written by the library's writer.
 *
 * <p>After a change to {@link ApsReform2023}, regenerate the JSON with {@code mvn -pl
 * reform-core,reform-json,examples -am test -Dtest=ApsJsonTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dreformkit.updateGolden=true} and review the diff.
 */
class ApsJsonTest {
  static final ShippedJson JSON = ShippedJson.of("aps-2023.json");

  /** The shipped file, in the source tree, for the command-line tests. */
  static final Path FILE = JSON.file();

  @Test
  void theShippedJsonReadsAsTheReportBuiltInJava() throws IOException {
    JSON.assertReadsAs(ApsReform2023.report());
  }

  @Test
  void writingTheReportBuiltInJavaGivesTheShippedJsonByteForByte() throws IOException {
    JSON.assertIsWrittenFrom(ApsReform2023.report());
  }

  @Test
  void theShippedJsonCarriesTheRiskWithItsMitigationAndNoRating() throws IOException {
    String json = JSON.text();
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
