package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.bpr;
import static org.reformkit.core.rules.Fixtures.bprPhase;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.replace;
import static org.reformkit.core.rules.Fixtures.run;
import static org.reformkit.core.rules.Fixtures.text;
import static org.reformkit.core.rules.Fixtures.unionEngagement;
import static org.reformkit.core.rules.Fixtures.withBprPhase;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/**
 * Each rule that reads a status says what it does when the report does not state it: the rules that
 * compare statuses skip the element, and STATUS_NOT_STATED notes it.
 */
class UnstatedStatusRulesTest {
  private static final Optional<Status> UNSTATED = Optional.empty();

  private static ReformProgramme withBpr(UnaryOperator<Commitment> change) {
    return replace(programme(), change.apply(bpr()));
  }

  private static ReformProgramme withBprPhases(UnaryOperator<Phase> change) {
    Commitment bpr = bpr();
    return replace(
        programme(),
        bpr.withPhases(bpr.phases().stream().map(change).collect(Collectors.toList())));
  }

  private static ReformProgramme withField(UnaryOperator<Commitment> change) {
    Commitment field = programme().commitment(CommitmentId.of("field")).orElseThrow();
    return replace(programme(), change.apply(field));
  }

  private static ReformProgramme withMilestone(UnaryOperator<Milestone> change) {
    Commitment bpr = bpr();
    return replace(programme(), bpr.withMilestones(change.apply(bpr.milestones().get(0))));
  }

  @Test
  void phaseOrderSkipsALaterPhaseOrAnEarlierPhaseWhoseStatusIsNotStated() {
    String code = "PHASE_ORDER";
    Phase eBegun = bprPhase("e").withStatus(Status.IN_PROGRESS);

    assertThat(codesAndPaths(run(code, withBprPhase(eBegun))))
        .containsExactly(tuple(code, "commitments[bpr].phases[e]"));
    assertThat(run(code, withBprPhase(eBegun.withStatus(UNSTATED))).findings()).isEmpty();
    assertThat(
            run(
                    code,
                    withBprPhases(
                        p ->
                            p.id().value().equals("d")
                                ? p.withStatus(UNSTATED)
                                : p.id().value().equals("e") ? eBegun : p))
                .findings())
        .isEmpty();
  }

  @Test
  void aPhaseWhoseStatusIsNotStatedIsNeitherCompletedWithoutEndNorNotStartedWithDates() {
    Phase noEnd = bprPhase("b").withActualEnd(Optional.empty());
    Phase dated = bprPhase("d").withActualStart(date("2015-10"));

    assertThat(run("PHASE_COMPLETED_WITHOUT_END", withBprPhase(noEnd)).findings()).hasSize(1);
    assertThat(
            run("PHASE_COMPLETED_WITHOUT_END", withBprPhase(noEnd.withStatus(UNSTATED))).findings())
        .isEmpty();
    assertThat(run("PHASE_NOT_STARTED_WITH_ACTUAL_DATES", withBprPhase(dated)).findings())
        .hasSize(1);
    assertThat(
            run("PHASE_NOT_STARTED_WITH_ACTUAL_DATES", withBprPhase(dated.withStatus(UNSTATED)))
                .findings())
        .isEmpty();
  }

  @Test
  void aPhaseWhoseStatusIsNotStatedIsNeitherOverdueNorLateToStart() {
    Phase late = bprPhase("c").withPlannedEnd(date("2015-06"));
    Phase notStarted = bprPhase("d").withPlannedStart(date("2015-01"));

    assertThat(run("PHASE_OVERDUE", withBprPhase(late)).findings()).hasSize(1);
    assertThat(run("PHASE_OVERDUE", withBprPhase(late.withStatus(UNSTATED))).findings()).isEmpty();
    assertThat(run("PHASE_LATE_START", withBprPhase(notStarted)).findings()).hasSize(1);
    assertThat(run("PHASE_LATE_START", withBprPhase(notStarted.withStatus(UNSTATED))).findings())
        .isEmpty();
  }

