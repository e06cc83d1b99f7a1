package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementPathTest {
  private static final ElementPath PHASE_C =
      ElementPath.root().key("commitments", "bpr").key("phases", "c");

  @Test
  void printsNamedKeyedAndIndexedSteps() {
    assertThat(PHASE_C).hasToString("commitments[bpr].phases[c]");
    assertThat(ElementPath.root().field("document").field("cover").field("purpose"))
        .hasToString("document.cover.purpose");
    assertThat(
            ElementPath.root()
                .key("indicators", IndicatorId.of("interviews"))
                .index("measurements", 0))
        .hasToString("indicators[interviews].measurements[0]");
    assertThat(ElementPath.root()).hasToString("");
  }

  @Test
  void parsesWhatItPrints() {
    assertThat(ElementPath.parse("commitments[bpr].phases[c]")).isEqualTo(PHASE_C);
    assertThat(ElementPath.parse("")).isEqualTo(ElementPath.root());
    assertThat(ElementPath.parse("a[x.y].b[]").steps())
        .containsExactly(PathStep.of("a", Optional.of("x.y")), PathStep.of("b", Optional.of("")));
  }

  @Test
  void isRootOnlyWhenEmpty() {
    assertThat(ElementPath.root().isRoot()).isTrue();
    assertThat(PHASE_C.isRoot()).isFalse();
  }

  @Test
  void startsWithItselfTheRootAndItsAncestorsOnly() {
    ElementPath commitment = ElementPath.root().key("commitments", "bpr");

    assertThat(PHASE_C.startsWith(ElementPath.root())).isTrue();
    assertThat(PHASE_C.startsWith(PHASE_C)).isTrue();
    assertThat(PHASE_C.startsWith(commitment)).isTrue();
    assertThat(commitment.startsWith(PHASE_C)).isFalse();
    assertThat(PHASE_C.startsWith(ElementPath.root().key("commitments", "hr"))).isFalse();
    assertThat(PHASE_C.startsWith(ElementPath.root().field("commitments"))).isFalse();
    assertThat(ElementPath.root().startsWith(ElementPath.root())).isTrue();
  }

  @Test
  void appendingLeavesTheOriginalUnchanged() {
    ElementPath commitment = ElementPath.root().key("commitments", "bpr");
    commitment.key("phases", "c");

    assertThat(commitment).hasToString("commitments[bpr]");
  }

  @ParameterizedTest(name = "''{0}'' fails at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        ".a        | 0 | expected a name",
        "a..b      | 2 | expected a name",
        "[x]       | 0 | expected a name",
        "a[x       | 1 | missing ']'",
        "a.        | 1 | expected '.' and a name",
        "a[x]b     | 4 | expected '.' and a name",
        "a[x][y]   | 4 | expected '.' and a name",
        "a]b       | 1 | expected '.' or '['"
      })
  void refusesTextThatIsNotAPathSayingWhere(String text, int errorIndex, String message) {
    assertThatThrownBy(() -> ElementPath.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getErrorIndex()).isEqualTo(errorIndex);
              assertThat(e.getMessage())
                  .startsWith("'" + text + "' is not a path")
                  .contains(message);
            });
  }

  @Test
  void refusesStepsThatCouldNotBePrintedAndReadBack() {
    assertThatThrownBy(() -> PathStep.of("", Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("path step name");
    assertThatThrownBy(() -> ElementPath.root().field("a.b"))
        .hasMessageContaining("must be a plain word");
    assertThatThrownBy(() -> ElementPath.root().field("a["))
        .hasMessageContaining("must be a plain word");
    assertThatThrownBy(() -> ElementPath.root().key("a", "x]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("path step key 'x]' must not contain ']'");
  }
}
