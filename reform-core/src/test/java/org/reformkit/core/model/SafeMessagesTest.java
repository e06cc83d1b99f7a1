package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformkit.core.text.SafeText;

/**
 * Every refusal of the model quotes the refused text with its terminal escapes, bidirectional
 * overrides and line breaks shown as escapes, whichever kind of value it is.
 */
class SafeMessagesTest {
  private static final String CLEAR_SCREEN = "\u001b[2J\u001b[31mOWNED";
  private static final String REVERSED = "abc\u202edef";

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("identifier", () -> CommitmentId.of("bpr " + CLEAR_SCREEN)),
        refusal("grade", () -> Grade.parse("P-" + CLEAR_SCREEN)),
        refusal("partial date", () -> PartialDate.parse("2015-" + CLEAR_SCREEN)),
        refusal("period", () -> DatePeriod.parse("2015" + CLEAR_SCREEN)),
        refusal("path", () -> ElementPath.parse("commitments[" + CLEAR_SCREEN)),
        refusal("language tag", () -> LocalizedText.of(CLEAR_SCREEN, "text")),
        refusal("symbol", () -> DocumentSymbol.parse("GB.325/" + CLEAR_SCREEN)),
        refusal(
            "currency",
            () -> {
              IndicatorValues.checkCurrency(CLEAR_SCREEN);
              return null;
            }),
        refusal("identifier reversed", () -> CommitmentId.of(REVERSED)));
  }

  private static Arguments refusal(String kind, ThrowingSupplier<?> attempt) {
    return Arguments.of(kind, attempt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void quotesTheRefusedTextWithItsControlAndOverrideCharactersEscaped(
      String kind, ThrowingSupplier<?> attempt) {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> attempt.get());
    assertThat(e).as(kind).isNotNull();
    assertThat(SafeText.needsEscaping(e.getMessage())).as(e.getMessage()).isFalse();
    assertThat(e.getMessage()).containsAnyOf("\\u001b[2J\\u001b[31mOWNED", "abc\\u202edef");
  }

  @org.junit.jupiter.api.Test
  void keepsAMessageWithNothingToEscapeAsItIs() {
    assertThat(new InvalidValueException("count must not be negative: -1 at 'a\\b'"))
        .hasMessage("count must not be negative: -1 at 'a\\b'");
  }
}
