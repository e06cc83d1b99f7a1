package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.text.SafeText;

/**
 * Coverage-guided fuzzing of the reader (Jazzer). Under {@code mvn verify} each test runs the
 * committed inputs under {@code src/test/resources/org/reformkit/json/ReadFuzzTestInputs/} only;
 * {@code JAZZER_FUZZ=1} makes it search for new ones (see docs/FUZZING.md). Whatever the bytes,
 * only a {@link ReformJsonException} that says where and is safe to print may escape, and whatever
 * is read writes back and reads again equal.
 */
class ReadFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void report(byte[] input) {
    ProgressReport report;
    try {
      report = ReformJson.reader().read(input);
    } catch (ReformJsonException e) {
      assertRefusalSaysWhereSafely(e);
      return;
    }
    assertThat(ReformJson.reader().read(ReformJson.writer().write(report))).isEqualTo(report);
  }

  @FuzzTest(maxDuration = "10m")
  void reportKeepingUnknown(byte[] input) {
    Extended<ProgressReport> report;
    try {
      report = ReformJson.reader().keepingUnknown().read(input);
    } catch (ReformJsonException e) {
      assertRefusalSaysWhereSafely(e);
      return;
    }
    assertThat(
            ReformJson.reader()
                .keepingUnknown()
                .read(ReformJson.writer().keepingUnknown().write(report)))
        .isEqualTo(report);
  }

  @FuzzTest(maxDuration = "10m")
  void programme(byte[] input) {
    ReformProgramme programme;
    try {
      programme = ReformJson.reader().forProgramme().read(input);
    } catch (ReformJsonException e) {
      assertRefusalSaysWhereSafely(e);
      return;
    }
    assertThat(
            ReformJson.reader()
                .forProgramme()
                .read(ReformJson.writer().forProgramme().write(programme)))
        .isEqualTo(programme);
  }

  private static void assertRefusalSaysWhereSafely(ReformJsonException e) {
    assertThat(e.pointer()).matches("(/[^/]*)*");
    assertThat(e.problem()).isNotBlank();
    assertThat(SafeText.needsEscaping(e.getMessage())).isFalse();
  }
}
