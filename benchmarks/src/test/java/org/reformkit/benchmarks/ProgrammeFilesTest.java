package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.benchmarks.data.ProgrammeFiles;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.json.ReformJson;

class ProgrammeFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheGeneratedReportOfASizeAsItReadsBack() throws Exception {
    Path file = dir.resolve("agency.json");

    ProgrammeFiles.main(new String[] {"agency", file.toString()});

    assertThat(ReformJson.readReport(file))
        .isEqualTo(
            ProgrammeGenerator.report(ProgrammeSize.AGENCY, ProgrammeGenerator.DEFAULT_SEED));
  }

  @Test
  void needsASizeAndAFile() {
    assertThatThrownBy(() -> ProgrammeFiles.main(new String[] {"agency"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("usage: ProgrammeFiles seed|agency|system FILE");
  }
}
