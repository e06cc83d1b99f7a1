package org.reformkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.function.Function;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.InvalidValueException;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.text.SafeText;

/**
 * Coverage-guided fuzzing of every parser of the model (Jazzer). Under {@code mvn verify} each test
 * runs its committed inputs under {@code src/test/resources/org/reformkit/core/
 * ParseFuzzTestInputs/} only; {@code JAZZER_FUZZ=1} makes it search for new ones (see
 * docs/FUZZING.md). Whatever the text, a parser either gives a value that prints back as text it
 * reads again equal, or refuses it with an {@link InvalidValueException} whose message is safe to
 * print; nothing else escapes. (The API takes no null: the inputs are never null.)
 */
class ParseFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void documentSymbol(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, DocumentSymbol::parse);
  }

  @FuzzTest(maxDuration = "10m")
  void partialDate(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, PartialDate::parse);
  }

  @FuzzTest(maxDuration = "10m")
  void datePeriod(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, DatePeriod::parse);
  }

  @FuzzTest(maxDuration = "10m")
  void money(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, Money::parse);
  }

  @FuzzTest(maxDuration = "10m")
  void riskRating(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, RiskRating::parse);
  }

  @FuzzTest(maxDuration = "10m")
  void grade(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, Grade::parse);
  }

  @FuzzTest(maxDuration = "10m")
  void elementPath(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, ElementPath::parse);
  }

  @FuzzTest(maxDuration = "10m")
  void identifier(@NotNull String text) {
    assertParsesBackOrRefusesSafely(text, CommitmentId::of);
  }

  @FuzzTest(maxDuration = "10m")
  void languageTag(@NotNull String tag, @NotNull String text) {
    LocalizedText value;
    try {
      value = LocalizedText.of(tag, text);
    } catch (InvalidValueException e) {
      assertThat(SafeText.needsEscaping(e.getMessage())).isFalse();
      return;
    }
    String normal = value.texts().keySet().iterator().next();
    assertThat(LocalizedText.of(normal, text)).isEqualTo(value);
  }

  private static <T> void assertParsesBackOrRefusesSafely(String text, Function<String, T> parse) {
    T value;
    try {
      value = parse.apply(text);
    } catch (InvalidValueException e) {
      assertThat(SafeText.needsEscaping(e.getMessage())).as(e.getMessage()).isFalse();
      return;
    }
    assertThat(parse.apply(value.toString())).isEqualTo(value);
  }
}
