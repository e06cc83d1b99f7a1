package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.text.SafeText;

class DocumentSymbolTest {

  /** The parts expected of one symbol, written as a short table row. */
  private static final class Parts {
    SymbolFamily family;
    Optional<String> organ = Optional.empty();
    Optional<Integer> session = Optional.empty();
    Optional<Integer> year = Optional.empty();
    Optional<String> section = Optional.empty();
    Optional<String> series = Optional.empty();
    Optional<Integer> item = Optional.empty();
    Optional<Integer> subItem = Optional.empty();
    Optional<Integer> number = Optional.empty();
    ImmutableList<String> suffixes = ImmutableList.of();

    Parts(SymbolFamily family, String organ) {
      this.family = family;
      this.organ = Optional.of(organ);
    }

    Parts session(int value) {
      session = Optional.of(value);
      return this;
    }

    Parts year(int value) {
      year = Optional.of(value);
      return this;
    }

    Parts section(String value) {
      section = Optional.of(value);
      return this;
    }

    Parts series(String value) {
      series = Optional.of(value);
      return this;
    }

    Parts item(int value) {
      item = Optional.of(value);
      return this;
    }

    Parts subItem(int value) {
      subItem = Optional.of(value);
      return this;
    }

    Parts number(int value) {
      number = Optional.of(value);
      return this;
    }

    Parts suffixes(String... values) {
      suffixes = ImmutableList.copyOf(values);
      return this;
    }
  }

  private static Parts ilo(int session) {
    return new Parts(SymbolFamily.ILO_GOVERNING_BODY, "GB").session(session);
  }

  private static Arguments row(String text, Parts parts) {
    return Arguments.of(text, parts);
  }

