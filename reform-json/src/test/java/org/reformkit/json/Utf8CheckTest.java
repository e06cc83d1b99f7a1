package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Bytes are parsed without decoding them first only when they are well-formed UTF-8; the check must
 * accept exactly what Java's strict decoder accepts, or a document would read differently from a
 * stream than from its text.
 */
class Utf8CheckTest {
  private static boolean decoderAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "'', true",
    "41, true",
    "4142434445464748494a, true",
    "c2a9, true",
    "c1bf, false",
    "c080, false",
    "80, false",
    "bf, false",
    "c2, false",
    "c241, false",
    "e4b8ad, true",
    "e4b8, false",
    "e080af, false",
    "e09fbf, false",
    "e0a080, true",
    "ed9fbf, true",
    "eda080, false",
    "edbfbf, false",
    "ee8080, true",
    "efbfbd, true",
    "e4c0ad, false",
    "e4b841, false",
    "f09f9880, true",
    "f08f8080, false",
    "f0908080, true",
    "f48fbfbf, true",
    "f4908080, false",
    "f5808080, false",
    "ff, false",
    "f09f98, false",
    "f09f9841, false",
    "f09f4180, false",
    "f0419880, false",
    "41424344454647c2a9, true",
    "4142434445464748, true",
    "41424344454647484142434445464748, true",
    "414243444546474841424344454647484142434445464748, true",
    "41424344454647484142434445464748c2, false",
    "4142434445464748414243444546474880, false",
    "4142434445464748c2, false",
    "41424344454647484950515253545556e4b8ad, true"
  })
  void acceptsExactlyWellFormedUtf8(String hex, boolean wellFormed) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    assertThat(Input.isWellFormedUtf8(bytes)).isEqualTo(wellFormed);
    assertThat(decoderAccepts(bytes)).isEqualTo(wellFormed);
  }

  /** Bytes drawn mostly from the edges of the UTF-8 ranges, where a check goes wrong. */
  private static Gen<byte[]> edgyBytes() {
    int[] pool = {
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
      0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF
    };
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, pool.length - 1))
        .ofSizeBetween(0, 24)
        .map(
            picks -> {
              byte[] bytes = new byte[picks.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[picks.get(i)];
              }
              return bytes;
            });
  }

  @Test
  void agreesWithJavasStrictDecoderOnRandomBytes() {
    TestSizes.qt()
        .withFixedSeed(8_2026L)
        .withExamples(TestSizes.examples(20_000))
        .forAll(edgyBytes())
        .checkAssert(
            bytes ->
                assertThat(Input.isWellFormedUtf8(bytes))
                    .as(HexFormat.of().formatHex(bytes))
                    .isEqualTo(decoderAccepts(bytes)));
  }

  @Test
  void agreesWithJavasStrictDecoderOnEveryCodePointEncoded() {
    for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x3000 ? 1 : 61) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      byte[] bytes = ("ab" + Character.toString(cp) + "cd").getBytes(StandardCharsets.UTF_8);
      assertThat(Input.isWellFormedUtf8(bytes)).as("U+%04X", cp).isTrue();
    }
  }
}