  @Test
  void commitmentStatusPhasesSkipsAnUnstatedCommitmentAndComparesOnlyStatedPhases() {
    String code = "COMMITMENT_STATUS_PHASES";
    UnaryOperator<Phase> unstateBegun =
        p -> p.status().filter(Status::isBegun).isPresent() ? p.withStatus(UNSTATED) : p;
    UnaryOperator<Phase> unstateOpen =
        p -> p.status().filter(s -> !s.isClosed()).isPresent() ? p.withStatus(UNSTATED) : p;

    assertThat(run(code, withBpr(c -> c.withStatus(Status.COMPLETED))).findings()).hasSize(1);
    assertThat(run(code, withBpr(c -> c.withStatus(Status.NOT_STARTED))).findings()).hasSize(1);
    assertThat(run(code, withBpr(c -> c.withStatus(UNSTATED))).findings()).isEmpty();
    Commitment open = bpr().withPhases(bpr().phases().stream().map(unstateOpen).toList());
    Commitment begun = bpr().withPhases(bpr().phases().stream().map(unstateBegun).toList());
    assertThat(run(code, replace(programme(), open.withStatus(Status.COMPLETED))).findings())
        .isEmpty();
    assertThat(run(code, replace(programme(), begun.withStatus(Status.NOT_STARTED))).findings())
        .isEmpty();
  }

  @Test
  void anUnstatedCommitmentOrMilestoneIsNotOverdue() {
    assertThat(run("COMMITMENT_OVERDUE", withField(c -> c.withDue(date("2015-06")))).findings())
        .hasSize(1);
    assertThat(
            run(
                    "COMMITMENT_OVERDUE",
                    withField(c -> c.withDue(date("2015-06")).withStatus(UNSTATED)))
                .findings())
        .isEmpty();
    assertThat(run("MILESTONE_OVERDUE", withMilestone(m -> m.withDue(date("2015-06")))).findings())
        .hasSize(1);
    assertThat(
            run(
                    "MILESTONE_OVERDUE",
                    withMilestone(m -> m.withDue(date("2015-06")).withStatus(UNSTATED)))
                .findings())
        .isEmpty();
  }

  @Test
  void anUnstatedFrameworkIsNotTakenAsCompletedAndAnUnstatedCommitmentIsStillChecked() {
    String code = "MONITORING_INDICATOR_TARGET";
    Commitment extra =
        Commitment.builder().id(CommitmentId.of("extra")).title(text("Extra")).build();
    ReformProgramme base =
        programme()
            .withCommitments(programme().commitments())
            .withCommitments(
                com.google.common.collect.ImmutableList.<Commitment>builder()
                    .addAll(programme().commitments())
                    .add(extra)
                    .build());

    assertThat(run(code, base).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path().toString()).isEqualTo("commitments[extra]");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
    ReformProgramme unstatedFramework =
        base.withMonitoringFramework(base.monitoringFramework().orElseThrow().withStatus(UNSTATED));
    assertThat(run(code, unstatedFramework).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(run(code, replace(base, extra.withStatus(Status.CANCELLED))).findings()).isEmpty();
  }

  @Test
  void
      theStaffUnionRulesSkipAnUnstatedImplementationPhaseAndDoNotTakeAnUnstatedEngagementAsAbsent() {
    Phase eBegun = bprPhase("e").withStatus(Status.IN_PROGRESS);
    ReformProgramme begun = withBprPhase(eBegun);

    assertThat(run("STAFF_UNION_ENGAGEMENT", begun).findings()).hasSize(1);
    assertThat(run("STAFF_UNION_ENGAGEMENT", withBprPhase(eBegun.withStatus(UNSTATED))).findings())
        .isEmpty();
    assertThat(
            run(
                    "STAFF_UNION_ENGAGEMENT",
                    begun.withEngagements(unionEngagement(Status.NOT_STARTED).withStatus(UNSTATED)))
                .findings())
        .isEmpty();
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", begun.withEngagements(unionEngagement(Status.COMPLETED)))
                .findings())
        .isEmpty();

    ReformProgramme cancelled = programme().withEngagements(unionEngagement(Status.CANCELLED));
    assertThat(run("STAFF_UNION_ENGAGEMENT_PLANNED", cancelled).findings()).hasSize(1);
    assertThat(
            run(
                    "STAFF_UNION_ENGAGEMENT_PLANNED",
                    programme()
                        .withEngagements(unionEngagement(Status.CANCELLED).withStatus(UNSTATED)))
                .findings())
        .isEmpty();
    assertThat(
            run(
                    "STAFF_UNION_ENGAGEMENT_PLANNED",
                    replace(
                        cancelled,
                        bpr()
                            .withPhases(
                                bpr().phases().stream()
                                    .map(
                                        p ->
                                            p.id().value().equals("e") ? p.withStatus(UNSTATED) : p)
                                    .toList())))
                .findings())
        .isEmpty();
  }

