package org.reformkit.examples.who;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SymbolFamily;

/**
 * Every fact of the WHO paper EB138/5 that the examples encode, asserted with the paragraph that
 * states it (the list, with what is left not stated, is {@code who-2016-01.facts.txt}); and the
 * facts the paper does not state are absent.
 */
class WhoReportFactsTest {
  private final ProgressReport report = WhoReform2016.january2016();
  private final ReformProgramme programme = report.programme();

  private static String en(org.reformkit.core.model.LocalizedText text) {
    return text.in(Locale.ENGLISH);
  }

  private Commitment commitment(org.reformkit.core.model.CommitmentId id) {
    return programme.commitment(id).orElseThrow();
  }

  private Statement statement(List<Statement> statements, String id) {
    return statements.stream().filter(s -> s.id().value().equals(id)).findFirst().orElseThrow();
  }

  // ---- header --------------------------------------------------------------------------------

  @Test
  void paperIsExecutiveBoardDocumentEb138Slash5OfItsHundredAndThirtyEighthSession() {
    GoverningBodyDocument document = report.document();
    assertThat(document.symbol()).hasToString("EB138/5");
    assertThat(document.symbol().family()).isEqualTo(SymbolFamily.WHO);
    assertThat(document.symbol().organ()).contains("EB");
    assertThat(document.symbol().session()).contains(138);
    assertThat(document.symbol().number()).contains(5);
  }

  @Test
  void headerGivesTheOrganSessionDateAgendaItemTitleAndHeading() {
    GoverningBodyDocument document = report.document();
    assertThat(document.organ().map(WhoReportFactsTest::en)).contains("Executive Board");
    assertThat(document.session()).contains("138th");
    assertThat(document.date()).contains(PartialDate.ofDay(LocalDate.of(2016, 1, 15)));
    assertThat(document.agendaItem()).contains("5.1");
    assertThat(en(document.title())).isEqualTo("Overview of reform implementation");
    assertThat(document.heading().map(WhoReportFactsTest::en))
        .contains("Report by the Secretariat");
    assertThat(report.asOf()).isEqualTo(PartialDate.ofDay(LocalDate.of(2016, 1, 15)));
    assertThat(report.reconstructed()).isFalse();
  }

  @Test
  void whatTheHeaderDoesNotStateIsAbsent() {
    GoverningBodyDocument document = report.document();
    assertThat(document.sessionDates()).isEmpty();
    assertThat(document.sessionPlace()).isEmpty();
    assertThat(document.sectionName()).isEmpty();
    assertThat(document.originalLanguage()).isEmpty();
    assertThat(document.footnotes()).isEmpty();
    assertThat(document.distribution()).isEmpty();
    assertThat(document.actionsRequested()).isEmpty();
    assertThat(document.contacts()).isEmpty();
    DocumentCover cover = document.cover();
    assertThat(cover.purpose()).isEmpty();
    assertThat(cover.strategicObjective()).isEmpty();
    assertThat(cover.mainOutcome()).isEmpty();
    assertThat(cover.policyImplications()).isEmpty();
    assertThat(cover.legalImplications()).isEmpty();
    assertThat(cover.financialImplications()).isEmpty();
    assertThat(cover.followUpAction()).isEmpty();
    assertThat(cover.authorUnit()).isEmpty();
    assertThat(cover.relatedDocuments()).isEmpty();
  }

  // ---- paragraph 1 ---------------------------------------------------------------------------

  @Test
  void paragraph1TheReportFollowsTheReportToTheSixtyEighthWorldHealthAssembly() {
    DocumentReference previous = report.previousReport().orElseThrow();
    assertThat(previous.title().map(WhoReportFactsTest::en))
        .contains("The report to the Sixty-eighth World Health Assembly");
    assertThat(previous.paragraphs()).containsExactly(1);
    // its symbol and date are in footnote 1, which was not read
    assertThat(previous.symbol()).isEmpty();
    assertThat(previous.date()).isEmpty();
  }

