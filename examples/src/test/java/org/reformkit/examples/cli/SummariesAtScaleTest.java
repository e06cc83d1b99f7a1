package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.examples.SeedReport;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/**
 * The tool on a report larger than a screen: the seed report with 70 more copies of its business
 * process review (a test fixture, not data), so 362 timeline rows and more than 200 findings.
 */
class SummariesAtScaleTest {
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");
  private static final Path MARCH_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-03-reconstructed.json");

  @TempDir Path dir;

  private Path large;
  private int findings;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  static ProgressReport largeReport() {
    ProgressReport seed = SeedReport.november2015();
    Commitment bpr = seed.programme().commitment(SeedReport.BUSINESS_PROCESS_REVIEW).orElseThrow();
    List<Commitment> commitments = new ArrayList<>(seed.programme().commitments());
    for (int i = 1; i <= 70; i++) {
      commitments.add(bpr.withId(CommitmentId.of(String.format("bpr-%02d", i))));
    }
    return seed.withProgramme(seed.programme().withCommitments(commitments));
  }

  @BeforeEach
  void writeTheLargeReport() {
    large = dir.resolve("large.json");
    ProgressReport report = largeReport();
    ReformJson.writeReport(report, Layout.COMPACT, large);
    findings = RuleSet.standard().validate(report, Locale.ENGLISH).findings().size();
  }

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void summaryOfALargeReportFoldsTheTimelineByCommitmentAndGroupsTheFindingsByRule() {
    int status = run("summary", large.toString());

    String text = out.toString();
    assertThat(status).isZero();
    assertThat(findings).isGreaterThan(ReportAnalyses.FINDINGS_LISTED);
    assertThat(text)
        .contains("== Progress and timeline by commitment")
        .contains("362 timeline rows folded into 78 commitments")
        .contains("other 38 commitments")
        .contains(findings + " findings of ")
        .contains("grouped by rule (each finding with --all or --findings FILE)")
        .contains("Most under commitment")
        .doesNotContain("== Phase timeline");
    // none is in trouble on the seed's date: the programme's order, the seed's first commitment
    // first
    assertThat(text.indexOf("Review of administrative"))
        .isLessThan(text.indexOf("Reform monitoring"));
    assertThat(text.lines().count()).isLessThan(140);
  }

  @Test
  void summaryWithAllListsEveryPhaseAndFinding() {
    run("summary", "--all", large.toString());

    String text = out.toString();
    assertThat(text)
        .contains("== Programme progress")
        .contains("== Phase timeline")
        .doesNotContain("grouped by rule");
    assertThat(text.lines().filter(l -> l.contains("MONITORING_INDICATOR_TARGET")).count())
        .isEqualTo(77);
  }

  @Test
  void summaryWritesEveryFindingToTheFindingsFile() throws Exception {
    Path file = dir.resolve("findings.txt");

    int status = run("summary", "--findings", file.toString(), large.toString());

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(lines).hasSize(findings);
    assertThat(lines)
        .contains(
            "  warning  commitments[bpr-01]: Commitment bpr-01 has no indicator with a target"
                + " (monitoring framework in progress) [MONITORING_INDICATOR_TARGET]");
    assertThat(out.toString()).contains("grouped by rule");
  }

  @Test
  void aFindingsFileThatCannotBeWrittenIsSaidInOneLineAndExits2() {
    Path file = dir.resolve("no-such-directory").resolve("findings.txt");

    int status = run("summary", "--seed", "--findings", file.toString());

    assertThat(status).isEqualTo(ReformCli.UNREADABLE);
    assertThat(err.toString())
        .isEqualTo(
            "reform: "
                + file
                + ": cannot write the findings: its directory does not exist"
                + System.lineSeparator());
  }

  @Test
  void summaryOfSeveralReportsGivesTheTotalsAcrossThem() throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    Files.copy(MARCH_FILE, reports.resolve("2015-03.json"));
    Files.copy(SEED_FILE, reports.resolve("2015-11.json"));
    Path findingsFile = dir.resolve("all.txt");

    int status = run("summary", "--findings", findingsFile.toString(), reports.toString());

    String text = out.toString();
    assertThat(status).isZero();
    assertThat(text).startsWith("2 reports; programmes: ilo-internal-reform");
    assertThat(text)
        .contains("== Reports", "== Commitments by status", "== Findings by rule")
        .contains(reports.resolve("2015-11.json") + "  GB.325/INS/15/1");
    assertThat(text.lines().filter(l -> l.startsWith("total")).findFirst())
        .hasValueSatisfying(
            l -> assertThat(l.split("\\s+")).containsSubsequence("total", "78", "16"));
    assertThat(text.lines().filter(l -> l.startsWith("MONITORING_INDICATOR_TARGET")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).endsWith("2"));
    assertThat(Files.readAllLines(findingsFile))
        .anySatisfy(
            l -> assertThat(l).contains(reports.resolve("2015-03.json") + ": commitments["));
  }

  @Test
  void summaryOfSeveralReportsSpeaksChinese() throws Exception {
    int status = run("summary", "--lang", "zh", SEED_FILE.toString(), MARCH_FILE.toString());

    assertThat(status).isZero();
    assertThat(out.toString()).startsWith("2 份报告").contains("按状态统计的改革承诺", "进行中", "合计");
  }

  @Test
  void validateOfALargeReportNamedOnItsOwnGroupsItsFindingsAndAllListsThem() {
    run("validate", large.toString());
    String grouped = out.toString();
    out.getBuffer().setLength(0);
    run("validate", "--all", large.toString());
    String listed = out.toString();

    assertThat(grouped.lines().count()).isLessThan(40);
    assertThat(grouped).contains("grouped by rule").contains("MONITORING_INDICATOR_TARGET");
    assertThat(listed.lines().count()).isEqualTo(findings + 1L);
    assertThat(listed).doesNotContain("grouped by rule");
  }

  @Test
  void dashboardOfALargeReportIsFoldedAndAllDrawsEveryRow() throws Exception {
    Path folded = dir.resolve("folded.html");
    Path all = dir.resolve("all.html");
    Path findingsFile = dir.resolve("dashboard-findings.txt");

    assertThat(
            run(
                "dashboard",
                large.toString(),
                "-o",
                folded.toString(),
                "--findings",
                findingsFile.toString()))
        .isZero();
    assertThat(run("dashboard", "--all", "--lang", "es", large.toString(), "-o", all.toString()))
        .isZero();

    String foldedHtml = Files.readString(folded);
    String allHtml = Files.readString(all);
    assertThat(foldedHtml.split("<g class=\"row ", -1)).hasSize(42);
    assertThat(foldedHtml).contains("<table class=\"findings grouped\">", "38 more commitments:");
    assertThat(allHtml.split("<g class=\"row ", -1).length).isGreaterThan(400);
    assertThat(allHtml).contains("Tablero de avance de la reforma").doesNotContain("grouped");
    assertThat(Files.readAllLines(findingsFile)).hasSize(findings);
  }
}
