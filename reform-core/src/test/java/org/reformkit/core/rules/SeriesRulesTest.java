package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.series.ReportSeries;

class SeriesRulesTest {
  private static ProgressReport report(String symbol, String asOf, Commitment... commitments) {
    return ProgressReport.builder()
        .document(
            GoverningBodyDocument.builder()
                .symbol(DocumentSymbol.parse(symbol))
                .title(LocalizedText.of("en", "Report " + symbol))
                .cover(DocumentCover.builder().build())
                .build())
        .asOf(PartialDate.parse(asOf))
        .programme(
            ReformProgramme.builder()
                .id(ProgrammeId.of("test"))
                .name(LocalizedText.of("en", "Test"))
                .status(Status.IN_PROGRESS)
                .addCommitments(commitments)
                .build())
        .build();
  }

  private static Commitment commitment(String id, Status status, Phase... phases) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .title(LocalizedText.of("en", "Commitment " + id))
        .status(status)
        .addPhases(phases)
        .build();
  }

  private static Phase phase(String id, Status status, String plannedEnd) {
    return Phase.builder()
        .id(PhaseId.of(id))
        .name(LocalizedText.of("en", "Phase " + id))
        .status(status)
        .plannedEnd(PartialDate.parse(plannedEnd))
        .build();
  }

  private static ValidationResult validate(String code, ReportSeries series, Locale locale) {
    return RuleSet.standard().only(code).validate(series, locale);
  }

  @Test
  void anItemDroppedWithoutCompletionIsAWarning() {
    ReportSeries series =
        ReportSeries.of(
            report(
                "GB.323/INS/9",
                "2015-03",
                commitment("a", Status.IN_PROGRESS),
                commitment("b", Status.COMPLETED),
                commitment("c", Status.CANCELLED)),
            report("GB.325/INS/15/1", "2015-11"));

    ValidationResult result = validate("SERIES_ITEM_DROPPED", series, Locale.ENGLISH);

    assertThat(result.findings())
        .extracting(f -> f.path().toString(), Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "commitments[a]",
                Severity.WARNING,
                "commitments[a] is listed in GB.323/INS/9 but not in GB.325/INS/15/1, and no"
                    + " report states it completed or cancelled"));
  }

  @Test
  void aCompletedItemThatReappearsNotCompletedIsAnError() {
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", commitment("a", Status.COMPLETED)),
            report("GB.325/INS/15/1", "2015-11", commitment("a", Status.COMPLETED)),
            report("GB.326/INS/12", "2016-03", commitment("a", Status.IN_PROGRESS)));

    ValidationResult result = validate("SERIES_COMPLETED_REOPENED", series, Locale.FRENCH);

    assertThat(result.findings())
        .extracting(f -> f.path().toString(), Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "commitments[a]",
                Severity.ERROR,
                "commitments[a] est dit achevé dans GB.323/INS/9 mais en cours dans"
                    + " GB.326/INS/12"));
  }

  @Test
  void aCompletedItemListedLaterWithoutAStatusIsNotReopenedButOneLeftOutWithoutItIsDropped() {
    Commitment unstated =
        commitment("a", Status.IN_PROGRESS).withStatus(java.util.Optional.empty());
    ReportSeries reappears =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", commitment("a", Status.COMPLETED)),
            report("GB.325/INS/15/1", "2015-11", unstated));
    ReportSeries vanishes =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", unstated), report("GB.325/INS/15/1", "2015-11"));

    assertThat(validate("SERIES_COMPLETED_REOPENED", reappears, Locale.ENGLISH).findings())
        .isEmpty();
    assertThat(validate("SERIES_ITEM_DROPPED", vanishes, Locale.ENGLISH).findings())
        .extracting(f -> f.path().toString())
        .containsExactly("commitments[a]");
  }

  @Test
  void aCompletedItemLaterCancelledIsNotReopened() {
    ReportSeries series =
        ReportSeries.of(
            report("GB.323/INS/9", "2015-03", commitment("a", Status.COMPLETED)),
            report("GB.325/INS/15/1", "2015-11", commitment("a", Status.CANCELLED)));

    assertThat(validate("SERIES_COMPLETED_REOPENED", series, Locale.ENGLISH).findings()).isEmpty();
  }

  @Test
  void aPlannedDateMovedWithoutANewStatementIsInfo() {
    ReportSeries series =
        ReportSeries.of(
            report(
                "GB.323/INS/9",
                "2015-03",
                commitment("a", Status.IN_PROGRESS, phase("c", Status.IN_PROGRESS, "2015-12"))),
            report(
                "GB.325/INS/15/1",
                "2015-11",
                commitment("a", Status.IN_PROGRESS, phase("c", Status.IN_PROGRESS, "2016-06"))));

    ValidationResult result = validate("SERIES_DATE_MOVED_UNEXPLAINED", series, Locale.CHINESE);

    assertThat(result.findings())
        .extracting(f -> f.path().toString(), Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "commitments[a].phases[c].plannedEnd",
                Severity.INFO,
                "commitments[a].phases[c] 的计划日期从 GB.323/INS/9 中的 2015-12 改为"
                    + " GB.325/INS/15/1 中的 2016-06，而 GB.325/INS/15/1 对此未作新的说明"));
  }

  @Test
  void aPlannedDateMovedWithANewStatementIsNotReported() {
    Statement why =
        Statement.builder()
            .id(StatementId.of("delay"))
            .kind(StatementKind.ASSESSMENT)
            .text(LocalizedText.of("en", "The redesign takes longer than planned."))
            .build();
    ReportSeries series =
        ReportSeries.of(
            report(
                "GB.323/INS/9",
                "2015-03",
                commitment("a", Status.IN_PROGRESS, phase("c", Status.IN_PROGRESS, "2015-12"))),
            report(
                "GB.325/INS/15/1",
                "2015-11",
                commitment("a", Status.IN_PROGRESS, phase("c", Status.IN_PROGRESS, "2016-06"))
                    .withStatements(why)));

    assertThat(validate("SERIES_DATE_MOVED_UNEXPLAINED", series, Locale.ENGLISH).findings())
        .isEmpty();
  }

  @Test
  void aSeriesIsValidatedAsOfItsLastReportAndSingleReportsGiveNoSeriesFindings() {
    ProgressReport only = report("GB.323/INS/9", "2015-03", commitment("a", Status.IN_PROGRESS));
    ReportSeries series = ReportSeries.of(only, report("GB.325/INS/15/1", "2015-11"));

    ValidationResult findings = RuleSet.standard().validate(series, Locale.ENGLISH);

    assertThat(findings.findings())
        .extracting(Finding::code)
        .containsExactly("SERIES_ITEM_DROPPED");
    assertThat(
            RuleSet.standard()
                .validate(
                    series,
                    ValidationContext.of(java.time.LocalDate.of(2015, 11, 30), Locale.ENGLISH)))
        .isEqualTo(findings);
    assertThat(RuleSet.standard().validate(only, Locale.ENGLISH).findings())
        .extracting(Finding::code)
        .noneMatch(code -> code.startsWith("SERIES_"));
  }

  @Test
  void seriesRulesAreInTheStandardCatalogueForTheSeries() {
    assertThat(SeriesRules.all())
        .extracting(Rule::code, Rule::defaultSeverity, r -> r.elementType().getSimpleName())
        .containsExactly(
            tuple("SERIES_ITEM_DROPPED", Severity.WARNING, "ReportSeries"),
            tuple("SERIES_COMPLETED_REOPENED", Severity.ERROR, "ReportSeries"),
            tuple("SERIES_DATE_MOVED_UNEXPLAINED", Severity.INFO, "ReportSeries"));
    assertThat(RuleSet.standard().codes())
        .containsAll(SeriesRules.all().stream().map(Rule::code).toList());
  }
}