  @Test
  void paragraph1ThreeBroadWorkstreams() {
    assertThat(programme.commitments().subList(0, 3))
        .extracting(c -> c.id().value(), c -> en(c.title()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("programmes", "Programmes and priority-setting"),
            org.assertj.core.groups.Tuple.tuple("governance", "Governance"),
            org.assertj.core.groups.Tuple.tuple("management", "Management"));
    for (Commitment workstream : programme.commitments().subList(0, 3)) {
      assertThat(workstream.paragraphs()).containsExactly(1, 3);
    }
  }

  @Test
  void paragraph1TheReportCoversStatusWorkstreamsAndIndicatorsWithExamplesFromMajorOffices() {
    Statement scope = statement(report.statements(), "scope");
    assertThat(scope.kind()).isEqualTo(StatementKind.CONTEXT);
    assertThat(en(scope.text())).contains("three workstreams", "indicators", "major offices");
    assertThat(scope.paragraphs()).containsExactly(1);
  }

  // ---- paragraph 2 ---------------------------------------------------------------------------

  @Test
  void paragraph2TheNewEmergenciesStreamIsAnImportantElementCloselyAligned() {
    Commitment emergencies = commitment(WhoReform2016.EMERGENCIES);
    assertThat(en(emergencies.title()))
        .isEqualTo("Reform of WHO's work in outbreaks and health emergencies");
    assertThat(emergencies.paragraphs()).containsExactly(2);
    Statement aligned = statement(emergencies.statements(), "aligned");
    assertThat(aligned.kind()).isEqualTo(StatementKind.ASSESSMENT);
    assertThat(en(aligned.text())).contains("important element", "closely aligned");
    assertThat(aligned.paragraphs()).containsExactly(2);
  }

  @Test
  void paragraph2TheResponseInLargeScaleEmergenciesIsReportedSeparately() {
    Statement separate = statement(report.statements(), "emergency-response");
    assertThat(separate.kind()).isEqualTo(StatementKind.CONTEXT);
    assertThat(en(separate.text())).contains("severe, large-scale emergencies", "another paper");
    assertThat(separate.paragraphs()).containsExactly(2);
  }

  // ---- paragraph 3 ---------------------------------------------------------------------------

  @Test
  void paragraph3ImplementationHasRunSince2011() {
    assertThat(programme.launched()).contains(PartialDate.ofYear(2011));
    assertThat(en(programme.name())).isEqualTo("WHO reform");
    assertThat(programme.organization().map(WhoReportFactsTest::en))
        .contains("World Health Organization");
    assertThat(programme.status()).contains(Status.IN_PROGRESS);
    assertThat(programme.paragraphs()).containsExactly(1, 2, 3, 4);
    assertThat(programme.owner()).isEmpty();
  }

  @Test
  void paragraph3SignificantProgressInFiveYearsTowardsTheObjectives() {
    Statement progress = statement(programme.statements(), "significant-progress");
    assertThat(progress.kind()).isEqualTo(StatementKind.ASSESSMENT);
    assertThat(en(progress.text()))
        .contains("five years", "significant progress", "effective, efficient, transparent");
    assertThat(progress.paragraphs()).containsExactly(3);
  }

  @Test
  void paragraph3ProgressWasGreatestInProgrammaticReformsLessInGovernanceAndManagement() {
    Statement variable = statement(programme.statements(), "variable");
    assertThat(variable.kind()).isEqualTo(StatementKind.ASSESSMENT);
    assertThat(en(variable.text()))
        .contains("since 2011", "most progress in the programmatic", "less in governance");
    assertThat(variable.paragraphs()).containsExactly(3);
  }

  @Test
  void paragraph3ReformActivitiesAreToBeMainstreamedDuringTheNextBiennium() {
    Statement plan = statement(programme.statements(), "mainstreaming");
    assertThat(plan.kind()).isEqualTo(StatementKind.PLAN);
    assertThat(en(plan.text())).contains("business processes", "next biennium");
    assertThat(plan.paragraphs()).containsExactly(3);
    // "the next biennium" is given no years: no milestone, no date
    assertThat(programme.commitments()).allSatisfy(c -> assertThat(c.milestones()).isEmpty());
  }

  // ---- paragraph 4 ---------------------------------------------------------------------------

  @Test
  void paragraph4EightyFourPercentOfReformOutputsHaveReachedTheImplementationStage() {
    Indicator outputs = programme.indicator(WhoReform2016.OUTPUTS_IN_IMPLEMENTATION).orElseThrow();
    assertThat(en(outputs.name()))
        .isEqualTo("Reform outputs that have reached the implementation stage");
    assertThat(outputs.measure().kind()).isEqualTo(MeasureKind.PERCENTAGE);
    assertThat(outputs.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(outputs.paragraphs()).containsExactly(4);
    assertThat(outputs.measurements()).hasSize(1);
    Measurement now = outputs.measurements().get(0);
    assertThat(now.value()).isEqualTo(IndicatorValue.percentage(BigDecimal.valueOf(84)));
    assertThat(now.date())
        .isEqualTo(PartialDate.ofDay(LocalDate.of(2016, 1, 15)).qualified(DateQualifier.BY));
    assertThat(now.paragraphs()).containsExactly(4);
    // no baseline, no target, not the May 2015 figure: the paper gives none
    assertThat(outputs.baseline()).isEmpty();
    assertThat(outputs.targets()).isEmpty();
    assertThat(outputs.commitment()).isEmpty();
  }

  @Test
  void paragraph4TheShareHasNotChangedSignificantlySinceMay2015() {
    Statement unchanged = statement(report.statements(), "unchanged-since-may");
    assertThat(unchanged.kind()).isEqualTo(StatementKind.FINDING);
    assertThat(en(unchanged.text())).contains("hardly changed since May 2015");
    assertThat(unchanged.paragraphs()).containsExactly(4);
  }

  @Test
  void paragraph4EbolaPostponedSeveralOutputsWhoseWorkResumedInTheSecondHalfOf2015() {
    Statement ebola = statement(report.statements(), "ebola-postponement");
    assertThat(ebola.kind()).isEqualTo(StatementKind.FINDING);
    assertThat(en(ebola.text()))
        .contains("Ebola", "second half of 2015", "not yet in the implementation stage");
    assertThat(ebola.paragraphs()).containsExactly(4);
  }

  // ---- what the paper does not state -----------------------------------------------------------

  @Test
  void noWorkstreamHasAStatusOwnerObjectiveScopeDateOrPhaseBecauseThePaperGivesNone() {
    assertThat(programme.commitments()).hasSize(4);
    for (Commitment commitment : programme.commitments()) {
      assertThat(commitment.status()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.owner()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.objective()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.scope()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.started()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.due()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.phases()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.deliverables()).as(commitment.id().value()).isEmpty();
      assertThat(commitment.partOf()).as(commitment.id().value()).isEmpty();
    }
  }

  @Test
  void theProgrammeHasOnlyTheOneIndicatorAndNothingTheTextReadDoesNotMention() {
    assertThat(programme.indicators()).hasSize(1);
    assertThat(programme.monitoringFramework()).isEmpty();
    assertThat(programme.postLines()).isEmpty();
    assertThat(programme.posts()).isEmpty();
    assertThat(programme.postTotals()).isEmpty();
    assertThat(programme.engagements()).isEmpty();
    assertThat(programme.externalSupport()).isEmpty();
    assertThat(programme.policies()).isEmpty();
    assertThat(programme.committees()).isEmpty();
  }

  @Test
  void everyElementCitesAParagraphOfTheTextRead() {
    assertThat(report.statements())
        .allSatisfy(s -> assertThat(s.paragraphs()).isNotEmpty().allMatch(p -> p >= 1 && p <= 4));
    assertThat(programme.statements())
        .allSatisfy(s -> assertThat(s.paragraphs()).isNotEmpty().allMatch(p -> p >= 1 && p <= 4));
    assertThat(programme.commitments())
        .allSatisfy(c -> assertThat(c.paragraphs()).isNotEmpty().allMatch(p -> p >= 1 && p <= 4));
  }

  @Test
  void textsAreInEnglishOnly() {
    assertThat(report.document().title().in(Locale.CHINESE))
        .isEqualTo("Overview of reform implementation");
    assertThat(report.document().title().texts().keySet()).containsExactly("en");
  }
}
