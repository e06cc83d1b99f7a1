package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Contact;
import org.reformkit.core.model.Distribution;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.RequestedAction;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/** Keeps the README's code and printed output true: what it shows is what the library does. */
class ReadmeTest {
  private static final Path SEED_JSON =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");

  private final String readme = read(Path.of("..", "README.md"));
  private final ProgressReport report = SeedReport.november2015();

  @Test
  void printedAnalysesAreWhatTheAnalysesPrintOnTheSeed() {
    assertThat(readme).contains(block(Analyses.postSummary(report).toString()));
    assertThat(readme).contains(block(Analyses.phaseTimeline(report).toString()));
    assertThat(readme).contains(block(Analyses.programmeProgress(report).toString()));
    assertThat(readme).contains(block(Analyses.indicatorProgress(report).toString()));
    assertThat(readme)
        .contains(block(Analyses.compare(March2015Snapshot.reconstructed(), report).toString()));
  }

  @Test
  void printedSeriesAnalysesAreWhatTheyPrintOnMarchAndNovember() {
    ReportSeries series = ReportSeries.of(March2015Snapshot.reconstructed(), report);

    assertThat(readme).contains(block(Analyses.trajectories(series).toString()));
    assertThat(readme).contains(block(Analyses.indicatorHistory(series).toString()));
    assertThat(Analyses.droppedItems(series).isEmpty()).isTrue();
    assertThat(Analyses.staleItems(series).rows()).isEmpty();
    assertThat(Analyses.slipHistory(series).rows()).isEmpty();
    assertThat(ReportSeries.sorted(List.of(report, March2015Snapshot.reconstructed())))
        .isEqualTo(series);
    assertThat(readme)
        .contains(
            "ReportSeries series = ReportSeries.sorted(List.of(november, march));"
                + " // or ReportSeries.of(march, november)");
  }

  @Test
  void readCheckAndWriteExampleRunsAsShown(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // the README's ten lines, with the paths made real
    ProgressReport read = ReformJson.readReport(SEED_JSON);
    ValidationResult findings = RuleSet.standard().validate(read, Locale.ENGLISH);
    assertThat(findings.toString()).startsWith("0 errors, 9 warnings, 0 info");
    assertThat(findings.hasErrors()).isFalse();
    ProgressReport next = read.withAsOf(PartialDate.parse("2016-03"));
    ReformJson.writer().withLayout(Layout.PRETTY).write(next, dir.resolve("next.json"));
    assertThat(ReformJson.reader().read(dir.resolve("next.json"))).isEqualTo(next);
    assertThat(readme)
        .contains("ProgressReport report = ReformJson.readReport(Path.of(\"seed-2015-11.json\"));")
        .contains(
            "ReformJson.writer().withLayout(Layout.PRETTY).write(next, Path.of(\"next.json\"));")
        .contains(
            "ValidationResult findings = RuleSet.standard().validate(report, Locale.ENGLISH);")
        .contains("ProgressReport next = report.withAsOf(PartialDate.parse(\"2016-03\"));");
  }

  @Test
  void aPaperOfAnotherBodyValidatesWithoutIloErrorsAndItsUnstatedStatusIsNotCounted() {
    // the README's example
    GoverningBodyDocument paper =
        GoverningBodyDocument.builder()
            .symbol(DocumentSymbol.parse("EB 2018/125/R.2"))
            .title(LocalizedText.of("en", "Progress report on the reform"))
            .organ(LocalizedText.of("en", "Executive Board"))
            .session("125th")
            .date(PartialDate.parse("2018-11-15"))
            .distribution(Distribution.PUBLIC)
            .addActionsRequested(RequestedAction.INFORMATION)
            .addContact(Contact.builder().name("A. Person").email("a.person@example.org").build())
            .build();
    Commitment people =
        Commitment.builder()
            .id(CommitmentId.of("people"))
            .title(LocalizedText.of("en", "People"))
            .build();
    ProgressReport report =
        ProgressReport.builder()
            .document(paper)
            .asOf(PartialDate.parse("2018-11"))
            .programme(
                ReformProgramme.builder()
                    .id(ProgrammeId.of("reform"))
                    .name(LocalizedText.of("en", "Reform"))
                    .addCommitment(people)
                    .build())
            .build();

    ValidationResult findings = RuleSet.standard().validate(report, Locale.ENGLISH);
    assertThat(findings.hasErrors()).isFalse();
    assertThat(findings.findings()).noneMatch(f -> f.code().equals("DOCUMENT_COVER_FIELDS"));
    assertThat(findings.findings())
        .filteredOn(f -> f.code().equals("STATUS_NOT_STATED"))
        .extracting(f -> f.path().toString())
        .containsExactly("", "commitments[people]");
    assertThat(Analyses.programmeProgress(report).notStated()).isEqualTo(1);
    assertThat(Analyses.programmeProgress(report).overall()).isEmpty();
    assertThat(readme)
        .contains("    .symbol(DocumentSymbol.parse(\"EB 2018/125/R.2\"))")
        .contains("    .addActionsRequested(RequestedAction.INFORMATION)")
        .contains(
            "    .addContact(Contact.builder().name(\"A. Person\").email(\"a.person@example.org\").build())")
        .contains("RuleSet.standard().validate(report, Locale.ENGLISH).hasErrors();  // false")
        .contains("Analyses.programmeProgress(report).notStated();                   // 1");
  }

  @Test
  void firstCommandRunsTheToolOnTheSeedJson() {
    assertThat(readme)
        .contains(
            "mvn -B -q -DskipTests package && examples/reform summary"
                + " examples/src/main/resources/org/reformkit/examples/seed-2015-11.json");
    assertThat(Files.isRegularFile(SEED_JSON)).isTrue();
  }

  private static String block(String printed) {
    return "```\n" + printed.stripTrailing() + "\n```";
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
