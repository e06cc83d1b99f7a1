package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.run;
import static org.reformkit.core.rules.Fixtures.text;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;

class RecommendationRulesTest {
  private static final DocumentReference JIU =
      DocumentReference.of(DocumentSymbol.parse("JIU/REP/2016/8"));
  private static final DocumentReference IEE =
      DocumentReference.builder().title(text("Independent External Evaluation")).build();

  private static Recommendation recommendation(String id) {
    return Recommendation.builder()
        .id(RecommendationId.of(id))
        .source(JIU)
        .number("Recommendation " + id)
        .build();
  }

  private static RecommendationTotal total(String id, int count) {
    return RecommendationTotal.builder()
        .id(RecommendationTotalId.of(id))
        .source(JIU)
        .count(count)
        .build();
  }

  private static ReformProgramme with(Recommendation... listed) {
    return programme().withRecommendations(Recommendations.builder().addListed(listed).build());
  }

  private static ReformProgramme withTotals(
      Iterable<Recommendation> listed, RecommendationTotal... totals) {
    return programme()
        .withRecommendations(
            Recommendations.builder().addAllListed(listed).addTotals(totals).build());
  }

  @Test
  void acceptedRecommendationThatNoCommitmentAnswersIsReported() {
    ReformProgramme p =
        with(
            recommendation("1").withAcceptance(Acceptance.ACCEPTED),
            recommendation("2")
                .withAcceptance(Acceptance.PARTIALLY_ACCEPTED)
                .withAnsweredBy(CommitmentId.of("nowhere")));

    ValidationResult result = run("RECOMMENDATION_ACCEPTED_UNANSWERED", p);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("RECOMMENDATION_ACCEPTED_UNANSWERED", "recommendations.listed[1]"),
            tuple("RECOMMENDATION_ACCEPTED_UNANSWERED", "recommendations.listed[2]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Recommendation 1 is accepted but no commitment of the programme answers it");
    assertThat(result.findings().get(1).message()).contains("is partially accepted");
  }

  @Test
  void answeredNotAcceptedOrUnstatedAcceptanceIsNotReported() {
    ReformProgramme p =
        with(
            recommendation("1")
                .withAcceptance(Acceptance.ACCEPTED)
                .withAnsweredBy(CommitmentId.of("nowhere"), CommitmentId.of("bpr")),
            recommendation("2").withAcceptance(Acceptance.NOT_ACCEPTED),
            recommendation("3").withAcceptance(Acceptance.UNDER_CONSIDERATION),
            recommendation("4"));

    assertThat(run("RECOMMENDATION_ACCEPTED_UNANSWERED", p).findings()).isEmpty();
  }

  @Test
  void withoutItsProgrammeAnyNamedCommitmentAnswersARecommendation() {
    RuleSet rule = RuleSet.standard().only("RECOMMENDATION_ACCEPTED_UNANSWERED");
    Recommendation accepted = recommendation("1").withAcceptance(Acceptance.ACCEPTED);

    assertThat(rule.validate(accepted.withAnsweredBy(CommitmentId.of("x")), CONTEXT).findings())
        .isEmpty();
    assertThat(rule.validate(accepted, CONTEXT).codes())
        .containsExactly("RECOMMENDATION_ACCEPTED_UNANSWERED");
  }

