package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ProgressReport;

/**
 * What a reader reads and a writer writes are settings of immutable objects, copied by each call.
 */
class ReaderWriterObjectsTest {
  @Test
  void choosingWhatToReadKeepsTheLimitsAndGivesAStrictReader() throws IOException {
    ProgressReport seed = GoldenFileTest.seed();
    ReadLimits small = ReadLimits.defaults().withMaxDepth(40);
    ReformJsonReader<Extended<ProgressReport>> lenient =
        ReformJson.reader().withLimits(small).keepingUnknown();

    ReformJsonReader<ProgressReport> reports = lenient.forReport();

    assertThat(reports.keepsUnknown()).isFalse();
    assertThat(reports.limits()).isEqualTo(small);
    assertThat(reports.forProgramme().limits()).isEqualTo(small);
    assertThat(reports.forFindings().limits()).isEqualTo(small);
    assertThat(reports.read(ReformJson.writeReport(seed, Layout.COMPACT))).isEqualTo(seed);
    assertThat(lenient.limits()).isEqualTo(small);
    assertThat(ReformJson.reader().limits()).isEqualTo(ReadLimits.defaults());
    assertThatThrownBy(() -> reports.read("{\"schemaVersion\": \"1.0\", \"extra\": 1}"))
        .isInstanceOf(ReformJsonException.class)
        .hasMessageStartingWith("/extra: unknown property 'extra' in a progress report");
  }

  @Test
  void choosingWhatToWriteKeepsTheLayout() throws IOException {
    ProgressReport seed = GoldenFileTest.seed();
    ReformJsonWriter<ProgressReport> pretty =
        ReformJson.writer().withLayout(Layout.PRETTY).forFindings().forProgramme().forReport();

    assertThat(pretty.layout()).isEqualTo(Layout.PRETTY);
    assertThat(pretty.keepsUnknown()).isFalse();
    assertThat(pretty.write(seed)).isEqualTo(ReformJson.writeReport(seed, Layout.PRETTY));
    assertThat(pretty.keepingUnknown().forReport().keepsUnknown()).isFalse();
    assertThat(ReformJson.writer().layout()).isEqualTo(Layout.COMPACT);
  }

  @Test
  void theDefaultObjectsAreSharedAndACopyWithTheSameSettingIsTheSameObject() {
    assertThat(ReformJson.reader()).isSameAs(ReformJson.reader());
    assertThat(ReformJson.writer()).isSameAs(ReformJson.writer());
    assertThat(ReformJson.reader().withLimits(ReadLimits.defaults())).isSameAs(ReformJson.reader());
    assertThat(ReformJson.writer().withLayout(Layout.PRETTY).withLayout(Layout.PRETTY).layout())
        .isEqualTo(Layout.PRETTY);
  }
}
