package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinanceTotalId;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.Status;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationResult;
import org.reformkit.core.series.ReportSeries;

/**
 * The standard rules on the seed report (GB.325/INS/15/1): what they find on the report as it is,
 * each finding explained by the report's own facts, and each rule shown firing on a minimal
 * mutation of the report.
 */
class SeedReportRulesTest {
  private static final ProgressReport SEED = SeedReport.november2015();

  // ---- helpers ---------------------------------------------------------------------------------

  private static ValidationResult validate(ProgressReport report) {
    return RuleSet.standard().validate(report, Locale.ENGLISH);
  }

  private static List<Tuple> codesAndPaths(List<Finding> findings) {
    return findings.stream()
        .map(f -> tuple(f.code(), f.path().toString()))
        .collect(Collectors.toList());
  }

  /**
   * Asserts that the rule finds exactly these paths on the mutated report, and none on the seed.
   */
  private static List<Finding> assertFires(ProgressReport mutated, String code, String... paths) {
    List<Finding> before = validate(SEED).findings(code);
    List<Finding> after = validate(mutated).findings(code);
    List<Tuple> expected = new java.util.ArrayList<>(codesAndPaths(before));
    for (String path : paths) {
      expected.add(tuple(code, path));
    }
    assertThat(codesAndPaths(after)).containsExactlyInAnyOrderElementsOf(expected);
    List<Finding> added = new java.util.ArrayList<>(after);
    added.removeAll(before);
    assertThat(added).hasSize(paths.length);
    return added;
  }

  private static ProgressReport programme(UnaryOperator<ReformProgramme> change) {
    return SEED.withProgramme(change.apply(SEED.programme()));
  }

  private static ProgressReport commitment(CommitmentId id, UnaryOperator<Commitment> change) {
    return programme(
        p ->
            p.withCommitments(
                p.commitments().stream()
                    .map(c -> c.id().equals(id) ? change.apply(c) : c)
                    .collect(Collectors.toList())));
  }

  private static ProgressReport bprPhase(String id, UnaryOperator<Phase> change) {
    return commitment(
        SeedReport.BUSINESS_PROCESS_REVIEW,
        c ->
            c.withPhases(
                c.phases().stream()
                    .map(p -> p.id().equals(PhaseId.of(id)) ? change.apply(p) : p)
                    .collect(Collectors.toList())));
  }

  private static ProgressReport line(String id, UnaryOperator<PostLine> change) {
    return programme(
        p ->
            p.withPostLines(
                p.postLines().stream()
                    .map(l -> l.id().equals(PostLineId.of(id)) ? change.apply(l) : l)
                    .collect(Collectors.toList())));
  }

  private static ProgressReport indicator(String id, UnaryOperator<Indicator> change) {
    return programme(
        p ->
            p.withIndicators(
                p.indicators().stream()
                    .map(i -> i.id().equals(IndicatorId.of(id)) ? change.apply(i) : i)
                    .collect(Collectors.toList())));
  }

  private static ProgressReport document(UnaryOperator<GoverningBodyDocument> change) {
    return SEED.withDocument(change.apply(SEED.document()));
  }

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  // ---- the seed as it is -----------------------------------------------------------------------

