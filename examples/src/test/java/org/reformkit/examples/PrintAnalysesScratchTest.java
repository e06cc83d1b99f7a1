package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.ProgressReport;

class PrintAnalysesScratchTest {
  @Test
  void prints() throws Exception {
    ProgressReport nov = SeedReport.november2015();
    ProgressReport mar = March2015Snapshot.reconstructed();
    StringBuilder out = new StringBuilder();
    out.append(Analyses.postSummary(nov)).append("\n");
    out.append(Analyses.postSummary(nov).toTable(Locale.CHINESE)).append("\n");
    out.append(Analyses.postSummary(nov).entriesTable(Locale.ENGLISH)).append("\n");
    out.append(Analyses.phaseTimeline(nov)).append("\n");
    out.append(Analyses.phaseTimeline(nov).toTable(Locale.CHINESE)).append("\n");
    out.append(Analyses.indicatorProgress(nov)).append("\n");
    out.append(Analyses.programmeProgress(nov)).append("\n");
    out.append(Analyses.programmeProgress(mar)).append("\n");
    out.append(Analyses.compare(mar, nov)).append("\n");
    out.append(Analyses.compare(mar, nov).toTable(Locale.CHINESE)).append("\n");
    Files.writeString(Path.of("/tmp/an/out.txt"), out);
    assertThat(out).isNotEmpty();
  }
}