  @Test
  void implementedRecommendationWhoseCommitmentIsNotCompletedIsReported() {
    ReformProgramme p =
        with(
            recommendation("1")
                .withStatus(ImplementationStatus.IMPLEMENTED)
                .withAnsweredBy(CommitmentId.of("bpr"), CommitmentId.of("nowhere")));

    ValidationResult result = run("RECOMMENDATION_IMPLEMENTED_OPEN_COMMITMENT", p);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("RECOMMENDATION_IMPLEMENTED_OPEN_COMMITMENT", "recommendations.listed[1]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "Recommendation 1 is implemented but commitment bpr that answers it is in progress");
  }

  @Test
  void implementedRecommendationWithCompletedOrUnstatedCommitmentsIsNotReported() {
    ReformProgramme base = programme();
    ReformProgramme p =
        Fixtures.replace(
                base,
                base.commitment(CommitmentId.of("bpr"))
                    .orElseThrow()
                    .withStatus(org.reformkit.core.model.Status.COMPLETED))
            .withRecommendations(
                Recommendations.builder()
                    .addListed(
                        recommendation("1")
                            .withStatus(ImplementationStatus.IMPLEMENTED)
                            .withAnsweredBy(CommitmentId.of("bpr")),
                        recommendation("2")
                            .withStatus(ImplementationStatus.IN_PROGRESS)
                            .withAnsweredBy(CommitmentId.of("field")),
                        recommendation("3").withAnsweredBy(CommitmentId.of("field")))
                    .build());
    ReformProgramme unstated =
        Fixtures.replace(
                p,
                p.commitment(CommitmentId.of("bpr"))
                    .orElseThrow()
                    .withStatus(java.util.Optional.empty()))
            .withRecommendations(p.recommendations());

    assertThat(run("RECOMMENDATION_IMPLEMENTED_OPEN_COMMITMENT", p).findings()).isEmpty();
    assertThat(run("RECOMMENDATION_IMPLEMENTED_OPEN_COMMITMENT", unstated).findings()).isEmpty();
    assertThat(
            RuleSet.standard()
                .only("RECOMMENDATION_IMPLEMENTED_OPEN_COMMITMENT")
                .validate(p.recommendations().listed().get(0), CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void openRecommendationCertainlyDueBeforeTheAsOfDateIsOverdue() {
    ReformProgramme p =
        with(
            recommendation("1")
                .withStatus(ImplementationStatus.IN_PROGRESS)
                .withDue(date("2015-06")),
            recommendation("2")
                .withStatus(ImplementationStatus.NOT_STARTED)
                .withDue(date("by 2014")));

    ValidationResult result = run("RECOMMENDATION_OVERDUE", p);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("RECOMMENDATION_OVERDUE", "recommendations.listed[1]"),
            tuple("RECOMMENDATION_OVERDUE", "recommendations.listed[2]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "Recommendation 1 is in progress although it was due 2015-06, before the as-of date"
                + " 2015-11-30");
  }

  @Test
  void closedUnstatedOrNotCertainlyPastRecommendationsAreNotOverdue() {
    ReformProgramme p =
        with(
            recommendation("1").withStatus(ImplementationStatus.IMPLEMENTED).withDue(date("2014")),
            recommendation("2").withStatus(ImplementationStatus.SUPERSEDED).withDue(date("2014")),
            recommendation("3")
                .withStatus(ImplementationStatus.CLOSED_WITHOUT_IMPLEMENTATION)
                .withDue(date("2014")),
            recommendation("4").withDue(date("2014")),
            recommendation("5").withStatus(ImplementationStatus.IN_PROGRESS),
            recommendation("6")
                .withStatus(ImplementationStatus.IN_PROGRESS)
                .withDue(date("by 2015")),
            recommendation("7")
                .withStatus(ImplementationStatus.IN_PROGRESS)
                .withDue(date("2015-11")));

    assertThat(run("RECOMMENDATION_OVERDUE", p).findings()).isEmpty();
  }

  @Test
  void countsByStatusOverTheirTotalAreReported() {
    ReformProgramme p =
        withTotals(
            java.util.List.of(),
            total("all", 57),
            total("implemented", 25).withStatus(ImplementationStatus.IMPLEMENTED),
            total("in-progress", 33).withStatus(ImplementationStatus.IN_PROGRESS));

    ValidationResult result = run("RECOMMENDATION_TOTAL_SUM", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("RECOMMENDATION_TOTAL_SUM", "recommendations.totals[all]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Total all states 57 recommendations but its counts by status add up to 58");
  }

  @Test
  void countsForEveryStatusThatFallShortOfTheirTotalAreReported() {
    ReformProgramme p =
        withTotals(
            java.util.List.of(),
            total("all", 57),
            total("a", 25).withStatus(ImplementationStatus.IMPLEMENTED),
            total("b", 20).withStatus(ImplementationStatus.IN_PROGRESS),
            total("c", 1).withStatus(ImplementationStatus.NOT_STARTED),
            total("d", 1).withStatus(ImplementationStatus.SUPERSEDED),
            total("e", 1).withStatus(ImplementationStatus.CLOSED_WITHOUT_IMPLEMENTATION));

    assertThat(run("RECOMMENDATION_TOTAL_SUM", p).codes())
        .containsExactly("RECOMMENDATION_TOTAL_SUM");
  }

  @Test
  void countsThatAddUpOrLeaveStatusesUnstatedOrCountAnotherSourceAreNotReported() {
    ReformProgramme p =
        withTotals(
            java.util.List.of(),
            total("all", 57),
            total("implemented", 25).withStatus(ImplementationStatus.IMPLEMENTED),
            total("in-progress", 31).withStatus(ImplementationStatus.IN_PROGRESS),
            total("closed", 1).withStatus(ImplementationStatus.CLOSED_WITHOUT_IMPLEMENTATION),
            total("iee", 109).withSource(IEE),
            total("iee-done", 200)
                .withSource(IEE)
                .withStatus(ImplementationStatus.IMPLEMENTED)
                .withActions(300)
                .withCount(java.util.Optional.empty()),
            RecommendationTotal.builder()
                .id(RecommendationTotalId.of("any-source"))
                .status(ImplementationStatus.IMPLEMENTED)
                .count(90)
                .build(),
            total("actions-only", 1).withActions(330).withCount(java.util.Optional.empty()));

    assertThat(run("RECOMMENDATION_TOTAL_SUM", p).findings()).isEmpty();
    assertThat(
            RuleSet.standard()
                .only("RECOMMENDATION_TOTAL_SUM")
                .validate(total("all", 1), CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void moreListedRecommendationsOrActionsThanACountStatesAreReported() {
    Recommendation broken =
        recommendation("1")
            .withStatus(ImplementationStatus.IMPLEMENTED)
            .withActions(
                RecommendationAction.builder().number("1.1").build(),
                RecommendationAction.builder().number("1.2").build());
    ReformProgramme p =
        withTotals(
            java.util.List.of(broken, recommendation("2")),
            total("all", 1).withActions(1),
            total("implemented", 1).withStatus(ImplementationStatus.IMPLEMENTED));

    ValidationResult result = run("RECOMMENDATION_TOTAL_LISTED", p);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("RECOMMENDATION_TOTAL_LISTED", "recommendations.totals[all]"),
            tuple("RECOMMENDATION_TOTAL_LISTED", "recommendations.totals[all]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Total all states 1 recommendations but 2 of those it counts are listed");
    assertThat(result.findings().get(1).message())
        .isEqualTo(
            "Total all states 1 actions but 2 actions are listed under the recommendations it"
                + " counts");
  }

  @Test
  void fewerListedThanCountedOrOtherSourcesOrStatusesAreNotReported() {
    ReformProgramme p =
        withTotals(
            java.util.List.of(
                recommendation("1"),
                recommendation("2").withStatus(ImplementationStatus.IN_PROGRESS),
                recommendation("3").withSource(IEE)),
            total("all", 57).withActions(2),
            total("exact", 3).withActions(0),
            total("implemented", 0).withStatus(ImplementationStatus.IMPLEMENTED),
            total("iee", 1).withSource(IEE));

    assertThat(run("RECOMMENDATION_TOTAL_LISTED", p).findings()).isEmpty();
    assertThat(
            RuleSet.standard()
                .only("RECOMMENDATION_TOTAL_LISTED")
                .validate(total("all", 0), CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void recommendationMessagesSpeakEveryLanguage() {
    ReformProgramme p = with(recommendation("1").withAcceptance(Acceptance.ACCEPTED));
    for (Locale locale :
        java.util.List.of(Locale.CHINESE, Locale.FRENCH, Locale.forLanguageTag("es"))) {
      String message =
          RuleSet.standard()
              .only("RECOMMENDATION_ACCEPTED_UNANSWERED")
              .validate(p, ValidationContext.of(Fixtures.AS_OF, locale))
              .findings()
              .get(0)
              .message();
      assertThat(message).doesNotContain("accepted").contains("1");
    }
  }

  @Test
  void aCommitmentThatAnswersARecommendationMustExist() {
    ReformProgramme p =
        with(recommendation("1").withAnsweredBy(CommitmentId.of("bpr"), CommitmentId.of("gone")));

    ValidationResult result = run("REFERENCE_UNRESOLVED", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("REFERENCE_UNRESOLVED", "recommendations.listed[1].answeredBy"));
    assertThat(result.findings().get(0).message()).contains("gone");
    assertThat(run("REFERENCE_UNRESOLVED", with(recommendation("1"))).findings()).isEmpty();
  }

  @Test
  void recommendationAndCountIdentifiersAreUnique() {
    ReformProgramme p =
        withTotals(
            java.util.List.of(recommendation("1"), recommendation("1").withNumber("again")),
            total("all", 3),
            total("all", 4),
            total("other", 4));

    assertThat(codesAndPaths(run("IDENTIFIER_UNIQUE", p)))
        .containsExactly(
            tuple("IDENTIFIER_UNIQUE", "recommendations.listed[1]"),
            tuple("IDENTIFIER_UNIQUE", "recommendations.totals[all]"));
  }
}
