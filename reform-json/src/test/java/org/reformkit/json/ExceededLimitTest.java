package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ReformProgramme;

/**
 * A document over one of the reader's limits says which limit, so that a caller can name the
 * setting that raises it; every other problem names none.
 */
class ExceededLimitTest {
  private static String programmeJson() throws IOException {
    return ReformJson.writer().forProgramme().write(GoldenFileTest.seed().programme());
  }

  private static Optional<ReadLimits.Limit> limitOf(ThrowingCallable read) {
    ReformJsonException e = catchThrowableOfType(ReformJsonException.class, read);
    assertThat(e).as("the read fails").isNotNull();
    return e.exceededLimit();
  }

  private static ReformJsonReader<ReformProgramme> reader(ReadLimits limits) {
    return ReformJson.reader().forProgramme().withLimits(limits);
  }

  @Test
  void aDocumentOverTheSizeLimitNamesItFromTextAndFromBytes() throws IOException {
    String json = programmeJson();
    ReformJsonReader<ReformProgramme> tight =
        reader(ReadLimits.defaults().withMaxDocumentSize(100));
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(limitOf(() -> tight.read(json))).contains(ReadLimits.Limit.DOCUMENT_SIZE);
    assertThat(limitOf(() -> tight.read(bytes))).contains(ReadLimits.Limit.DOCUMENT_SIZE);
    assertThat(limitOf(() -> tight.read(new ByteArrayInputStream(bytes))))
        .contains(ReadLimits.Limit.DOCUMENT_SIZE);
  }

  @Test
  void eachOtherRaisableLimitIsNamed() throws IOException {
    String json = programmeJson();
    assertThat(limitOf(() -> reader(ReadLimits.defaults().withMaxTokens(100)).read(json)))
        .contains(ReadLimits.Limit.TOKENS);
    assertThat(limitOf(() -> reader(ReadLimits.defaults().withMaxDepth(2)).read(json)))
        .contains(ReadLimits.Limit.DEPTH);
    assertThat(limitOf(() -> reader(ReadLimits.defaults().withMaxStringLength(5)).read(json)))
        .contains(ReadLimits.Limit.STRING_LENGTH);
  }

  @Test
  void aFixedLimitOrAnyOtherProblemNamesNoLimit() throws IOException {
    String json = programmeJson();
    String longName = "{\"" + "n".repeat(Limits.MAX_NAME_LENGTH + 1) + "\":1," + json.substring(1);
    assertThat(limitOf(() -> ReformJson.reader().forProgramme().keepingUnknown().read(longName)))
        .isEmpty();
    assertThat(
            limitOf(
                () ->
                    ReformJson.reader().forProgramme().read(json.substring(0, json.length() - 1))))
        .isEmpty();
    assertThat(
            limitOf(
                () ->
                    ReformJson.reader()
                        .forProgramme()
                        .read(json.replace("\"in-progress\"", "\"done\""))))
        .isEmpty();
  }
}
