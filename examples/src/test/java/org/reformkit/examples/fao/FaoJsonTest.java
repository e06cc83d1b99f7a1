package org.reformkit.examples.fao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reformkit.examples.ShippedJson;

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
  static final ShippedJson JSON = ShippedJson.of("fao-2013-03.json");

  /** The shipped file, in the source tree, for the command-line tests. */
  static final Path FILE = JSON.file();

  @Test
  void theShippedJsonReadsAsTheReportBuiltInJava() throws IOException {
    JSON.assertReadsAs(FaoReform2013.march2013());
  }

  @Test
  void writingTheReportBuiltInJavaGivesTheShippedJsonByteForByte() throws IOException {
    JSON.assertIsWrittenFrom(FaoReform2013.march2013());
  }

  @Test
  void theShippedJsonIsOfFormat12AndCarriesTheStatedCountOfTheIeeRecommendations()
      throws IOException {
    String json = JSON.text();
    assertThat(json)
        .contains("\"schemaVersion\": \"1.2\"")
        .contains("\"recommendations\"")
        .contains("\"count\": 109")
        .contains("\"actions\": 330")
        .contains("C 2013/26/ES");
  }
}
