package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.examples.March2015Snapshot;
import org.reformkit.examples.SeedReport;
import org.reformkit.json.ReformJson;

/** {@code reform history}: run in-process on the seed's two reports and on written series. */
class HistoryCommandTest {
  private static final String NL = System.lineSeparator();
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");
  private static final Path MARCH_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-03-reconstructed.json");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private Path write(String name, ProgressReport report) {
    Path file = dir.resolve(name);
    ReformJson.writer().write(report, file);
    return file;
  }

  /** Four months after November 2015: flagships left out, (a) reopened, (e)'s start moved. */
  private static ProgressReport march2016() {
    ProgressReport november = SeedReport.november2015();
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment commitment : november.programme().commitments()) {
      if (commitment.id().value().equals("flagships")) {
        continue;
      }
      if (commitment.id().value().equals("bpr")) {
        List<Phase> phases = new ArrayList<>(commitment.phases());
        phases.set(0, phases.get(0).withStatus(Status.IN_PROGRESS));
        phases.set(4, phases.get(4).withPlannedStart(PartialDate.parse("2017-03")));
        commitment = commitment.withPhases(phases);
      }
      commitments.add(commitment);
    }
    return november
        .withDocument(november.document().withSymbol(DocumentSymbol.parse("GB.326/INS/12")))
        .withAsOf(PartialDate.parse("2016-03"))
        .withProgramme(november.programme().withCommitments(commitments));
  }

  @Test
  void historyOfMarchAndNovemberPrintsEachCommitmentsTrajectoryWhateverTheOrderGiven() {
    ReportSeries series =
        ReportSeries.of(March2015Snapshot.reconstructed(), SeedReport.november2015());

    assertThat(run("history", SEED_FILE.toString(), MARCH_FILE.toString())).isZero();

    assertThat(out.toString())
        .startsWith("Programme ilo-internal-reform: 2 reports, from 2015-03 to 2015-11" + NL)
        .contains("== Trajectories" + NL + Analyses.trajectories(series).toTable(Locale.ENGLISH))
        .containsPattern(
            "commitments\\[bpr\\]\\.phases\\[a\\] +Data collection +not started +completed +"
                + "GB\\.323/INS/INF/2 +GB\\.325/INS/15/1 +GB\\.325/INS/15/1")
        .contains("== Dropped items" + NL + Analyses.droppedItems(series).toTable())
        .contains("== Stale over 3 reports" + NL)
        .contains("== Slip history" + NL)
        .contains("== Indicator history" + NL + Analyses.indicatorHistory(series).toTable())
        .endsWith("== Findings" + NL + "0 errors, 0 warnings, 0 info" + NL);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void historyFindsWhatWasDroppedReopenedAndMovedAndExits1OnTheError() {
    Path later = write("2016-03.json", march2016());

    assertThat(
            run(
                "history",
                MARCH_FILE.toString(),
                SEED_FILE.toString(),
                later.toString(),
                "--stale",
                "2"))
        .isEqualTo(ReformCli.ERROR_FINDINGS);

    assertThat(out.toString())
        .startsWith("Programme ilo-internal-reform: 3 reports, from 2015-03 to 2016-03" + NL)
        .containsPattern(
            "commitments\\[flagships\\] +commitment +Development cooperation flagship"
                + " programmes +in progress +GB\\.325/INS/15/1 +GB\\.326/INS/12")
        .contains("== Stale over 2 reports" + NL)
        .containsPattern(
            "commitments\\[bpr\\]\\.phases\\[e\\] +Implementation +planned start +— +2016 +2017-03"
                + " +1 +\\+60\\.\\.\\+455")
        .contains("1 errors, 1 warnings, 1 info")
        .containsPattern(
            "error +commitments\\[bpr\\]\\.phases\\[a\\] +commitments\\[bpr\\]\\.phases\\[a\\] is"
                + " stated completed in GB\\.325/INS/15/1 but in progress in GB\\.326/INS/12 +"
                + "SERIES_COMPLETED_REOPENED")
        .containsPattern("info +commitments\\[bpr\\]\\.phases\\[e\\]\\.plannedStart ");
  }

  @Test
  void historySpeaksTheLanguageAsked() {
    assertThat(run("history", MARCH_FILE.toString(), SEED_FILE.toString(), "--lang", "zh"))
        .isZero();
    assertThat(out.toString())
        .startsWith("方案 ilo-internal-reform：2 份报告，自 2015-03 至 2015-11" + NL)
        .contains("== 轨迹" + NL)
        .contains("首次出现");
  }

  @Test
  void aReportGivenTwiceIsRefusedNamingTheFile() throws IOException {
    Path copy = write("copy.json", SeedReport.november2015());

    assertThat(run("history", SEED_FILE.toString(), copy.toString())).isEqualTo(2);

    assertThat(err.toString())
        .startsWith(
            "reform: "
                + copy
                + ": not one series with the other files: report 2 (GB.325/INS/15/1) is already"
                + " in the series");
    assertThat(err.toString().split(NL, -1)).hasSize(2);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aReportOfAnotherProgrammeIsRefusedNamingTheFile() {
    ProgressReport other = march2016();
    Path file =
        write("other.json", other.withProgramme(other.programme().withId(ProgrammeId.of("x"))));

    assertThat(run("history", SEED_FILE.toString(), file.toString())).isEqualTo(2);

    assertThat(err.toString())
        .startsWith("reform: " + file + ": not one series with the other files: report 2");
  }

  @Test
  void staleNeedsAtLeastTwoReports() {
    assertThat(run("history", SEED_FILE.toString(), "--stale", "1")).isEqualTo(2);
    assertThat(err.toString()).startsWith("reform: --stale must be at least 2, not 1" + NL);
  }

  @Test
  void historyNeedsAFile() {
    assertThat(run("history")).isEqualTo(2);
    assertThat(err.toString()).startsWith("reform: Missing required parameter: 'FILE'");
  }
}
