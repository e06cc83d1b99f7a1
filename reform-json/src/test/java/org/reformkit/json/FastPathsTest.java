package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.ReformProgramme;

/**
 * The shortcuts taken for speed give what the plain paths gave: UTF-8 written straight to a stream,
 * the fast UTF-8 decoder, and language tags checked once per document.
 */
class FastPathsTest {
  private static String programmeJson() throws IOException {
    return ReformJson.writer()
        .forProgramme()
        .withLayout(Layout.COMPACT)
        .write(GoldenFileTest.seed().programme());
  }

  /**
   * The seed's programme with dimensions whose names hold lone surrogates. Built in Java: since
   * Jackson 3.3 the parser refuses a property name with a lone surrogate escape (see {@link
   * #aPropertyNameWithALoneSurrogateEscapeIsRefusedWithItsPlace}).
   */
  private static ReformProgramme withOddDimensions() throws IOException {
    ReformProgramme programme = GoldenFileTest.seed().programme();
    Indicator indicator = programme.indicators().get(0);
    Measurement measurement =
        indicator
            .measurements()
            .get(0)
            .withDimensions(
                ImmutableMap.<String, String>builder()
                    .put("a\uD800b", "x\uDC00")
                    .put("\uDC00", "y")
                    .put("ok\uD83D\uDE00", "z")
                    .put("end\uD800", "w")
                    .put("plain", "v")
                    .put("\uD83D\uDE00\uDC00\uD83D\uDE00", "u")
                    .buildOrThrow());
    Indicator odd =
        indicator.withMeasurements(
            ImmutableList.<Measurement>builder()
                .add(measurement)
                .addAll(indicator.measurements().subList(1, indicator.measurements().size()))
                .build());
    return programme.withIndicators(
        ImmutableList.<Indicator>builder()
            .add(odd)
            .addAll(programme.indicators().subList(1, programme.indicators().size()))
            .build());
  }

  private static byte[] throughAWriter(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(text);
    }
    return bytes.toByteArray();
  }

  @Test
  void aStreamGetsWhatAnOutputStreamWriterMadeOfTheText() throws IOException {
    ReformProgramme programme = withOddDimensions();
    assertThat(programme.indicators().get(0).measurements().get(0).dimensions())
        .containsKeys(
            "a\uD800b",
            "\uDC00",
            "ok\uD83D\uDE00",
            "end\uD800",
            "plain",
            "\uD83D\uDE00\uDC00\uD83D\uDE00");
    for (Layout layout : Layout.values()) {
      String text = ReformJson.writer().forProgramme().withLayout(layout).write(programme);
      assertThat(text).contains("a\uD800b").contains("end\uD800").contains("ok\uD83D\uDE00");
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      ReformJson.writer().forProgramme().withLayout(layout).write(programme, stream);
      assertThat(stream.toByteArray()).isEqualTo(throughAWriter(text));
      assertThat(stream.toString(StandardCharsets.UTF_8))
          .contains("\"a?b\"")
          .contains("\"?\"")
          .contains("\"end?\"")
          .contains("\"ok\uD83D\uDE00\"")
          .contains("\"\uD83D\uDE00?\uD83D\uDE00\"")
          .contains("\"x\\udc00\"");
    }
  }

  @Test
  void aPropertyNameWithALoneSurrogateEscapeIsRefusedWithItsPlace() throws IOException {
    String json = programmeJson();
    String extended = "{\"extra\":{\"k\\uD800\":\"v\\uDC00\"}," + json.substring(1);
    assertThatThrownBy(() -> ReformJson.reader().forProgramme().keepingUnknown().read(extended))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageStartingWith("/extra: a string holds half of a surrogate pair")
        .hasMessageContaining("surrogate")
        .hasMessageEndingWith("(line 1, column 19)");
  }

  @Test
  void keptValuesWithLoneSurrogatesAreWrittenToAStreamAsBefore() throws IOException {
    String json = programmeJson();
    String extended = "{\"extra\":{\"k\":\"v\\uDC00\"}," + json.substring(1);
    Extended<ReformProgramme> kept =
        ReformJson.reader().forProgramme().keepingUnknown().read(extended);
    for (Layout layout : Layout.values()) {
      String text =
          ReformJson.writer().forProgramme().keepingUnknown().withLayout(layout).write(kept);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      ReformJson.writer().forProgramme().keepingUnknown().withLayout(layout).write(kept, stream);
      assertThat(stream.toByteArray()).isEqualTo(throughAWriter(text));
      assertThat(stream.toString(StandardCharsets.UTF_8)).contains("\"v?\"");
    }
  }

  @Test
  void aDocumentHoldingTheReplacementCharacterReadsTheSameFromBytes() throws IOException {
    String json = programmeJson().replace("\"en\":\"", "\"en\":\"\uFFFD ");
    assertThat(json).contains("\uFFFD");
    ReformProgramme fromText = ReformJson.reader().forProgramme().read(json);
    ReformProgramme fromBytes =
        ReformJson.reader()
            .forProgramme()
            .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromBytes).isEqualTo(fromText);
    assertThat(fromBytes.name().texts().get("en")).startsWith("\uFFFD ");
  }

  @Test
  void badUtf8AfterTheReplacementCharacterIsStillFound() throws IOException {
    byte[] good = "{\"a\": \"\uFFFD\", \"b\": \"".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 3];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3;
    bad[good.length + 1] = (byte) 0x28;
    bad[good.length + 2] = (byte) '"';
    assertThatThrownBy(() -> ReformJson.reader().forProgramme().read(new ByteArrayInputStream(bad)))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageContaining("the input is not valid UTF-8: byte 0xC3 at offset " + good.length);
  }

  @Test
  void aBlankTextInALanguageSeenBeforeIsStillRefusedWhereItIs() throws IOException {
    String json = programmeJson();
    String english = "\"en\":\"";
    int first = json.indexOf(english);
    int second = json.indexOf(english, first + 1);
    assertThat(first).isPositive();
    assertThat(second).isGreaterThan(first);
    int valueStart = second + english.length();
    String blank =
        json.substring(0, valueStart) + " " + json.substring(json.indexOf('"', valueStart));

    ReformJsonException refused = refusal(blank);
    assertThat(refused.pointer()).endsWith("/en");
    assertThat(refused.getMessage()).contains("must not be blank");
    assertThat(refused.column()).isEqualTo(valueStart);
  }

  private static ReformJsonException refusal(String json) {
    try {
      ReformJson.reader().forProgramme().read(json);
    } catch (ReformJsonException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }
}
