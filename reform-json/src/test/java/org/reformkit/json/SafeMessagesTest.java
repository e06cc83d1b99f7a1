package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformkit.core.text.SafeText;

/**
 * A document whose text carries terminal escapes or a bidirectional override, wherever the reader
 * quotes it in a refusal, gets a message that shows them as escapes: a value of each kind, a
 * property name, and the pointer made of property names.
 */
class SafeMessagesTest {
  /** ESC [2J clears a terminal; the JSON escape keeps the document itself plain ASCII. */
  private static final String ESCAPES = "\\u001b[2J\\u001b[31mOWNED\\u202e";

  static String minimal() throws IOException {
    return Files.readString(
        BadDocumentsTest.resources().resolve("good-minimal-report.json"), StandardCharsets.UTF_8);
  }

  static Stream<Arguments> documents() throws IOException {
    String good = minimal();
    return Stream.of(
        Arguments.of(
            "identifier", good.replace("\"id\": \"bpr\"", "\"id\": \"bpr" + ESCAPES + "\"")),
        Arguments.of(
            "status",
            good.replace("\"status\": \"completed\"", "\"status\": \"x" + ESCAPES + "\"")),
        Arguments.of(
            "symbol", good.replace("\"GB.325/INS/15/1\"", "\"GB.325/INS/15/1" + ESCAPES + "\"")),
        Arguments.of(
            "date", good.replace("\"asOf\": \"2015-11\"", "\"asOf\": \"2015-" + ESCAPES + "\"")),
        Arguments.of(
            "language tag",
            good.replace(
                "\"en\": \"Data collection\"", "\"" + ESCAPES + "\": \"Data collection\"")),
        Arguments.of(
            "unknown property",
            good.replace("\"affectsStaff\": true", "\"affects" + ESCAPES + "\": true")),
        Arguments.of(
            "duplicate property",
            good.replace(
                "\"affectsStaff\": true", "\"a" + ESCAPES + "\": 1, \"a" + ESCAPES + "\": 2")),
        Arguments.of(
            "pointer",
            good.replace("\"cover\": {}", "\"cover\": {}, \"x" + ESCAPES + "\": {\"y\": [1,]}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void quotesTheDocumentsTextWithItsEscapesShownAsEscapes(String where, String json) {
    ReformJsonException e =
        catchThrowableOfType(
            ReformJsonException.class, () -> ReformJson.reader().keepingUnknown().read(json));
    if (e == null) {
      e = catchThrowableOfType(ReformJsonException.class, () -> ReformJson.reader().read(json));
    }
    assertThat(e).as(where).isNotNull();
    assertThat(SafeText.needsEscaping(e.getMessage())).as(e.getMessage()).isFalse();
    assertThat(SafeText.needsEscaping(e.problem())).as(e.problem()).isFalse();
    assertThat(e.getMessage()).contains("\\u001b[2J");
  }
}
