package org.reformkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reader must never receive raw is shown as an escape; everything else is kept. */
class SafeTextTest {
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-f]{4})");

  /** Every character the issue names as never to reach a terminal raw, and the others escaped. */
  private static boolean forbidden(char c) {
    return c <= 0x1f
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Undoes the escapes (for text that held no backslash to begin with). */
  private static String unescape(String text) {
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "");
      out.append((char) Integer.parseInt(m.group(1), 16));
    }
    m.appendTail(out);
    return out.toString();
  }

  static Stream<Arguments> unsafeTexts() {
    return Stream.of(
        Arguments.of("\u001b[2J\u001b[31mOWNED", "\\u001b[2J\\u001b[31mOWNED"),
        Arguments.of("\u001b]0;title\u0007", "\\u001b]0;title\\u0007"),
        Arguments.of("a\u202eb", "a\\u202eb"),
        Arguments.of("line\nforged", "line\\u000aforged"),
        Arguments.of("tab\there", "tab\\u0009here"),
        Arguments.of("nul\u0000", "nul\\u0000"),
        Arguments.of("del\u007f c1\u0085\u009b", "del\\u007f c1\\u0085\\u009b"),
        Arguments.of(
            "\u200e\u200f\u202a\u202b\u202c\u202d", "\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d"),
        Arguments.of("\u2066\u2067\u2068\u2069\u061c", "\\u2066\\u2067\\u2068\\u2069\\u061c"),
        Arguments.of(
            "\u200b\u2060\u2064\ufeff\u2028\u2029", "\\u200b\\u2060\\u2064\\ufeff\\u2028\\u2029"));
  }

  @ParameterizedTest
  @MethodSource("unsafeTexts")
  void controlAndBidirectionalCharactersAreShownAsEscapes(String raw, String shown) {
    assertThat(SafeText.escape(raw)).isEqualTo(shown);
    assertThat(SafeText.quote(raw)).isEqualTo("'" + shown + "'");
    assertThat(SafeText.needsEscaping(raw)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "GB.325/INS/15/1",
        "内部改革议程",
        "C:\\reports\\u001b",
        "émigré ß ñ",
        "\ud83d\ude00 and \ud83d\udc68\u200d\ud83d\udc69",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        "soft\u00adhyphen",
        "\u2065\u206a\u202f\u2063x"
      })
  void safeTextIsKeptAsItIs(String text) {
    boolean invisibleOperator = text.indexOf('\u2063') >= 0;
    if (invisibleOperator) {
      assertThat(SafeText.escape(text)).isEqualTo("\u2065\u206a\u202f\\u2063x");
      return;
    }
    assertThat(SafeText.escape(text)).isSameAs(text);
    assertThat(SafeText.needsEscaping(text)).isFalse();
    assertThat(SafeText.quote(text)).isEqualTo("'" + text + "'");
  }

  @Test
  void aLoneSurrogateIsEscapedAndAPairIsKept() {
    assertThat(SafeText.escape("a\ud800b")).isEqualTo("a\\ud800b");
    assertThat(SafeText.escape("\udc00")).isEqualTo("\\udc00");
    assertThat(SafeText.escape("end\ud83d")).isEqualTo("end\\ud83d");
    assertThat(SafeText.escape("\ud83d\ude00\udc00")).isEqualTo("\ud83d\ude00\\udc00");
    assertThat(SafeText.escape("\u001b\ud83d\ude00")).isEqualTo("\\u001b\ud83d\ude00");
  }

  @Test
  void noForbiddenCharacterSurvivesAndTheEscapesGiveTheTextBack() {
    qt().withFixedSeed(20261207L)
        .withExamples(2_000)
        .forAll(strings().betweenCodePoints(0, 0x2100).ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              String shown = SafeText.escape(text);
              assertThat(shown.chars().noneMatch(c -> forbidden((char) c))).as(shown).isTrue();
              assertThat(SafeText.needsEscaping(text)).isEqualTo(!shown.equals(text));
              if (text.indexOf('\\') < 0) {
                assertThat(unescape(shown)).isEqualTo(text);
              }
            });
  }

  @Test
  void everyCharacterIsJudgedAsTheJavadocSays() {
    for (int code = 0; code <= 0xffff; code++) {
      char c = (char) code;
      boolean expected =
          forbidden(c)
              || Character.isSurrogate(c)
              || code == 0x061c
              || code == 0x200b
              || code == 0x2028
              || code == 0x2029
              || code == 0xfeff
              || (code >= 0x2060 && code <= 0x2064);
      assertThat(SafeText.isUnsafe(c)).as("U+%04X", code).isEqualTo(expected);
    }
  }
}
