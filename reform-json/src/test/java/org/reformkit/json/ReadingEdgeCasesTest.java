package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.ProgressReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inputs at the edges: failing sources, byte-order marks, limits, odd values and long values in
 * messages.
 */
class ReadingEdgeCasesTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static ObjectNode seedTree() throws IOException {
    return (ObjectNode)
        TREES.readTree(
            new String(
                GoldenFileTest.resource("/golden/seed-2015-11.json"), StandardCharsets.UTF_8));
  }

  private static void fails(
      ThrowingCallable read, String pointer, int line, int column, String problem) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo(pointer);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }

  private static void failsAt(ObjectNode tree, String pointer, String problem) {
    String json = TREES.writeValueAsString(tree);
    assertThatThrownBy(() -> ReformJson.reader().read(json))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo(pointer);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }

  @Test
  void aReaderThatFailsIsReportedWithItsMessage() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("connection reset");
          }

          @Override
          public void close() {}
        };
    fails(
        () -> ReformJson.reader().read(failing),
        "",
        0,
        0,
        "could not read the input: connection reset");
  }

  @Test
  void aStreamThatFailsIsReportedWithItsMessage() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    fails(
        () -> ReformJson.reader().forProgramme().read(failing),
        "",
        0,
        0,
        "could not read the input: connection reset");
  }

  @Test
  void aDirectoryInPlaceOfAFileIsReportedAsUnreadable(@TempDir Path dir) {
    assertThatThrownBy(() -> ReformJson.reader().read(dir))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> {
              assertThat(e.pointer()).isEmpty();
              assertThat(e.problem()).startsWith("could not read " + dir + ": ");
            });
  }

  @Test
  void aReaderGivingMoreThanSixteenMebicharactersIsRefusedWithoutReadingItAll() {
    long[] given = {0};
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, ' ');
            given[0] += length;
            return length;
          }

          @Override
          public void close() {}
        };
    fails(
        () -> ReformJson.reader().read(endless),
        "",
        0,
        0,
        "the document is larger than the limit of 16777216 characters (16 MiB)");
    assertThat(given[0]).isLessThanOrEqualTo(16L * 1024 * 1024 + 8192);
  }

  @Test
  void aLittleEndianUtf16ByteOrderMarkIsRefused() {
    byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_16LE);
    fails(
        () -> ReformJson.reader().read(new ByteArrayInputStream(bytes)),
        "",
        1,
        1,
        "the document starts with a UTF-16 byte-order mark; JSON must be UTF-8");
  }

  @Test
  void aBigEndianUtf16ByteOrderMarkIsRefused() {
    byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_16BE);
    fails(
        () -> ReformJson.reader().read(new ByteArrayInputStream(bytes)),
        "",
        1,
        1,
        "the document starts with a UTF-16 byte-order mark; JSON must be UTF-8");
  }

  @Test
  void bytesThatOnlyBeginLikeAByteOrderMarkAreReadAsUtf8() {
    // U+FEFF's first byte, then U+FFBF's two; U+FFFE's bytes swapped; one byte alone
    for (String text : new String[] {"\uFBBF", "\uFFBF", "\u00FE", "\u00FF", "{"}) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> ReformJson.reader().read(new ByteArrayInputStream(bytes)))
          .as(text)
          .isInstanceOfSatisfying(
              ReformJsonException.class,
              e -> assertThat(e.problem()).doesNotContain("byte-order mark"));
    }
    byte[] almostUtf8Bom = {(byte) 0xEF, (byte) 0xBB};
    assertThatThrownBy(() -> ReformJson.reader().read(new ByteArrayInputStream(almostUtf8Bom)))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> assertThat(e.problem()).startsWith("the input is not valid UTF-8"));
    byte[] almostUtf16Bom = {(byte) 0xFE, (byte) 0xFE, '{', '}'};
    byte[] almostUtf16LeBom = {(byte) 0xFF, (byte) 0xFF, '{', '}'};
    for (byte[] bytes : new byte[][] {almostUtf16Bom, almostUtf16LeBom}) {
      assertThatThrownBy(() -> ReformJson.reader().read(new ByteArrayInputStream(bytes)))
          .isInstanceOfSatisfying(
              ReformJsonException.class,
              e ->
                  assertThat(e.problem())
                      .isEqualTo(
                          "the input is not valid UTF-8: byte 0x"
                              + String.format("%02X", bytes[0] & 0xFF)
                              + " at offset 0; save the document as UTF-8"));
    }
  }

  @Test
  void aPropertyNameLongerThanTheLimitIsRefusedAtTheName() throws IOException {
    ObjectNode tree = seedTree();
    tree.put("n".repeat(1001), 1);
    String json = TREES.writeValueAsString(tree);
    assertThatThrownBy(() -> ReformJson.reader().read(json))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(
                        "a property name is longer than 1000 characters, the reader's limit"));
  }

  @Test
  void aLongWrongValueIsShortenedInTheMessage() throws IOException {
    ObjectNode tree = seedTree();
    String digits = "1234567890".repeat(7);
    ((ObjectNode) tree.at("/programme/indicators/0/measurements/0/value"))
        .put("number", new java.math.BigDecimal(digits + ".5"));
    failsAt(
        tree,
        "/programme/indicators/0/measurements/0/value/number",
        "a count must be a whole number, got " + digits.substring(0, 57) + "...");
  }

  @Test
  void aValueOfExactlySixtyCharactersIsQuotedWhole() throws IOException {
    ObjectNode tree = seedTree();
    String digits = "1234567890".repeat(6);
    ((ObjectNode) tree.at("/programme/indicators/0/measurements/0/value"))
        .put("number", new java.math.BigDecimal("-" + digits.substring(1)));
    failsAt(
        tree,
        "/programme/indicators/0/measurements/0/value/number",
        "a count must not be negative, got -" + digits.substring(1));
  }

  @Test
  void dimensionsMustBeAnObjectOfNonBlankNamesAndValues() throws IOException {
    String at = "/programme/indicators/0/measurements/0";
    ObjectNode notObject = seedTree();
    ((ObjectNode) notObject.at(at)).putArray("dimensions").add("Africa");
    failsAt(
        notObject,
        at + "/dimensions",
        "expected an object of dimension names and values such as {\"region\": \"Africa\"}, got an array");
    ObjectNode blankName = seedTree();
    ((ObjectNode) blankName.at(at)).putObject("dimensions").put(" ", "Africa");
    failsAt(blankName, at + "/dimensions/ ", "a dimension name must not be blank");
    ObjectNode blankValue = seedTree();
    ((ObjectNode) blankValue.at(at)).putObject("dimensions").put("region", " ");
    failsAt(blankValue, at + "/dimensions/region", "a dimension value must not be blank");
    ObjectNode good = seedTree();
    ((ObjectNode) good.at(at)).putObject("dimensions").put("region", "Africa").put("sex", "F");
    ProgressReport read = ReformJson.reader().read(TREES.writeValueAsString(good));
    assertThat(read.programme().indicators().get(0).measurements().get(0).dimensions())
        .containsExactly(java.util.Map.entry("region", "Africa"), java.util.Map.entry("sex", "F"));
  }

  @Test
  void aNumberBelowTheSmallestIntegerIsOutOfRange() throws IOException {
    ObjectNode tree = seedTree();
    tree.withArray("/programme/indicators/0/measurements/0/paragraphs")
        .set(0, TREES.getNodeFactory().numberNode(-2147483649L));
    failsAt(
        tree,
        "/programme/indicators/0/measurements/0/paragraphs/0",
        "the number -2147483649 is out of range; expected a whole number between -2147483648 and 2147483647");
    ObjectNode smallest = seedTree();
    smallest
        .withArray("/programme/indicators/0/measurements/0/paragraphs")
        .set(0, TREES.getNodeFactory().numberNode(-2147483648L));
    failsAt(
        smallest,
        "/programme/indicators/0/measurements/0/paragraphs/0",
        "a paragraph number must be positive, got -2147483648");
  }

  @Test
  void textsWithPairedAndLoneSurrogatesTogetherSurviveWriting() throws IOException {
    String mixed = "pair \ud83d\ude00 lone \ud800 end \udfff\ud800";
    ProgressReport report =
        GoldenFileTest.seed().withReconstructionNote(LocalizedText.of("en", mixed));
    String json = ReformJson.writer().withLayout(Layout.COMPACT).write(report);
    assertThat(json).contains("pair \ud83d\ude00 lone \\ud800 end \\udfff\\ud800");
    assertThat(ReformJson.reader().read(json)).isEqualTo(report);
  }

  @Test
  void aDocumentOfExactlySixteenMebicharactersIsNotTooLarge() {
    String spaces = " ".repeat(16 * 1024 * 1024);
    String empty = "the document is empty; expected a JSON object";
    fails(() -> ReformJson.reader().read(spaces), "", 1, 1, empty);
    fails(() -> ReformJson.reader().read(new java.io.StringReader(spaces)), "", 1, 1, empty);
    fails(
        () ->
            ReformJson.reader()
                .read(new ByteArrayInputStream(spaces.getBytes(StandardCharsets.US_ASCII))),
        "",
        1,
        1,
        empty);
    String oneMore = spaces + " ";
    String tooLarge = "the document is larger than the limit of 16777216 ";
    assertThatThrownBy(() -> ReformJson.reader().read(oneMore))
        .isInstanceOfSatisfying(
            ReformJsonException.class, e -> assertThat(e.problem()).startsWith(tooLarge));
    assertThatThrownBy(
            () ->
                ReformJson.reader()
                    .read(new ByteArrayInputStream(oneMore.getBytes(StandardCharsets.US_ASCII))))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e -> assertThat(e.problem()).isEqualTo(tooLarge + "bytes (16 MiB)"));
  }

  @Test
  void aByteOrderMarkAloneIsRecognised() {
    fails(
        () ->
            ReformJson.reader()
                .read(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})),
        "",
        1,
        1,
        "the document starts with a UTF-8 byte-order mark; save it as UTF-8 without one");
    fails(
        () ->
            ReformJson.reader()
                .read(new ByteArrayInputStream(new byte[] {(byte) 0xFE, (byte) 0xFF})),
        "",
        1,
        1,
        "the document starts with a UTF-16 byte-order mark; JSON must be UTF-8");
  }

  @Test
  void aCountOfZeroIsAccepted() throws IOException {
    ObjectNode tree = seedTree();
    ((ObjectNode) tree.at("/programme/indicators/0/measurements/0/value")).put("number", 0);
    ProgressReport read = ReformJson.reader().read(TREES.writeValueAsString(tree));
    assertThat(ReformJson.writer().withLayout(Layout.COMPACT).write(read))
        .contains("{\"kind\":\"count\",\"number\":0}");
  }

  @Test
  void aLoneSurrogateAloneIsWrittenAsAnEscape() throws IOException {
    ProgressReport report =
        GoldenFileTest.seed().withReconstructionNote(LocalizedText.of("en", "\ud800"));
    String json = ReformJson.writer().withLayout(Layout.COMPACT).write(report);
    assertThat(json).contains("\"reconstructionNote\":{\"en\":\"\\ud800\"}");
    assertThat(ReformJson.reader().read(json)).isEqualTo(report);
  }

  @Test
  void anUnknownIdentifierIsKeptAsAPropertyNotAsTheObjectsIdentifier() throws IOException {
    ObjectNode tree = seedTree();
    tree.put("schemaVersion", "1.1");
    tree.put("id", 5);
    Extended<ProgressReport> read =
        ReformJson.reader().keepingUnknown().read(TREES.writeValueAsString(tree));
    assertThat(read.anchors().get("").id()).isEmpty();
    assertThat(read.unknownProperties().get("").get("id").asInt()).isEqualTo(5);
  }

  @Test
  void unknownWholeNumbersKeepTheirSizeAndValue() throws IOException {
    ObjectNode tree = seedTree();
    tree.put("schemaVersion", "1.1");
    ObjectNode numbers = tree.putObject("numbers");
    numbers.put("int", 2147483647L);
    numbers.put("intPlusOne", 2147483648L);
    numbers.put("long", Long.MAX_VALUE);
    numbers.put("longPlusOne", new java.math.BigInteger("9223372036854775808"));
    numbers.put("negativeInt", -2147483648L);
    numbers.put("negativeLong", Long.MIN_VALUE);
    String json = TREES.writeValueAsString(tree);
    Extended<ProgressReport> read = ReformJson.reader().keepingUnknown().read(json);
    tools.jackson.databind.JsonNode kept = read.unknownProperties().get("").get("numbers");
    assertThat(kept.get("int").isInt()).isTrue();
    assertThat(kept.get("intPlusOne").isLong()).isTrue();
    assertThat(kept.get("long").isLong()).isTrue();
    assertThat(kept.get("longPlusOne").isBigInteger()).isTrue();
    assertThat(kept.get("negativeInt").isInt()).isTrue();
    assertThat(kept.get("negativeLong").isLong()).isTrue();
    assertThat(kept).hasToString(numbers.toString());
    assertThat(ReformJson.writer().keepingUnknown().withLayout(Layout.COMPACT).write(read))
        .isEqualTo(json);
  }

  @Test
  void aSourceThatOnceGivesNothingIsReadOnToTheEnd() throws IOException {
    String json = ReformJson.writer().withLayout(Layout.COMPACT).write(GoldenFileTest.seed());
    Reader stuttering =
        new Reader() {
          private int at;
          private boolean stuttered;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (at == json.length()) {
              return -1;
            }
            if (at > 0 && !stuttered) {
              stuttered = true;
              return 0;
            }
            int n = Math.min(Math.min(length, 100), json.length() - at);
            json.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
          }

          @Override
          public void close() {}
        };
    assertThat(ReformJson.reader().read(stuttering)).isEqualTo(GoldenFileTest.seed());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    InputStream stutteringBytes =
        new InputStream() {
          private int at;
          private boolean stuttered;

          @Override
          public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            if (at == bytes.length) {
              return -1;
            }
            if (at > 0 && !stuttered) {
              stuttered = true;
              return 0;
            }
            int n = Math.min(Math.min(length, 100), bytes.length - at);
            System.arraycopy(bytes, at, buffer, offset, n);
            at += n;
            return n;
          }
        };
    assertThat(ReformJson.reader().read(stutteringBytes)).isEqualTo(GoldenFileTest.seed());
  }
}
