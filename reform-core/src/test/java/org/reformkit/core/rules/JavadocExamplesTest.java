package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Analyses.*;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.analysis.DroppedItems;
import org.reformkit.core.analysis.IndicatorHistory;
import org.reformkit.core.analysis.IndicatorProgress;
import org.reformkit.core.analysis.PhaseTimeline;
import org.reformkit.core.analysis.PostSummary;
import org.reformkit.core.analysis.ProgrammeProgress;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.analysis.SlipHistory;
import org.reformkit.core.analysis.StaleItems;
import org.reformkit.core.analysis.Trajectories;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SymbolFamily;
import org.reformkit.core.series.ReportSeries;
import org.reformkit.core.text.TextTable;

/**
 * Runs the {@code <pre>{@code ...}</pre>} example of each main entry point's Javadoc, copied
 * verbatim between the {@code // --- example} markers, so that the examples cannot rot. When an
 * example changes, change it here too (and the other way round).
 */
class JavadocExamplesTest {
  private static final Path MAIN = Path.of("src/main/java/org/reformkit/core");
  private static final Path THIS =
      Path.of("src/test/java/org/reformkit/core/rules/JavadocExamplesTest.java");
  private static final Pattern EXAMPLE =
      Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);

  /** A field, not a local: the example's lambda names its parameter {@code post} too. */
  private final PostDetails post = Fixtures.supportPost().withGrade(Optional.empty());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rules/RuleSet.java",
        "rules/ValidationContext.java",
        "analysis/Analyses.java",
        "model/AbstractReformProgramme.java",
        "model/AbstractDocumentSymbol.java",
        "model/AbstractPartialDate.java",
        "text/TextTable.java",
        "series/ReportSeries.java"
      })
  void everyEntryPointExampleIsRunHereVerbatim(String source) throws IOException {
    Matcher example = EXAMPLE.matcher(Files.readString(MAIN.resolve(source)));
    assertThat(example.find()).as("an example in the Javadoc of %s", source).isTrue();
    String thisTest = Files.readString(THIS);
    List<String> lines =
        example
            .group(1)
            .lines()
            .map(line -> line.replaceFirst("^ \\* ?", ""))
            .filter(line -> !line.startsWith("import "))
            .toList();
    assertThat(lines).isNotEmpty();
    // the lines in the same order, each indented by the same amount within the test
    assertThat(thisTest)
        .contains(
            String.join(
                "\n", lines.stream().map(line -> line.isEmpty() ? "" : "    " + line).toList()));
  }

  @Test
  void ruleSetExampleValidatesWithTheTailoredRulesAndOneRuleOnOnePost() {
    ProgressReport report = Fixtures.report();

    // spotless:off

    // --- example: RuleSet
    RuleSet rules = RuleSet.standard()
        .without("PHASE_OVERDUE")
        .withSeverity("POST_TRANSFER_SOURCE", Severity.WARNING)
        .with(Rule.of("POST_GRADE_STATED", PostDetails.class, Severity.INFO, "A post states its grade",
            (post, at) -> { if (post.grade().isEmpty()) at.report("No grade", ImmutableMap.of()); }));
    ValidationResult whole = rules.validate(report, Locale.ENGLISH);

    // one rule on one post
    ValidationContext context = ValidationContext.of(LocalDate.of(2015, 11, 1), Locale.ENGLISH);
    ValidationResult one = RuleSet.standard().only("POST_GRADE_LOCATION").validate(post, context);
    // --- end of example
    // spotless:on

    assertThat(rules.codes()).doesNotContain("PHASE_OVERDUE").contains("POST_GRADE_STATED");
    assertThat(rules.severity("POST_TRANSFER_SOURCE")).isEqualTo(Severity.WARNING);
    assertThat(whole.codes()).doesNotContain("PHASE_OVERDUE");
    assertThat(whole)
        .isEqualTo(rules.validate(report, ValidationContext.forReport(report, Locale.ENGLISH)));
    assertThat(one.codes()).allMatch("POST_GRADE_LOCATION"::equals);
    assertThat(rules.validate(post, context).findings("POST_GRADE_STATED")).hasSize(1);
  }

  @Test
  void validationContextExampleBuildsContexts() {
    ProgressReport report = Fixtures.report();

    // spotless:off

    // --- example: ValidationContext
    ValidationContext.of(LocalDate.of(2015, 11, 1), Locale.CHINESE);
    ValidationContext.forReport(report, Locale.ENGLISH); // as of the report's date
    ValidationContext.builder().asOf(LocalDate.now()).build(); // English messages
    ValidationContext.of(LocalDate.of(2016, 1, 29), Locale.ENGLISH)
        .withCoverConventions(CoverConventions.none()); // a body whose covers require nothing
    // --- end of example
    // spotless:on

    assertThat(ValidationContext.forReport(report, Locale.ENGLISH).asOf())
        .isEqualTo(LocalDate.of(2015, 11, 30));
    assertThat(ValidationContext.builder().asOf(LocalDate.now()).build().locale())
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void analysesExampleAnswersEveryQuestion() {
    ProgressReport november = Fixtures.report();
    ProgressReport march =
        november
            .withAsOf(PartialDate.parse("2015-03"))
            .withDocument(november.document().withSymbol(DocumentSymbol.parse("GB.323/INS/9")));

    // spotless:off

    // --- example: Analyses (its static import is at the top of this file)
    postSummary(november);              // where did the posts go?
    phaseTimeline(november);            // which phases are late?
    indicatorProgress(november);        // which indicators are off track?
    programmeProgress(november);        // where are we against the plan?
    compare(march, november);           // what has moved since the last report?

    ReportSeries series = ReportSeries.of(march, november);
    trajectories(series);               // what became of each commitment, phase and milestone?
    droppedItems(series);               // what was promised and quietly dropped?
    staleItems(series);                 // what has stood still over three reports?
    slipHistory(series);                // what slipped, report after report?
    indicatorHistory(series);           // which measurements were restated?
    // --- end of example
    // spotless:on

    assertThat(postSummary(november)).isEqualTo(PostSummary.of(november.programme()));
    assertThat(phaseTimeline(november)).isEqualTo(PhaseTimeline.of(november));
    assertThat(indicatorProgress(november)).isEqualTo(IndicatorProgress.of(november));
    assertThat(programmeProgress(november)).isEqualTo(ProgrammeProgress.of(november));
    assertThat(compare(march, november)).isEqualTo(ReportComparison.between(march, november));
    assertThat(trajectories(series)).isEqualTo(Trajectories.of(series));
    assertThat(droppedItems(series)).isEqualTo(DroppedItems.of(series));
    assertThat(staleItems(series)).isEqualTo(StaleItems.of(series, 3));
    assertThat(slipHistory(series)).isEqualTo(SlipHistory.of(series));
    assertThat(indicatorHistory(series)).isEqualTo(IndicatorHistory.of(series));
  }

  @Test
  void reportSeriesExampleFindsWhenAPhaseWasCompleted() {
    ProgressReport november2015 = Fixtures.report();
    ProgressReport march2015 =
        november2015
            .withAsOf(PartialDate.parse("2015-03"))
            .withDocument(november2015.document().withSymbol(DocumentSymbol.parse("GB.323/INS/9")))
            .withProgramme(
                november2015
                    .programme()
                    .withCommitments(
                        november2015
                            .programme()
                            .commitments()
                            .get(0)
                            .withPhases(
                                Fixtures.bpr()
                                    .phases()
                                    .get(0)
                                    .withStatus(Status.IN_PROGRESS)
                                    .withActualEnd(Optional.empty()))));

    // spotless:off

    // --- example: ReportSeries
    ReportSeries series = ReportSeries.of(march2015, november2015);
    series.history(ElementPath.parse("commitments[bpr].phases[a]")).get().completedIn(); // 1
    ReportSeries sorted = ReportSeries.sorted(List.of(november2015, march2015));          // same
    // --- end of example
    // spotless:on

    assertThat(november2015.programme().commitments().get(0).id())
        .isEqualTo(CommitmentId.of("bpr"));
    assertThat(series.history(ElementPath.parse("commitments[bpr].phases[a]")).get().completedIn())
        .contains(1);
    assertThat(sorted).isEqualTo(series);
  }

  @Test
  void reformProgrammeExampleFindsTheCommitmentById() {
    Commitment review = Fixtures.bpr().withId(CommitmentId.of("bpr"));

    // spotless:off

    // --- example: ReformProgramme
    ReformProgramme programme = ReformProgramme.builder()
        .id(ProgrammeId.of("ilo-internal-reform"))
        .name(LocalizedText.zhEn("内部改革议程", "Internal reform agenda"))
        .status(Status.IN_PROGRESS)
        .addCommitment(review)
        .build();
    programme.commitment(CommitmentId.of("bpr")); // Optional[review]
    // --- end of example
    // spotless:on

    assertThat(programme.commitment(CommitmentId.of("bpr"))).contains(review);
  }

  @Test
  void documentSymbolExampleReadsSymbolsOfSeveralFamilies() {
    // spotless:off
    // --- example: DocumentSymbol
    DocumentSymbol ilo = DocumentSymbol.parse("GB.325/INS/15/1");
    ilo.family();    // ILO_GOVERNING_BODY
    ilo.session();   // Optional[325]
    ilo.section();   // Optional[INS]
    ilo.item();      // Optional[15]
    DocumentSymbol un = DocumentSymbol.parse("A/RES/70/1");
    un.series();     // Optional[RES]
    un.session();    // Optional[70]
    un.number();     // Optional[1]
    DocumentSymbol other = DocumentSymbol.parse("UNW/2019/3");
    other.family();  // UNRECOGNISED: accepted, kept verbatim, no parts
    // --- end of example
    // spotless:on

    assertThat(ilo.family()).isEqualTo(SymbolFamily.ILO_GOVERNING_BODY);
    assertThat(ilo.session()).contains(325);
    assertThat(ilo.section()).contains("INS");
    assertThat(ilo.item()).contains(15);
    assertThat(un.series()).contains("RES");
    assertThat(un.session()).contains(70);
    assertThat(un.number()).contains(1);
    assertThat(other.family()).isEqualTo(SymbolFamily.UNRECOGNISED);
    assertThat(other).hasToString("UNW/2019/3");
  }

  @Test
  void partialDateExampleReadsEveryShape() {
    // spotless:off
    // --- example: PartialDate
    PartialDate.parse("2015-07");     // July 2015
    PartialDate.parse("by 2015");     // before the end of 2015
    PartialDate.parse("2015-11-09");  // a full date
    PartialDate.ofYear(2016).qualified(DateQualifier.FROM); // "from 2016"
    // --- end of example
    // spotless:on

    assertThat(PartialDate.parse("2015-07").firstDay()).isEqualTo(LocalDate.of(2015, 7, 1));
    assertThat(PartialDate.parse("2015-07").lastDay()).isEqualTo(LocalDate.of(2015, 7, 31));
    assertThat(PartialDate.parse("by 2015").qualifier()).isEqualTo(DateQualifier.BY);
    assertThat(PartialDate.parse("2015-11-09").firstDay()).isEqualTo(LocalDate.of(2015, 11, 9));
    assertThat(PartialDate.ofYear(2016).qualified(DateQualifier.FROM)).hasToString("from 2016");
  }

  @Test
  void textTableExamplePrintsTheAlignedTable() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

    // spotless:off

    // --- example: TextTable
    TextTable table = TextTable.builder("Phase", "Status")
        .addRow("收集数据", "completed")
        .addRow("Process analysis", "completed")
        .build();
    System.out.print(table);
    // Phase             Status
    // ----------------  ---------
    // 收集数据          completed
    // Process analysis  completed
    // --- end of example
    // spotless:on

    System.setOut(out);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Phase             Status",
                "----------------  ---------",
                "收集数据          completed",
                "Process analysis  completed",
                ""))
        .isEqualTo(table.toString());
  }
}
