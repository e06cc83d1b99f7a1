package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.replace;
import static org.reformkit.core.rules.Fixtures.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.ReformProgramme;

class ReferenceRulesTest {

  private static Commitment commitment(String id) {
    return programme().commitment(CommitmentId.of(id)).orElseThrow();
  }

  @Test
  void referenceToAnUnknownCommitmentIsReported() {
    ReformProgramme p =
        programme()
            .withIndicators(
                programme().indicators().get(0).withCommitment(CommitmentId.of("nowhere")));

    ValidationResult result = run("REFERENCE_UNRESOLVED", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("REFERENCE_UNRESOLVED", "indicators[interviews].commitment"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("No commitment nowhere in the programme");
  }

  @Test
  void unknownPhaseLineAndDependencyAreEachReported() {
    ReformProgramme p =
        replace(programme(), commitment("mrf").withDependsOn(CommitmentId.of("gone")))
            .withEngagements(
                Fixtures.unionEngagement(org.reformkit.core.model.Status.NOT_STARTED)
                    .withPhase(PhaseId.of("z")))
            .withPostTotals(
                programme().postTotals().get(0).withLines(PostLineId.of("hq"), PostLineId.of("x")));

    assertThat(codesAndPaths(run("REFERENCE_UNRESOLVED", p)))
        .containsExactly(
            tuple("REFERENCE_UNRESOLVED", "commitments[mrf].dependsOn"),
            tuple("REFERENCE_UNRESOLVED", "postTotals[new-technical].lines"),
            tuple("REFERENCE_UNRESOLVED", "engagements[union].phase"));
  }

  @Test
  void resolvedReferencesAreNotReported() {
    assertThat(run("REFERENCE_UNRESOLVED", programme()).findings()).isEmpty();
  }

  @Test
  void commitmentsDependingOnEachOtherAreReportedOnceAtTheFirstMember() {
    ReformProgramme p =
        replace(
            replace(programme(), commitment("bpr").withDependsOn(CommitmentId.of("field"))),
            commitment("field").withDependsOn(CommitmentId.of("mrf")));

    ValidationResult result = run("COMMITMENT_DEPENDENCY_CYCLE", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("COMMITMENT_DEPENDENCY_CYCLE", "commitments[bpr]"));
    assertThat(result.findings().get(0).values().get("cycle"))
        .isEqualTo(
            List.of(CommitmentId.of("bpr"), CommitmentId.of("field"), CommitmentId.of("mrf")));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Commitments depend on each other in a circle: bpr, field, mrf");
  }

  @Test
  void commitmentDependingOnItselfIsReported() {
    ReformProgramme p =
        replace(programme(), commitment("field").withDependsOn(CommitmentId.of("field")));

    assertThat(codesAndPaths(run("COMMITMENT_DEPENDENCY_CYCLE", p)))
        .containsExactly(tuple("COMMITMENT_DEPENDENCY_CYCLE", "commitments[field]"));
  }

  @Test
  void chainOfDependenciesWithoutCircleIsNotReported() {
    ReformProgramme p =
        replace(programme(), commitment("field").withDependsOn(CommitmentId.of("mrf")));

    assertThat(run("COMMITMENT_DEPENDENCY_CYCLE", p).findings()).isEmpty();
  }

  @Test
  void repeatedIdentifierIsReportedOnceWithItsCount() {
    ReformProgramme p =
        programme()
            .withPostLines(Fixtures.hqLine(), Fixtures.fieldLine(), Fixtures.hqLine().withCount(3));

    ValidationResult result = run("IDENTIFIER_UNIQUE", p);

    assertThat(codesAndPaths(result)).containsExactly(tuple("IDENTIFIER_UNIQUE", "postLines[hq]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Identifier hq occurs 2 times among the postLines");
  }

  @Test
  void repeatedPhaseWithinACommitmentIsReported() {
    Commitment bpr = Fixtures.bpr();
    ReformProgramme p =
        replace(programme(), bpr.withPhases(bpr.phases().get(0), bpr.phases().get(0)));

    assertThat(codesAndPaths(run("IDENTIFIER_UNIQUE", p)))
        .containsExactly(tuple("IDENTIFIER_UNIQUE", "commitments[bpr].phases[a]"));
  }

  @Test
  void uniqueIdentifiersAreNotReported() {
    assertThat(run("IDENTIFIER_UNIQUE", programme()).findings()).isEmpty();
  }

  @Test
  void engagementPhaseIsLookedUpInTheFirstCommitmentOfARepeatedIdentifier() {
    // a second commitment "bpr" without phases comes after the first: phase c of the first
    // resolves, as programme.commitment(bpr) finds the first
    Commitment emptyTwin = commitment("bpr").withPhases();
    ReformProgramme p =
        programme()
            .withCommitments(commitment("bpr"), commitment("field"), commitment("mrf"), emptyTwin)
            .withEngagements(
                Fixtures.unionEngagement(org.reformkit.core.model.Status.NOT_STARTED)
                    .withPhase(PhaseId.of("c")));
    ReformProgramme twinFirst =
        p.withCommitments(emptyTwin, commitment("field"), commitment("mrf"), commitment("bpr"));

    assertThat(run("REFERENCE_UNRESOLVED", p).findings()).isEmpty();
    assertThat(codesAndPaths(run("REFERENCE_UNRESOLVED", twinFirst)))
        .containsExactly(tuple("REFERENCE_UNRESOLVED", "engagements[union].phase"));
  }

  @Test
  void engagementPhaseOfAnUnknownCommitmentIsLeftToTheCommitmentReference() {
    ReformProgramme p =
        programme()
            .withEngagements(
                Fixtures.unionEngagement(org.reformkit.core.model.Status.NOT_STARTED)
                    .withCommitment(CommitmentId.of("gone"))
                    .withPhase(PhaseId.of("c")));

    assertThat(codesAndPaths(run("REFERENCE_UNRESOLVED", p)))
        .containsExactly(tuple("REFERENCE_UNRESOLVED", "engagements[union].commitment"));
  }
}