  @Test
  void everyElementWhoseStatusIsNotStatedIsNotedOnceAsInformation() {
    String code = "STATUS_NOT_STATED";
    ReformProgramme stated = programme();
    Commitment bpr = bpr();
    ReformProgramme unstated =
        replace(
                stated,
                bpr.withStatus(UNSTATED)
                    .withPhases(
                        bpr.phases().stream()
                            .map(p -> p.id().value().equals("c") ? p.withStatus(UNSTATED) : p)
                            .toList())
                    .withMilestones(bpr.milestones().get(0).withStatus(UNSTATED)))
            .withStatus(UNSTATED)
            .withMonitoringFramework(
                stated.monitoringFramework().orElseThrow().withStatus(UNSTATED))
            .withEngagements(unionEngagement(Status.NOT_STARTED).withStatus(UNSTATED));

    assertThat(run(code, stated).findings()).isEmpty();
    ValidationResult result = run(code, unstated);
    assertThat(codesAndPaths(result))
        .containsExactlyInAnyOrder(
            tuple(code, ""),
            tuple(code, "commitments[bpr]"),
            tuple(code, "commitments[bpr].phases[c]"),
            tuple(code, "commitments[bpr].milestones[remaining-items]"),
            tuple(code, "monitoringFramework"),
            tuple(code, "engagements[union]"));
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "Element programme does not state its status; it is shown as not stated and left out"
                + " of any share done");
  }

  private static Recommendation jiu(String id) {
    return Recommendation.builder()
        .id(RecommendationId.of(id))
        .source(DocumentReference.of(DocumentSymbol.parse("JIU/REP/2016/8")))
        .number("Recommendation " + id)
        .build();
  }

  @Test
  void aListedRecommendationWhoseImplementationStatusIsNotStatedIsNoted() {
    String code = "STATUS_NOT_STATED";
    ReformProgramme p =
        programme()
            .withRecommendations(
                Recommendations.builder()
                    // accepted, implementation not stated: noted
                    .addListed(jiu("1").withAcceptance(Acceptance.ACCEPTED))
                    // implementation stated, acceptance not: acceptance is not a status
                    .addListed(jiu("2").withStatus(ImplementationStatus.IN_PROGRESS))
                    // nothing stated but its number: noted once
                    .addListed(jiu("3"))
                    // a stated count without a status counts every status: not noted
                    .addTotal(
                        RecommendationTotal.builder()
                            .id(RecommendationTotalId.of("all"))
                            .source(DocumentReference.of(DocumentSymbol.parse("JIU/REP/2016/8")))
                            .count(57)
                            .build())
                    .build());

    ValidationResult result = run(code, p);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple(code, "recommendations.listed[1]"), tuple(code, "recommendations.listed[3]"));
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "Element recommendations.listed[1] does not state its status; it is shown as not"
                + " stated and left out of any share done");
  }

  @Test
  void theNoteOnARecommendationSpeaksEachLanguage() {
    ReformProgramme p =
        programme().withRecommendations(Recommendations.builder().addListed(jiu("1")).build());
    RuleSet only = RuleSet.standard().only("STATUS_NOT_STATED");

    assertThat(only.validate(p, CONTEXT.withLocale(Locale.CHINESE)).findings().get(0).message())
        .isEqualTo("元素 recommendations.listed[1] 未说明其状态；显示为“未说明”，不计入任何完成比例");
    assertThat(only.validate(p, CONTEXT.withLocale(Locale.FRENCH)).findings().get(0).message())
        .startsWith("L'élément recommendations.listed[1] n'indique pas son état");
    assertThat(
            only.validate(p, CONTEXT.withLocale(Locale.forLanguageTag("es")))
                .findings()
                .get(0)
                .message())
        .startsWith("El elemento recommendations.listed[1] no indica su estado");
  }
}