  static Stream<Arguments> symbolsSeenInRealPapers() {
    SymbolFamily un = SymbolFamily.UNITED_NATIONS;
    SymbolFamily who = SymbolFamily.WHO;
    return Stream.of(
        row("GB.325/INS/15/1", ilo(325).section("INS").item(15).subItem(1)),
        row("GB.325/INS/5/1", ilo(325).section("INS").item(5).subItem(1)),
        row("GB.323/INS/INF/2", ilo(323).section("INS").series("INF").item(2)),
        row("GB.320/PFA/13", ilo(320).section("PFA").item(13)),
        row("GB.325/INS/2(Add.1)", ilo(325).section("INS").item(2).suffixes("Add.1")),
        row("GB.326/INS/12(Add.)", ilo(326).section("INS").item(12).suffixes("Add.")),
        row("GB.341/INS/3/1(Rev.1)", ilo(341).section("INS").item(3).subItem(1).suffixes("Rev.1")),
        row("GB.304/PFA/2(Rev.)", ilo(304).section("PFA").item(2).suffixes("Rev.")),
        row("GB.338/PFA/INF/7", ilo(338).section("PFA").series("INF").item(7)),
        row("GB.325/PV", ilo(325).section("PV")),
        row("GB.331/PV", ilo(331).section("PV")),
        row("GB.323/WP/GBC/2", ilo(323).section("WP/GBC").item(2)),
        row("GB.300/PFA/BS/1", ilo(300).section("PFA/BS").item(1)),
        row("GB.316/LILS/3/1", ilo(316).section("LILS").item(3).subItem(1)),
        row("GB.317/HL/1", ilo(317).section("HL").item(1)),
        row("GB.326/INS/12(Add.)(Rev.)", ilo(326).section("INS").item(12).suffixes("Add.", "Rev.")),
        row(
            "GB.310/INS/INF/1(Corr.2)",
            ilo(310).section("INS").series("INF").item(1).suffixes("Corr.2")),
        row("GB.310/9/1", ilo(310).item(9).subItem(1)),
        row("GB.303/9/2", ilo(303).item(9).subItem(2)),
        row("GB.298/4", ilo(298).item(4)),
        row("A/70/1", new Parts(un, "A").session(70).number(1)),
        row("A/RES/70/1", new Parts(un, "A").series("RES").session(70).number(1)),
        row("E/2016/9", new Parts(un, "E").year(2016).number(9)),
        row("A/70/1/Add.1", new Parts(un, "A").session(70).number(1).suffixes("Add.1")),
        row(
            "S/2016/1/Rev.1/Corr.2",
            new Parts(un, "S").year(2016).number(1).suffixes("Rev.1", "Corr.2")),
        row("EB138/5", new Parts(who, "EB").session(138).number(5)),
        row("A69/4", new Parts(who, "WHA").session(69).number(4)),
        row("WHA69.1", new Parts(who, "WHA").session(69).number(1)),
        row("EB138.R1", new Parts(who, "EB").session(138).series("R").number(1)),
        row("A69/INF./2", new Parts(who, "WHA").session(69).series("INF").number(2)),
        row("EB138/5 Add.1", new Parts(who, "EB").session(138).number(5).suffixes("Add.1")),
        row(
            "EB 2018/125/R.2",
            new Parts(SymbolFamily.IFAD, "EB").year(2018).session(125).series("R").number(2)),
        row(
            "EB 2018/125/R.2/Rev.1",
            new Parts(SymbolFamily.IFAD, "EB")
                .year(2018)
                .session(125)
                .series("R")
                .number(2)
                .suffixes("Rev.1")),
        row("GC 41/L.5", new Parts(SymbolFamily.IFAD, "GC").session(41).series("L").number(5)),
        row("C 2013/26", new Parts(SymbolFamily.FAO, "C").year(2013).number(26)),
        row("CL 148/3", new Parts(SymbolFamily.FAO, "CL").session(148).number(3)),
        row("C 2013/INF/1", new Parts(SymbolFamily.FAO, "C").year(2013).series("INF").number(1)),
        row(
            "CL 148/3 Rev.1",
            new Parts(SymbolFamily.FAO, "CL").session(148).number(3).suffixes("Rev.1")),
        row("C 2013/26/ES", new Parts(SymbolFamily.FAO, "C").year(2013).number(26).suffixes("ES")),
        row(
            "C 2013/26/ES Rev.1",
            new Parts(SymbolFamily.FAO, "C").year(2013).number(26).suffixes("ES", "Rev.1")),
        row(
            "JIU/REP/2006/7",
            new Parts(SymbolFamily.JIU, "JIU").series("REP").year(2006).number(7)),
        row(
            "JIU/ML/2016/22",
            new Parts(SymbolFamily.JIU, "JIU").series("ML").year(2016).number(22)),
        row("DP/2017/39", new Parts(SymbolFamily.UNDP_UNFPA_UNOPS, "DP").year(2017).number(39)),
        row(
            "DP/FPA/OPS/2017/1",
            new Parts(SymbolFamily.UNDP_UNFPA_UNOPS, "DP").series("FPA/OPS").year(2017).number(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symbolsSeenInRealPapers")
  void parsesEverySymbolSeenInRealPapersIntoItsFamilyAndParts(String text, Parts expected) {
    DocumentSymbol parsed = DocumentSymbol.parse(text);

    assertThat(parsed.family()).isEqualTo(expected.family);
    assertThat(parsed.organ()).isEqualTo(expected.organ);
    assertThat(parsed.session()).isEqualTo(expected.session);
    assertThat(parsed.year()).isEqualTo(expected.year);
    assertThat(parsed.section()).isEqualTo(expected.section);
    assertThat(parsed.series()).isEqualTo(expected.series);
    assertThat(parsed.information()).isEqualTo(expected.series.equals(Optional.of("INF")));
    assertThat(parsed.item()).isEqualTo(expected.item);
    assertThat(parsed.subItem()).isEqualTo(expected.subItem);
    assertThat(parsed.number()).isEqualTo(expected.number);
    assertThat(parsed.suffixes()).isEqualTo(expected.suffixes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symbolsSeenInRealPapers")
  void printsEverySymbolSeenInRealPapersBackUnchanged(String text, Parts expected) {
    assertThat(DocumentSymbol.parse(text)).hasToString(text);
    assertThat(DocumentSymbol.parse(text).text()).isEqualTo(text);
    assertThat(DocumentSymbol.of(text)).isEqualTo(DocumentSymbol.parse(text));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "UNW/2019/3",
        "GB325/INS/15/1",
        "gb.325/ins/15/1",
        "GB.0325/INS/1",
        "GB.325/INF/1",
        "GB.325",
        "GB.325/INS/1/2/3",
        "GB.325/INS/15/1(Add.1",
        "GB.1234567890/INS/1",
        " GB.325/INS/15/1",
        "GB.325/INS/15/1 ",
        "A/70",
        "A /70/1",
        "A/70/1/Add",
        "E/2016/9(Rev.1)",
        "EB138/5/Add.1",
        "WHA69",
        "EB138.1",
        "EB 18/125/R.2",
        "GC 41/5",
        "C 2013/26/Rev.1",
        "C 2013/26/EX",
        "C 2013/26 Rev.1/ES",
        "JIU/REP/06/7",
        "JIU/LET/2016/1",
        "DP/UNW/2017/1",
        "文件 第325届",
        "\\"
      })
  void acceptsASymbolOfNoKnownFormAndKeepsItVerbatimWithoutParts(String text) {
    DocumentSymbol symbol = DocumentSymbol.parse(text);

    assertThat(symbol).hasToString(text);
    assertThat(symbol.family()).isEqualTo(SymbolFamily.UNRECOGNISED);
    assertThat(symbol.family().isRecognised()).isFalse();
    assertThat(symbol.organ()).isEmpty();
    assertThat(symbol.session()).isEmpty();
    assertThat(symbol.year()).isEmpty();
    assertThat(symbol.section()).isEmpty();
    assertThat(symbol.series()).isEmpty();
    assertThat(symbol.information()).isFalse();
    assertThat(symbol.item()).isEmpty();
    assertThat(symbol.subItem()).isEmpty();
    assertThat(symbol.number()).isEmpty();
    assertThat(symbol.suffixes()).isEmpty();
  }

  @Test
  void everyKnownFamilyIsRecognised() {
    for (SymbolFamily family : SymbolFamily.values()) {
      assertThat(family.isRecognised()).isEqualTo(family != SymbolFamily.UNRECOGNISED);
    }
  }

  @Test
  void readsTheLargestNumbersItAcceptsAndNoLonger() {
    DocumentSymbol largest = DocumentSymbol.parse("GB.999999999/INS/999999999/999999999");
    assertThat(largest.session()).contains(999_999_999);
    assertThat(largest.subItem()).contains(999_999_999);
    assertThat(DocumentSymbol.parse("GB.1000000000/INS/1").family())
        .isEqualTo(SymbolFamily.UNRECOGNISED);
  }

  @Test
  void aFourDigitNumberFrom1946IsAYearAndASmallerOneASession() {
    assertThat(DocumentSymbol.parse("E/1946/1").year()).contains(1946);
    assertThat(DocumentSymbol.parse("E/1945/1").session()).contains(1945);
    assertThat(DocumentSymbol.parse("E/1945/1").year()).isEmpty();
    assertThat(DocumentSymbol.parse("A/999/1").session()).contains(999);
    assertThat(DocumentSymbol.parse("C 1946/1").year()).contains(1946);
    assertThat(DocumentSymbol.parse("C 1945/1").session()).contains(1945);
    assertThat(DocumentSymbol.parse("A/10000/1").session()).contains(10000);
  }

  static Stream<Arguments> invisibleCharacters() {
    return Stream.of(
        Arguments.of("GB.325/INS/15/1\u001b", 15, "U+001B"),
        Arguments.of("GB.325\n/INS/15/1", 6, "U+000A"),
        Arguments.of("\u0000GB.325/PV", 0, "U+0000"),
        Arguments.of("A/70/1\u007f", 6, "U+007F"),
        Arguments.of("A/70/1\u0085", 6, "U+0085"),
        Arguments.of("GB.325/INS/\u200b15/1", 11, "U+200B"),
        Arguments.of("\u202eGB.325/PV", 0, "U+202E"),
        Arguments.of("\ufeffA/70/1", 0, "U+FEFF"),
        Arguments.of("A/70/1\u00ad", 6, "U+00AD"),
        Arguments.of("A/70/1\u2028", 6, "U+2028"),
        Arguments.of("A/70/1\u2029", 6, "U+2029"),
        Arguments.of("A/70/\ud800/1", 5, "U+D800"),
        Arguments.of("A/70/1\udc00", 6, "U+DC00"),
        Arguments.of("A/70/1\udb40\udc01", 6, "U+E0001"));
  }

  @ParameterizedTest(name = "{2} at {1}")
  @MethodSource("invisibleCharacters")
  void refusesAnInvisibleCharacterNamingTheFieldTheIndexAndItsCodePoint(
      String text, int index, String codePoint) {
    assertThatThrownBy(() -> DocumentSymbol.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getErrorIndex()).isEqualTo(index);
              assertThat(e.getMessage())
                  .startsWith("document symbol '")
                  .contains("has the invisible character " + codePoint + " at index " + index)
                  .contains("a symbol is printable text such as GB.325/INS/15/1");
              assertThat(SafeText.needsEscaping(e.getMessage())).isFalse();
            });
    assertThatThrownBy(() -> DocumentSymbol.of(text)).isInstanceOf(ValueParseException.class);
  }

  @Test
  void quotesTheRefusedSymbolAsSafeTextDoes() {
    assertThatThrownBy(() -> DocumentSymbol.parse("A\\70\u001b/1\u202e"))
        .hasMessageStartingWith(
            "document symbol 'A\\70\\u001b/1\\u202e' has the invisible"
                + " character U+001B at index 4;");
    assertThatThrownBy(() -> DocumentSymbol.parse("业\ud83d\ude00\u001b"))
        .hasMessageStartingWith("document symbol '业\ud83d\ude00\\u001b'")
        .hasMessageContaining("at index 3");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", " ", "   ", "\t", "\u00a0", "\u3000", " \u2003 "})
  void refusesABlankSymbol(String text) {
    assertThatThrownBy(() -> DocumentSymbol.parse(text))
        .isInstanceOfSatisfying(
            ValueParseException.class,
            e -> {
              assertThat(e.getErrorIndex()).isZero();
              assertThat(e.getParsedText()).isEqualTo(text);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "document symbol must not be blank; expected a symbol such as"
                          + " GB.325/INS/15/1 or A/RES/70/1");
            });
  }

  @Test
  void refusesNoPrintableText() {
    for (String text : new String[] {"A", "-", "业", "\ud83d\ude00", "GB.325/INS/15/1 (draft)"}) {
      assertThat(DocumentSymbol.parse(text)).hasToString(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB.325/INS/15/1", "GB.331/PV", "A/RES/70/1", "UNW/2019/3"})
  void equalSymbolsHaveEqualHashCodes(String text) {
    assertThat(DocumentSymbol.parse(text)).isEqualTo(DocumentSymbol.parse(text));
    assertThat(DocumentSymbol.parse(text).hashCode())
        .isEqualTo(DocumentSymbol.parse(text).hashCode());
  }

  @Test
  void symbolsThatDifferInTheirTextAreDifferent() {
    assertThat(DocumentSymbol.parse("GB.325/INS/15/1"))
        .isNotEqualTo(DocumentSymbol.parse("GB.325/INS/15/1(Rev.1)"))
        .isNotEqualTo(DocumentSymbol.parse("GB.325/INS/15/2"));
  }

  static Stream<Arguments> sessionComparisons() {
    return Stream.of(
        // later, earlier, comparable
        Arguments.of("GB.326/INS/1", "GB.325/INS/15/1", true, true),
        Arguments.of("GB.325/POL/7", "GB.325/INS/15/1", true, false),
        Arguments.of("GB.310/9/1", "GB.325/INS/15/1", true, false),
        Arguments.of("GB.325/INS/15/1", "GB.310/9/1", true, true),
        Arguments.of("A/RES/71/1", "A/70/1", true, true),
        Arguments.of("EB139/5", "EB138/5", true, true),
        Arguments.of("WHA70.1", "A69/4", true, true),
        Arguments.of("A70/4", "EB138/5", false, false),
        Arguments.of("EB 2019/126/R.2", "EB 2018/125/R.2", true, true),
        Arguments.of("EB 2019/126/R.2", "GC 41/L.5", false, false),
        Arguments.of("CL 149/3", "CL 148/3", true, true),
        Arguments.of("CL 149/3", "C 2013/26", false, false),
        Arguments.of("E/2017/9", "E/2016/9", false, false),
        Arguments.of("C 50/1", "C 2013/26", false, false),
        Arguments.of("A/RES/71/1", "E/2016/9", false, false),
        Arguments.of("JIU/REP/2007/1", "JIU/REP/2006/7", false, false),
        Arguments.of("DP/2018/1", "DP/2017/39", false, false),
        Arguments.of("GB.400/INS/1", "A/70/1", false, false),
        Arguments.of("EB500/1", "EB 2018/125/R.2", false, false),
        Arguments.of("UNW/2020/1", "UNW/2019/1", false, false),
        Arguments.of("GB.400/INS/1", "UNW/2019/1", false, false));
  }

  @ParameterizedTest(name = "{0} after {1}")
  @MethodSource("sessionComparisons")
  void comparesSessionsOnlyWithinOneFamilyAndOrgan(
      String first, String second, boolean comparable, boolean later) {
    DocumentSymbol a = DocumentSymbol.parse(first);
    DocumentSymbol b = DocumentSymbol.parse(second);

    assertThat(a.hasSessionComparableWith(b)).isEqualTo(comparable);
    assertThat(b.hasSessionComparableWith(a)).isEqualTo(comparable);
    assertThat(a.isOfLaterSessionThan(b)).isEqualTo(later);
    if (later || !comparable) {
      assertThat(b.isOfLaterSessionThan(a)).isFalse();
    }
  }

  @Test
  void aSymbolIsNotOfALaterSessionThanItself() {
    DocumentSymbol seed = DocumentSymbol.parse("GB.325/INS/15/1");
    assertThat(seed.hasSessionComparableWith(seed)).isTrue();
    assertThat(seed.isOfLaterSessionThan(seed)).isFalse();
  }
}
