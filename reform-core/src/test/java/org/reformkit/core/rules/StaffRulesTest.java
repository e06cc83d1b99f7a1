package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.bpr;
import static org.reformkit.core.rules.Fixtures.bprPhase;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.run;
import static org.reformkit.core.rules.Fixtures.unionEngagement;
import static org.reformkit.core.rules.Fixtures.withBprPhase;

import org.junit.jupiter.api.Test;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;

class StaffRulesTest {

  private static ReformProgramme implementing(StaffEngagement... engagements) {
    return withBprPhase(
            bprPhase("e").withStatus(Status.IN_PROGRESS).withActualStart(date("2015-11")))
        .withEngagements(engagements);
  }

  @Test
  void implementationBegunWithOnlyAPlannedUnionConsultationIsReported() {
    ValidationResult result =
        run("STAFF_UNION_ENGAGEMENT", implementing(unionEngagement(Status.NOT_STARTED)));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("STAFF_UNION_ENGAGEMENT", "commitments[bpr]"));
    assertThat(result.findings().get(0).values()).containsEntry("phaseStatus", Status.IN_PROGRESS);
  }

  @Test
  void unionConsultationThatStartedAfterImplementationDoesNotCount() {
    StaffEngagement late =
        unionEngagement(Status.COMPLETED)
            .withPeriod(DatePeriod.between(date("2016-01"), date("2016-02")));

    assertThat(run("STAFF_UNION_ENGAGEMENT", implementing(late)).codes())
        .containsExactly("STAFF_UNION_ENGAGEMENT");
  }

  @Test
  void surveyOfAllStaffIsNoUnionConsultation() {
    StaffEngagement survey =
        unionEngagement(Status.COMPLETED)
            .withCounterpart(Counterpart.ALL_STAFF)
            .withKinds(EngagementKind.SURVEY);

    assertThat(run("STAFF_UNION_ENGAGEMENT", implementing(survey)).codes())
        .containsExactly("STAFF_UNION_ENGAGEMENT");
  }

  @Test
  void onlyAnInformationConsultationOrNegotiationWithTheUnionOnThisCommitmentCounts() {
    StaffEngagement done = unionEngagement(Status.COMPLETED);

    assertThat(run("STAFF_UNION_ENGAGEMENT", implementing(done)).findings()).isEmpty();
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", implementing(done.withKinds(EngagementKind.NEGOTIATION)))
                .findings())
        .isEmpty();
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", implementing(done.withKinds(EngagementKind.SURVEY)))
                .codes())
        .containsExactly("STAFF_UNION_ENGAGEMENT");
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", implementing(done.withCounterpart(Counterpart.STAFF)))
                .codes())
        .containsExactly("STAFF_UNION_ENGAGEMENT");
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", implementing(done.withCommitment(CommitmentId.of("mrf"))))
                .codes())
        .containsExactly("STAFF_UNION_ENGAGEMENT");
  }

  @Test
  void unionConsultationUnderWayCountsAndOneOnHoldOrCancelledDoesNot() {
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", implementing(unionEngagement(Status.IN_PROGRESS)))
                .findings())
        .isEmpty();
    assertThat(run("STAFF_UNION_ENGAGEMENT", implementing(unionEngagement(Status.ON_HOLD))).codes())
        .containsExactly("STAFF_UNION_ENGAGEMENT");
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", implementing(unionEngagement(Status.CANCELLED))).codes())
        .containsExactly("STAFF_UNION_ENGAGEMENT");
  }

  @Test
  void unionConsultationWithoutDatesOrBeforeAnImplementationWithoutStartCounts() {
    StaffEngagement dated =
        unionEngagement(Status.COMPLETED).withPeriod(DatePeriod.within(date("2016-02")));
    ReformProgramme startNotStated =
        withBprPhase(bprPhase("e").withStatus(Status.IN_PROGRESS)).withEngagements(dated);

    assertThat(run("STAFF_UNION_ENGAGEMENT", startNotStated).findings()).isEmpty();
    assertThat(
            run("STAFF_UNION_ENGAGEMENT", implementing(unionEngagement(Status.COMPLETED)))
                .findings())
        .isEmpty();
  }

  @Test
  void implementationAfterCompletedUnionConsultationIsNotReported() {
    StaffEngagement done =
        unionEngagement(Status.COMPLETED).withPeriod(DatePeriod.within(date("2015-10")));

    assertThat(run("STAFF_UNION_ENGAGEMENT", implementing(done)).findings()).isEmpty();
    assertThat(run("STAFF_UNION_ENGAGEMENT", Fixtures.programme()).findings()).isEmpty();
  }

  @Test
  void commitmentCheckedWithoutItsProgrammeIsSkipped() {
    assertThat(
            RuleSet.standard()
                .only("STAFF_UNION_ENGAGEMENT")
                .validate(bpr().withPhases(bprPhase("e").withStatus(Status.IN_PROGRESS)), CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void changeAffectingStaffWithNoUnionEngagementPlannedIsAWarning() {
    ValidationResult result =
        run("STAFF_UNION_ENGAGEMENT_PLANNED", Fixtures.programme().withEngagements());

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("STAFF_UNION_ENGAGEMENT_PLANNED", "commitments[bpr]"));
    assertThat(result.findings().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void plannedUnionEngagementOrAChangeNotAffectingStaffIsNotReported() {
    assertThat(run("STAFF_UNION_ENGAGEMENT_PLANNED", Fixtures.programme()).findings()).isEmpty();
    assertThat(
            run(
                    "STAFF_UNION_ENGAGEMENT_PLANNED",
                    Fixtures.replace(Fixtures.programme(), bpr().withAffectsStaff(false))
                        .withEngagements())
                .findings())
        .isEmpty();
  }
}
