package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSymbolTest {

  private static DocumentSymbol symbol(
      int session,
      String section,
      boolean information,
      Integer item,
      Integer subItem,
      String... suffixes) {
    return DocumentSymbol.of(
        "GB",
        session,
        section,
        information,
        Optional.ofNullable(item),
        Optional.ofNullable(subItem),
        ImmutableList.copyOf(suffixes));
  }

  static Stream<Arguments> symbolsSeenInRealPapers() {
    return Stream.of(
        Arguments.of("GB.325/INS/15/1", symbol(325, "INS", false, 15, 1)),
        Arguments.of("GB.325/INS/5/1", symbol(325, "INS", false, 5, 1)),
        Arguments.of("GB.323/INS/INF/2", symbol(323, "INS", true, 2, null)),
        Arguments.of("GB.320/PFA/13", symbol(320, "PFA", false, 13, null)),
        Arguments.of("GB.325/INS/2(Add.1)", symbol(325, "INS", false, 2, null, "Add.1")),
        Arguments.of("GB.326/INS/12(Add.)", symbol(326, "INS", false, 12, null, "Add.")),
        Arguments.of("GB.304/PFA/2(Rev.)", symbol(304, "PFA", false, 2, null, "Rev.")),
        Arguments.of("GB.338/PFA/INF/7", symbol(338, "PFA", true, 7, null)),
        Arguments.of("GB.331/PV", symbol(331, "PV", false, null, null)),
        Arguments.of("GB.323/WP/GBC/2", symbol(323, "WP/GBC", false, 2, null)),
        Arguments.of("GB.322/POL/6", symbol(322, "POL", false, 6, null)),
        Arguments.of("GB.325/POL/7", symbol(325, "POL", false, 7, null)),
        Arguments.of("GB.316/LILS/3/1", symbol(316, "LILS", false, 3, 1)),
        Arguments.of("GB.317/HL/1", symbol(317, "HL", false, 1, null)),
        Arguments.of("GB.300/PFA/BS/1", symbol(300, "PFA/BS", false, 1, null)),
        Arguments.of("GB.317/INS/12/2", symbol(317, "INS", false, 12, 2)),
        Arguments.of("GB.323/PFA/1", symbol(323, "PFA", false, 1, null)),
        Arguments.of(
            "GB.326/INS/12(Add.)(Rev.)", symbol(326, "INS", false, 12, null, "Add.", "Rev.")),
        Arguments.of("GB.310/INS/INF/1(Corr.2)", symbol(310, "INS", true, 1, null, "Corr.2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symbolsSeenInRealPapers")
  void parsesEverySymbolSeenInRealPapersIntoItsParts(String text, DocumentSymbol expected) {
    DocumentSymbol parsed = DocumentSymbol.parse(text);

    assertThat(parsed).isEqualTo(expected);
    assertThat(parsed.body()).isEqualTo(expected.body());
    assertThat(parsed.session()).isEqualTo(expected.session());
    assertThat(parsed.section()).isEqualTo(expected.section());
    assertThat(parsed.information()).isEqualTo(expected.information());
    assertThat(parsed.item()).isEqualTo(expected.item());
    assertThat(parsed.subItem()).isEqualTo(expected.subItem());
    assertThat(parsed.suffixes()).isEqualTo(expected.suffixes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symbolsSeenInRealPapers")
  void printsEverySymbolSeenInRealPapersBackUnchanged(String text, DocumentSymbol expected) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(text);
    assertThat(expected.toString()).isEqualTo(text);
  }

  @Test
  void readsTheAgendaItemOfTheSeedReport() {
    DocumentSymbol seed = DocumentSymbol.parse("GB.325/INS/15/1");

    assertThat(seed.body()).isEqualTo("GB");
    assertThat(seed.session()).isEqualTo(325);
    assertThat(seed.section()).isEqualTo("INS");
    assertThat(seed.information()).isFalse();
    assertThat(seed.item()).contains(15);
    assertThat(seed.subItem()).contains(1);
    assertThat(seed.suffixes()).isEmpty();
  }

  @Test
  void acceptsOtherBodiesThanTheGoverningBody() {
    DocumentSymbol other = DocumentSymbol.parse("WHA.68/A68/INF/3");

    assertThat(other.body()).isEqualTo("WHA");
    assertThat(other.session()).isEqualTo(68);
    assertThat(other.section()).isEqualTo("A68");
    assertThat(other.information()).isTrue();
    assertThat(other.item()).contains(3);
    assertThat(other).hasToString("WHA.68/A68/INF/3");
  }

  static Stream<Arguments> malformedSymbols() {
    return Stream.of(
        Arguments.of("", 0, "expected the body prefix"),
        Arguments.of("GB325/INS/1", 5, "expected '.'"),
        Arguments.of("GB.0325/INS/1", 3, "the session number must not start with 0"),
        Arguments.of("GB.0/INS/1", 3, "the session number must not start with 0"),
        Arguments.of("GB.325/ins/1", 7, "expected a section (such as INS)"),
        Arguments.of("gb.325/INS/1", 0, "expected the body prefix"),
        Arguments.of(" GB.325/INS/1", 0, "expected the body prefix"),
        Arguments.of("GB./INS/1", 3, "expected the session number"),
        Arguments.of("GB.325", 6, "expected '/'"),
        Arguments.of("GB.325/", 7, "expected a section (such as INS)"),
        Arguments.of("GB.325/15", 7, "expected a section (such as INS)"),
        Arguments.of("GB.325/INF/1", 7, "expected a section (such as INS) before INF"),
        Arguments.of("GB.325/INS/1/2/3", 15, "at most an item and a sub-item"),
        Arguments.of("GB.325/INS/15/1(Add.1", 21, "expected ')'"),
        Arguments.of("GB.325/INS/15/1(Add1)", 19, "expected '.'"),
        Arguments.of("GB.325/INS/15/1()", 16, "expected a suffix word such as Add or Rev"),
        Arguments.of("GB.325/INS/15/1(Ädd.1)", 16, "expected a suffix word such as Add or Rev"),
        Arguments.of("GB.325/INS/INF/PFA/1", 15, "a section cannot follow INF"),
        Arguments.of("GB.325/INS/15/PFA", 14, "a section cannot follow the item number"),
        Arguments.of("GB.325/INS/", 11, "expected a section, INF or the item number after '/'"),
        Arguments.of("GB.325/INS/15/", 14, "expected the sub-item number after '/'"),
        Arguments.of("GB.325/INS/15/1/", 16, "nothing may follow the sub-item"),
        Arguments.of("GB.325/INS/01", 11, "the item number must not start with 0"),
        Arguments.of("GB.325/INS/15/0", 14, "the sub-item number must not start with 0"),
        Arguments.of("GB.325/INS/15 ", 13, "unexpected ' '"),
        Arguments.of("GB.325/INS/15(Add.1)x", 20, "unexpected 'x'"),
        Arguments.of("GB.325/INS/15.1", 13, "unexpected '.'"),
        Arguments.of("GB.325/INS//1", 11, "expected a section or a number"),
        Arguments.of("GB.325/INS/١٥", 11, "expected a section or a number"),
        Arguments.of("GB.99999999999/INS/1", 3, "the session number is too large"),
        Arguments.of("GB.2147483648/INS/1", 3, "the session number is too large"));
  }

  @ParameterizedTest(name = "''{0}'' fails at {1}")
  @MethodSource("malformedSymbols")
  void refusesMalformedSymbolsSayingWhereAndWhatWasExpected(
      String text, int errorIndex, String expectation) {
    assertThatThrownBy(() -> DocumentSymbol.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getErrorIndex()).isEqualTo(errorIndex);
              assertThat(e.getMessage())
                  .contains("'" + text + "' is not a document symbol")
                  .contains(expectation)
                  .contains("expected a symbol such as GB.325/INS/15/1");
            });
  }

  @Test
  void saysWhetherTheErrorIsAtAnIndexOrAtTheEnd() {
    assertThatThrownBy(() -> DocumentSymbol.parse("GB.325/INS/15/1(Add.1"))
        .hasMessageContaining("expected ')' at the end");
    assertThatThrownBy(() -> DocumentSymbol.parse("GB.325/ins/1"))
        .hasMessageContaining("at index 7");
  }

  @Test
  void readsTheLargestSessionItCanPrint() {
    DocumentSymbol large = symbol(Integer.MAX_VALUE, "INS", false, Integer.MAX_VALUE, 1234567);

    assertThat(large.toString()).isEqualTo("GB.2147483647/INS/2147483647/1234567");
    assertThat(DocumentSymbol.parse(large.toString())).isEqualTo(large);
  }

  @Test
  void refusesPartsThatCouldNotBePrintedAndReadBack() {
    List<Runnable> invalid =
        List.of(
            () ->
                DocumentSymbol.of(
                    "gb", 325, "INS", false, Optional.empty(), Optional.empty(), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 0, "INS", false, Optional.empty(), Optional.empty(), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 325, "", false, Optional.empty(), Optional.empty(), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 325, "INS/INF", false, Optional.empty(), Optional.empty(), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 325, "INS/", false, Optional.empty(), Optional.empty(), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 325, "INS", false, Optional.of(0), Optional.empty(), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 325, "INS", false, Optional.empty(), Optional.of(1), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 325, "INS", false, Optional.of(1), Optional.of(-1), List.of()),
            () ->
                DocumentSymbol.of(
                    "GB", 325, "INS", false, Optional.of(1), Optional.empty(), List.of("Add")));
    for (Runnable r : invalid) {
      assertThatThrownBy(r::run)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("document symbol");
    }
  }

  @Test
  void namesTheFieldThatIsWrong() {
    assertThatThrownBy(
            () ->
                DocumentSymbol.of(
                    "GB", 325, "INS", false, Optional.empty(), Optional.of(1), List.of()))
        .hasMessage("document symbol sub-item needs an item");
    assertThatThrownBy(
            () ->
                DocumentSymbol.of(
                    "GB", -3, "INS", false, Optional.empty(), Optional.empty(), List.of()))
        .hasMessage("document symbol session must be positive: -3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB.325/INS/15/1", "GB.331/PV", "GB.326/INS/12(Add.)"})
  void equalSymbolsHaveEqualHashCodes(String text) {
    assertThat(DocumentSymbol.parse(text)).isEqualTo(DocumentSymbol.parse(text));
    assertThat(DocumentSymbol.parse(text).hashCode())
        .isEqualTo(DocumentSymbol.parse(text).hashCode());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"A", "Z", "a", "z", "AZaz"})
  void suffixWordMayUseEveryAsciiLetter(String word) {
    assertThat(DocumentSymbol.parse("GB.1/INS(" + word + ".1)").toString())
        .isEqualTo("GB.1/INS(" + word + ".1)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"@", "[", "`", "{"})
  void suffixWordRefusesTheCharactersNextToTheLetters(String word) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DocumentSymbol.parse("GB.1/INS(" + word + ".1)"))
        .isInstanceOf(ValueParseException.class);
  }
}
