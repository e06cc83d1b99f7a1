package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;

/**
 * A stream that says how much it holds is read in one piece; what it says is only a hint, so a
 * stream that says too little or too much is still read whole, and within the limit.
 */
class StreamLengthTest {
  /** A stream of the bytes that announces {@code announced} of them as available. */
  private static InputStream announcing(byte[] bytes, int announced) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int available() {
        return Math.min(announced, super.available() == 0 ? 0 : announced);
      }
    };
  }

  private static byte[] seed() throws IOException {
    return GoldenFileTest.resource("/golden/seed-2015-11.json");
  }

  @Test
  void aStreamThatAnnouncesItsLengthIsReadWhole() throws IOException {
    byte[] bytes = seed();
    assertThat(ReformJson.reader().read(announcing(bytes, bytes.length)))
        .isEqualTo(GoldenFileTest.seed());
  }

  @Test
  void aStreamThatAnnouncesLessThanItHoldsIsReadToItsEnd() throws IOException {
    byte[] bytes = seed();
    ProgressReport read = ReformJson.reader().read(announcing(bytes, 100));
    assertThat(read).isEqualTo(GoldenFileTest.seed());
  }

  @Test
  void aStreamThatAnnouncesMoreThanItHoldsIsReadAsItIs() throws IOException {
    byte[] bytes = seed();
    assertThat(ReformJson.reader().read(announcing(bytes, bytes.length + 500)))
        .isEqualTo(GoldenFileTest.seed());
  }

  @Test
  void aStreamThatAnnouncesLittleButHoldsTooMuchIsRefused() throws IOException {
    byte[] bytes = seed();
    ReformJsonReader reader =
        ReformJson.reader()
            .withLimits(ReadLimits.defaults().withMaxDocumentSize(bytes.length - 1L));
    assertThatThrownBy(() -> reader.read(announcing(bytes, 100)))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(
                        "the document is larger than the limit of "
                            + (bytes.length - 1)
                            + " bytes"));
    assertThatThrownBy(() -> reader.read(announcing(bytes, bytes.length)))
        .isInstanceOfSatisfying(
            ReformJsonException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(
                        "the document is larger than the limit of "
                            + (bytes.length - 1)
                            + " bytes"));
  }

  @Test
  void aStreamOfExactlyTheLimitIsRead() throws IOException {
    byte[] bytes = seed();
    ReformJsonReader reader =
        ReformJson.reader().withLimits(ReadLimits.defaults().withMaxDocumentSize(bytes.length));
    assertThat(reader.read(announcing(bytes, 100))).isEqualTo(GoldenFileTest.seed());
    assertThat(reader.read(announcing(bytes, bytes.length))).isEqualTo(GoldenFileTest.seed());
  }
}