  @Test
  void standardRulesOnTheSeedGiveNoErrorsAndExactlyTheExplainedWarnings() {
    ValidationResult result = validate(SEED);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.count(Severity.INFO)).isZero();
    assertThat(codesAndPaths(result.findings()))
        .containsExactly(
            tuple("MONITORING_INDICATOR_TARGET", "commitments[bpr]"),
            tuple("MONITORING_INDICATOR_TARGET", "commitments[field-review]"),
            tuple("MONITORING_INDICATOR_TARGET", "commitments[hr-mobility]"),
            tuple("MONITORING_INDICATOR_TARGET", "commitments[country-diagnostics]"),
            tuple("MONITORING_INDICATOR_TARGET", "commitments[dwcp-quality]"),
            tuple("MONITORING_INDICATOR_TARGET", "commitments[indirect-costs]"),
            tuple("MONITORING_INDICATOR_TARGET", "commitments[monitoring-framework]"),
            tuple("PHASE_COMPLETED_WITHOUT_END", "commitments[bpr].phases[a]"),
            tuple("PHASE_COMPLETED_WITHOUT_END", "commitments[bpr].phases[b]"));
    assertThat(result.findings()).allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void phasesAAndBAreCompletedWithoutActualEndBecauseParagraphSixGivesNoDate() {
    // Paragraph 6: "数据收集和流程分析阶段的工作已经完成" -- completed, but the report says not when.
    ValidationResult result = validate(SEED);

    assertThat(codesAndPaths(result.findings("PHASE_COMPLETED_WITHOUT_END")))
        .containsExactly(
            tuple("PHASE_COMPLETED_WITHOUT_END", "commitments[bpr].phases[a]"),
            tuple("PHASE_COMPLETED_WITHOUT_END", "commitments[bpr].phases[b]"));
    assertThat(result.findings("PHASE_COMPLETED_WITHOUT_END"))
        .allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void
      commitmentsWithoutTargetedIndicatorsAreWarningsWhileTheFrameworkWithTargetsIsBeingCompleted() {
    // Paragraph 15: "正在完成一个包含目标的改革监测框架" -- the framework with targets is still being
    // completed, so a commitment without an indicator with a target is a warning, not an error.
    // Only the flagship programmes have a target (five programmes, paragraph 11); the 75 interviews
    // of the business process review are a measurement, not a target.
    ValidationResult result = validate(SEED);

    assertThat(result.findings("MONITORING_INDICATOR_TARGET"))
        .hasSize(7)
        .allMatch(f -> f.severity() == Severity.WARNING)
        .noneMatch(f -> f.path().toString().equals("commitments[flagships]"));
    assertThat(result.findings("MONITORING_INDICATOR_TARGET").get(0).message())
        .isEqualTo(
            "Commitment bpr has no indicator with a target (monitoring framework in progress)");
  }

  @Test
  void seedFactsThatOnlyLookLateOrMissingAreNotReported() {
    ValidationResult result = validate(SEED);

    // "before the end of 2015" (paragraph 13) is not overdue in November 2015.
    assertThat(result.findings("COMMITMENT_OVERDUE")).isEmpty();
    assertThat(result.findings("MILESTONE_OVERDUE")).isEmpty();
    // the 75 interviews are dated "by November 2015", not after the report.
    assertThat(result.findings("INDICATOR_MEASUREMENT_AFTER_AS_OF")).isEmpty();
    // implementation (e) starts in 2016; information to the staff union is planned (paragraph 6).
    assertThat(result.findings("STAFF_UNION_ENGAGEMENT")).isEmpty();
    assertThat(result.findings("STAFF_UNION_ENGAGEMENT_PLANNED")).isEmpty();
    // "some of them transferred from IILS" has no count: never guessed.
    assertThat(result.findings("POST_SHARES_EXCEED_LINE")).isEmpty();
    // GB.325/POL/7 is a paper to the same session, not a later one.
    assertThat(result.findings("DOCUMENT_RELATED_SESSION")).isEmpty();
  }

  @Test
  void seedFindingsReadInChinese() {
    ValidationResult result = RuleSet.standard().validate(SEED, Locale.CHINESE);

    assertThat(result.findings("PHASE_COMPLETED_WITHOUT_END").get(0).message())
        .isEqualTo("阶段 a 为“已完成”，但未说明实际结束日期");
    assertThat(result.toString()).startsWith("0 个错误，9 个警告，0 个提示\n");
  }

  // ---- each rule firing on a minimal mutation of the seed -------------------------------------

  @Test
  void implementationMarkedCompletedBeforeReviewAndApprovalStartedBreaksPhaseOrder() {
    assertFires(
        bprPhase("e", p -> p.withStatus(Status.COMPLETED).withActualEnd(date("2015-10"))),
        "PHASE_ORDER",
        "commitments[bpr].phases[e]");
  }

  @Test
  void redesignMarkedCompletedWithoutDateIsAnotherCompletedPhaseWithoutEnd() {
    assertFires(
        bprPhase("c", p -> p.withStatus(Status.COMPLETED)),
        "PHASE_COMPLETED_WITHOUT_END",
        "commitments[bpr].phases[c]");
  }

  @Test
  void reviewAndApprovalWithAnActualStartWhileNotStartedIsReported() {
    assertFires(
        bprPhase("d", p -> p.withActualStart(date("2015-10"))),
        "PHASE_NOT_STARTED_WITH_ACTUAL_DATES",
        "commitments[bpr].phases[d]");
  }

  @Test
  void redesignStartedActuallyInJanuary2016IsAfterTheReport() {
    assertFires(
        bprPhase("c", p -> p.withActualStart(date("2016-01"))),
        "PHASE_ACTUAL_DATE_AFTER_AS_OF",
        "commitments[bpr].phases[c]");
  }

  @Test
  void implementationPlannedToEndIn2015ButStartIn2016EndsBeforeItStarts() {
    assertFires(
        bprPhase("e", p -> p.withPlannedEnd(date("2015"))),
        "PHASE_END_BEFORE_START",
        "commitments[bpr].phases[e]");
  }

  @Test
  void redesignPlannedToEndInSeptember2015IsOverdue() {
    assertFires(
        bprPhase("c", p -> p.withPlannedEnd(date("2015-09"))),
        "PHASE_OVERDUE",
        "commitments[bpr].phases[c]");
  }

  @Test
  void reviewAndApprovalPlannedForOctober2015StartsLate() {
    assertFires(
        bprPhase("d", p -> p.withPlannedStart(date("2015-10"))),
        "PHASE_LATE_START",
        "commitments[bpr].phases[d]");
  }

  @Test
  void businessProcessReviewMarkedCompletedDisagreesWithItsPhases() {
    assertFires(
        commitment(SeedReport.BUSINESS_PROCESS_REVIEW, c -> c.withStatus(Status.COMPLETED)),
        "COMMITMENT_STATUS_PHASES",
        "commitments[bpr]");
  }

  @Test
  void businessProcessReviewDueIn2014BeforeItsStartIsReported() {
    assertFires(
        commitment(SeedReport.BUSINESS_PROCESS_REVIEW, c -> c.withDue(date("2014"))),
        "COMMITMENT_DUE_BEFORE_START",
        "commitments[bpr]");
  }

  @Test
  void dwcpQualityDueByJune2015IsOverdue() {
    assertFires(
        commitment(SeedReport.DWCP_QUALITY, c -> c.withDue(date("by 2015-06"))),
        "COMMITMENT_OVERDUE",
        "commitments[dwcp-quality]");
  }

  @Test
  void remainingFieldReviewItemsDueBySeptember2015AreOverdue() {
    assertFires(
        commitment(
            SeedReport.FIELD_REVIEW,
            c -> c.withMilestones(c.milestones().get(0).withDue(date("by 2015-09")))),
        "MILESTONE_OVERDUE",
        "commitments[field-review].milestones[remaining-items-2015]");
  }

  @Test
  void fieldLineCountingNoPostsIsReported() {
    assertFires(
        line("field-technical", l -> l.withCount(0)),
        "POST_LINE_COUNT_POSITIVE",
        "postLines[field-technical]");
  }

  @Test
  void transferToHeadquartersNotNamingTheInstituteIsReported() {
    assertFires(
        line(
            "hq-policy-technical",
            l -> l.withOfWhich(PostShare.some(PostOrigin.of(OriginKind.TRANSFERRED)))),
        "POST_TRANSFER_SOURCE",
        "postLines[hq-policy-technical].ofWhich[0]");
  }

  @Test
  void technicalPostsAtAGeneralServiceGradeAreReported() {
    assertFires(
        line("hq-policy-technical", l -> l.withGrade(Grade.G_5)),
        "POST_GRADE_CATEGORY",
        "postLines[hq-policy-technical]");
  }

  @Test
  void nationalOfficerGradeAtHeadquartersIsReported() {
    assertFires(
        line("hq-policy-technical", l -> l.withGrade(Grade.NO_B)),
        "POST_GRADE_LOCATION",
        "postLines[hq-policy-technical]");
  }

  @Test
  void twentyThreeTransferredOfTwentyTwoPostsExceedTheLine() {
    assertFires(
        line(
            "hq-policy-technical",
            l -> l.withOfWhich(PostShare.of(l.ofWhich().get(0).origin(), 23))),
        "POST_SHARES_EXCEED_LINE",
        "postLines[hq-policy-technical]");
  }

  @Test
  void fieldPostsAbolishedYetFilledAreReported() {
    assertFires(
        line(
            "field-technical",
            l -> l.withOrigin(PostOrigin.of(OriginKind.ABOLISHED)).withStatus(PostStatus.FILLED)),
        "POST_ABOLISHED_FILLED",
        "postLines[field-technical]");
  }

  @Test
  void totalOfNewTechnicalPostsOffByOneIsReported() {
    ProgressReport mutated =
        programme(
            p ->
                p.withPostTotals(
                    PostTotal.builder()
                        .id(PostTotalId.of("new-technical"))
                        .description(LocalizedText.of("en", "New technical posts"))
                        .count(40)
                        .addLine(PostLineId.of("hq-policy-technical"))
                        .addLine(PostLineId.of("field-technical"))
                        .build()));

    List<Finding> added = assertFires(mutated, "POST_TOTAL_SUM", "postTotals[new-technical]");

    assertThat(added.get(0).values()).containsEntry("stated", 40).containsEntry("sum", 39);
  }

  /** A financial line of the seed's business process review; synthetic test data. */
  private static FinancialLine bprLine(String id, FinanceKind kind, String amount) {
    return FinancialLine.builder()
        .id(FinancialLineId.of(id))
        .description(LocalizedText.of("en", "Business process review"))
        .kind(kind)
        .amount(Money.parse(amount))
        .period(DatePeriod.parse("2015/2016"))
        .commitment(CommitmentId.of("bpr"))
        .build();
  }

  private static ProgressReport withLines(FinancialLine... lines) {
    return programme(p -> p.withFinances(Finances.builder().addLines(lines).build()));
  }

  @Test
  void spendingOverTheBudgetOfTheBusinessProcessReviewIsReported() {
    ProgressReport mutated =
        withLines(
            bprLine("approved", FinanceKind.APPROVED_BUDGET, "USD 1000000"),
            bprLine("spent", FinanceKind.EXPENDITURE, "USD 1000000.01"));

    List<Finding> added = assertFires(mutated, "FINANCE_OVER_BUDGET", "finances");

    assertThat(added.get(0).message())
        .isEqualTo(
            "Expenditure on commitment bpr for 2015/2016 (USD 1000000.01) exceeds its approved"
                + " budget (USD 1000000)");
  }

  @Test
  void aTotalOfMoneyThatDoesNotAddUpOrMixesCurrenciesIsReported() {
    FinancialLine approved = bprLine("approved", FinanceKind.APPROVED_BUDGET, "USD 1000000");
    FinanceTotal total =
        FinanceTotal.builder()
            .id(FinanceTotalId.of("all"))
            .description(LocalizedText.of("en", "All"))
            .amount(Money.parse("USD 999999"))
            .addLine(FinancialLineId.of("approved"))
            .build();
    ProgressReport wrongSum =
        programme(
            p -> p.withFinances(Finances.builder().addLine(approved).addTotal(total).build()));
    ProgressReport mixed =
        programme(
            p ->
                p.withFinances(
                    Finances.builder()
                        .addLine(approved)
                        .addTotal(total.withAmount(Money.parse("CHF 1000000")))
                        .build()));

    assertFires(wrongSum, "FINANCE_TOTAL_SUM", "finances.totals[all]");
    assertFires(mixed, "MONEY_CURRENCY_MIXED", "finances.totals[all]");
  }

  @Test
  void aSavingWithoutItsPeriodIsReportedOnTheSeed() {
    ProgressReport mutated =
        withLines(bprLine("saving", FinanceKind.SAVING, "USD 50000").withPeriod(Optional.empty()));

    assertFires(mutated, "SAVING_WITHOUT_PERIOD", "finances.lines[saving]");
  }

  @Test
  void anUnmitigatedHighRiskAndARiskToAnUnknownCommitmentAreReported() {
    Risk risk =
        Risk.builder()
            .id(RiskId.of("delay"))
            .description(LocalizedText.of("en", "Redesign is delayed"))
            .likelihood(RiskRating.high())
            .impact(RiskRating.high())
            .status(RiskStatus.OPEN)
            .addCommitment(CommitmentId.of("bpr"))
            .addCommitment(CommitmentId.of("nowhere"))
            .build();
    ProgressReport mutated = programme(p -> p.withRisks(risk));

    assertFires(mutated, "RISK_HIGH_UNMITIGATED", "risks[delay]");
    assertFires(mutated, "RISK_COMMITMENT_UNKNOWN", "risks[delay].commitments");
  }

  @Test
  void completedFrameworkTurnsMissingTargetsIntoErrors() {
    ProgressReport mutated =
        programme(
            p ->
                p.withMonitoringFramework(
                    p.monitoringFramework().orElseThrow().withStatus(Status.COMPLETED)));

    ValidationResult result = validate(mutated);

    assertThat(result.findings("MONITORING_INDICATOR_TARGET"))
        .hasSize(7)
        .allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(codesAndPaths(result.findings(Severity.ERROR)))
        .contains(tuple("MONITORING_INDICATOR_TARGET", "commitments[bpr]"));
  }

  @Test
  void interviewsMeasuredAsAPercentageAreNotInTheIndicatorsUnit() {
    assertFires(
        indicator(
            "bpr-interviews",
            i ->
                i.withMeasurements(
                    i.measurements()
                        .get(0)
                        .withValue(IndicatorValue.percentage(new BigDecimal("75"))))),
        "INDICATOR_VALUE_UNIT",
        "indicators[bpr-interviews].measurements[0]");
  }

  @Test
  void flagshipTargetDueBeforeItsBaselineIsReported() {
    assertFires(
        indicator(
            "flagship-programmes",
            i ->
                i.withBaseline(
                        Baseline.builder()
                            .value(IndicatorValue.count(0))
                            .date(date("2015-02"))
                            .build())
                    .withTargets(i.targets().get(0).withDue(date("2014")))),
        "INDICATOR_BASELINE_BEFORE_TARGET",
        "indicators[flagship-programmes].targets[0]");
  }

  @Test
  void interviewShareOfHundredAndTwentyPercentIsReported() {
    assertFires(
        indicator(
            "bpr-interviews",
            i ->
                i.withMeasure(Measure.of(MeasureKind.PERCENTAGE))
                    .withMeasurements(
                        Measurement.builder()
                            .value(IndicatorValue.percentage(new BigDecimal("120")))
                            .date(date("2015-09"))
                            .build())),
        "INDICATOR_PERCENTAGE_RANGE",
        "indicators[bpr-interviews].measurements[0]");
  }

  @Test
  void interviewsDatedDecember2015AreAfterTheReport() {
    assertFires(
        indicator(
            "bpr-interviews",
            i -> i.withMeasurements(i.measurements().get(0).withDate(date("2015-12")))),
        "INDICATOR_MEASUREMENT_AFTER_AS_OF",
        "indicators[bpr-interviews].measurements[0]");
  }

  @Test
  void implementationUnderWayWhileTheStaffUnionIsOnlyToBeInformedIsReported() {
    assertFires(
        bprPhase("e", p -> p.withStatus(Status.IN_PROGRESS)),
        "STAFF_UNION_ENGAGEMENT",
        "commitments[bpr]");
  }

  @Test
  void businessProcessReviewWithoutThePlannedStaffUnionEngagementIsReported() {
    assertFires(
        programme(
            p ->
                p.withEngagements(
                    p.engagements().stream()
                        .filter(e -> !e.id().toString().equals("staff-union"))
                        .collect(Collectors.toList()))),
        "STAFF_UNION_ENGAGEMENT_PLANNED",
        "commitments[bpr]");
  }

  @Test
  void relatedDocumentWithoutItsItemNumberIsReported() {
    assertFires(
        document(
            d -> {
              List<DocumentReference> related =
                  new java.util.ArrayList<>(d.cover().relatedDocuments());
              int index =
                  related.indexOf(DocumentReference.of(DocumentSymbol.parse("GB.322/POL/6")));
              related.set(index, DocumentReference.of(DocumentSymbol.parse("GB.322/POL")));
              return d.withCover(d.cover().withRelatedDocuments(related));
            }),
        "DOCUMENT_SYMBOL_FORM",
        "document.cover.relatedDocuments[6]");
  }

  @Test
  void agendaItemFiveDisagreesWithTheSymbol() {
    assertFires(
        document(d -> d.withAgendaItem("5")), "DOCUMENT_AGENDA_ITEM", "document.agendaItem");
  }

  @Test
  void footnoteCitingAPaperOfTheNextSessionIsReported() {
    assertFires(
        document(
            d ->
                d.withFootnotes(
                    d.footnotes().get(0),
                    d.footnotes()
                        .get(1)
                        .withReferences(
                            DocumentReference.of(DocumentSymbol.parse("GB.326/POL/7"))))),
        "DOCUMENT_RELATED_SESSION",
        "document.footnotes[2].references[0]");
  }

  @Test
  void coverWithoutFollowUpActionIsReported() {
    assertFires(
        document(d -> d.withCover(d.cover().withFollowUpAction(Optional.empty()))),
        "DOCUMENT_COVER_FIELDS",
        "document.cover.followUpAction");
  }

  @Test
  void secondFootnoteNumberedThreeIsOutOfStep() {
    assertFires(
        document(d -> d.withFootnotes(d.footnotes().get(0), d.footnotes().get(1).withNumber(3))),
        "DOCUMENT_FOOTNOTE_ORDER",
        "document.footnotes[3]");
  }

  @Test
  void mobilityPolicyPointingToAnUnknownCommitmentIsReported() {
    assertFires(
        programme(p -> p.withPolicies(p.policies().get(0).withCommitment(CommitmentId.of("hr")))),
        "REFERENCE_UNRESOLVED",
        "policies[mobility].commitment");
  }

  @Test
  void fieldReviewAsPartOfItsOwnDiagnosticToolIsACircle() {
    assertFires(
        commitment(SeedReport.FIELD_REVIEW, c -> c.withPartOf(SeedReport.COUNTRY_DIAGNOSTICS)),
        "COMMITMENT_DEPENDENCY_CYCLE",
        "commitments[field-review]");
  }

  @Test
  void committeeApplyingAnUnknownPolicyIsAnUnresolvedReference() {
    assertFires(
        programme(
            p -> p.withCommittees(p.committees().get(0).withApplies(PolicyId.of("recruitment")))),
        "REFERENCE_UNRESOLVED",
        "committees[ramc].applies");
  }

  @Test
  void flagshipIndicatorReusingTheInterviewsIdentifierIsReported() {
    assertFires(
        indicator("flagship-programmes", i -> i.withId(IndicatorId.of("bpr-interviews"))),
        "IDENTIFIER_UNIQUE",
        "indicators[bpr-interviews]");
  }

  @Test
  void previousReportDatedMarch2016WouldComeAfterThisOne() {
    assertFires(
        SEED.withPreviousReport(SEED.previousReport().orElseThrow().withDate(date("2016-03"))),
        "REPORT_PREVIOUS_REPORT",
        "previousReport");
  }

  @Test
  void headquartersPostsWithoutTheirParagraphAreNoted() {
    List<Finding> added =
        assertFires(
            line("hq-policy-technical", l -> l.withParagraphs()),
            "SOURCE_PARAGRAPH",
            "postLines[hq-policy-technical]");

    assertThat(added.get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void aCommitmentWhoseStatusIsNotStatedIsNotedAndNothingElseChanges() {
    List<Finding> added =
        assertFires(
            commitment(SeedReport.BUSINESS_PROCESS_REVIEW, c -> c.withStatus(Optional.empty())),
            "STATUS_NOT_STATED",
            "commitments[bpr]");

    assertThat(added.get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void theSeriesRulesFireOnTheSeedFollowedByAReportThatDropsReopensAndMoves() {
    ProgressReport november = SeedReport.november2015();
    List<Commitment> commitments = new java.util.ArrayList<>();
    for (Commitment commitment : november.programme().commitments()) {
      if (commitment.id().value().equals("flagships")) {
        continue;
      }
      if (commitment.id().equals(SeedReport.BUSINESS_PROCESS_REVIEW)) {
        List<Phase> phases = new java.util.ArrayList<>(commitment.phases());
        phases.set(0, phases.get(0).withStatus(Status.IN_PROGRESS));
        phases.set(4, phases.get(4).withPlannedStart(PartialDate.parse("2017-03")));
        commitment = commitment.withPhases(phases);
      }
      commitments.add(commitment);
    }
    ProgressReport later =
        november
            .withDocument(november.document().withSymbol(DocumentSymbol.parse("GB.326/INS/12")))
            .withAsOf(PartialDate.parse("2016-03"))
            .withProgramme(november.programme().withCommitments(commitments));
    ReportSeries series = ReportSeries.of(March2015Snapshot.reconstructed(), november, later);

    List<Finding> findings = RuleSet.standard().validate(series, Locale.ENGLISH).findings();

    assertThat(findings)
        .extracting(Finding::code, f -> f.path().toString(), Finding::severity)
        .containsExactly(
            tuple("SERIES_ITEM_DROPPED", "commitments[flagships]", Severity.WARNING),
            tuple("SERIES_COMPLETED_REOPENED", "commitments[bpr].phases[a]", Severity.ERROR),
            tuple(
                "SERIES_DATE_MOVED_UNEXPLAINED",
                "commitments[bpr].phases[e].plannedStart",
                Severity.INFO));
    assertThat(
            RuleSet.standard()
                .validate(
                    ReportSeries.of(March2015Snapshot.reconstructed(), november), Locale.ENGLISH)
                .findings())
        .isEmpty();
  }

  /** Synthetic recommendation of an oversight body, added to the seed for the tests below. */
  private static org.reformkit.core.model.Recommendation recommendation(String id) {
    return org.reformkit.core.model.Recommendation.builder()
        .id(org.reformkit.core.model.RecommendationId.of(id))
        .source(
            org.reformkit.core.model.DocumentReference.of(
                org.reformkit.core.model.DocumentSymbol.parse("JIU/REP/2014/8")))
        .number("Recommendation " + id)
        .build();
  }

  private static ProgressReport withRecommendations(
      List<org.reformkit.core.model.Recommendation> listed,
      org.reformkit.core.model.RecommendationTotal... totals) {
    return programme(
        p ->
            p.withRecommendations(
                org.reformkit.core.model.Recommendations.builder()
                    .addAllListed(listed)
                    .addTotals(totals)
                    .build()));
  }

  private static org.reformkit.core.model.RecommendationTotal count(
      String id, Optional<org.reformkit.core.model.ImplementationStatus> status, int count) {
    return org.reformkit.core.model.RecommendationTotal.builder()
        .id(org.reformkit.core.model.RecommendationTotalId.of(id))
        .status(status)
        .count(count)
        .build();
  }

  @Test
  void recommendationRulesFireOnTheSeedWithRecommendationsAdded() {
    org.reformkit.core.model.ImplementationStatus implemented =
        org.reformkit.core.model.ImplementationStatus.IMPLEMENTED;
    ProgressReport accepted =
        withRecommendations(
            List.of(
                recommendation("1").withAcceptance(org.reformkit.core.model.Acceptance.ACCEPTED)));
    ProgressReport implementedOpen =
        withRecommendations(
            List.of(
                recommendation("1")
                    .withStatus(implemented)
                    .withAnsweredBy(SeedReport.BUSINESS_PROCESS_REVIEW)));
    ProgressReport overdue =
        withRecommendations(
            List.of(
                recommendation("1")
                    .withStatus(org.reformkit.core.model.ImplementationStatus.IN_PROGRESS)
                    .withDue(PartialDate.parse("2015-06"))));
    ProgressReport sum =
        withRecommendations(
            List.of(),
            count("all", Optional.empty(), 5),
            count("done", Optional.of(implemented), 6));
    ProgressReport listed =
        withRecommendations(
            List.of(recommendation("1"), recommendation("2")), count("all", Optional.empty(), 1));

    assertFires(accepted, "RECOMMENDATION_ACCEPTED_UNANSWERED", "recommendations.listed[1]");
    assertFires(
        implementedOpen, "RECOMMENDATION_IMPLEMENTED_OPEN_COMMITMENT", "recommendations.listed[1]");
    assertFires(overdue, "RECOMMENDATION_OVERDUE", "recommendations.listed[1]");
    assertFires(sum, "RECOMMENDATION_TOTAL_SUM", "recommendations.totals[all]");
    assertFires(listed, "RECOMMENDATION_TOTAL_LISTED", "recommendations.totals[all]");
  }

  @Test
  void relocationRulesFireOnTheSeedWithALineRelocated() {
    org.reformkit.core.model.Location nairobi =
        org.reformkit.core.model.Location.field()
            .withDutyStation(
                org.reformkit.core.model.DutyStation.of(
                    org.reformkit.core.model.LocalizedText.of("en", "Nairobi"), "KE"));
    ProgressReport samePlace =
        programme(
            p ->
                p.withPostLines(
                    p.postLines().get(0),
                    p.postLines()
                        .get(1)
                        .withRelocation(
                            org.reformkit.core.model.Relocation.builder()
                                .from(nairobi)
                                .to(nairobi)
                                .build())));
    ProgressReport fromEmpty =
        programme(
            p ->
                p.withPostLines(
                    p.postLines().get(0),
                    p.postLines()
                        .get(1)
                        .withRelocation(
                            org.reformkit.core.model.Relocation.builder()
                                .from(nairobi)
                                .to(p.postLines().get(1).location())
                                .build())));

    assertFires(samePlace, "RELOCATION_SAME_PLACE", "postLines[field-technical].relocation");
    assertFires(fromEmpty, "RELOCATION_FROM_EMPTY", "postLines[field-technical].relocation");
  }

  @Test
  void everyStandardRuleHasAFiringTestOnTheSeedHere() throws Exception {
    String source =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/test/java/org/reformkit/examples/SeedReportRulesTest.java"));

    for (String code : RuleSet.standard().codes()) {
      assertThat(source).as(code).contains("\"" + code + "\"");
    }
  }
}
