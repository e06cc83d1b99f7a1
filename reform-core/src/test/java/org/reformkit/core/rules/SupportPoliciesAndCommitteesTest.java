package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.run;
import static org.reformkit.core.rules.Fixtures.text;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.Change;
import org.reformkit.core.analysis.ChangeKind;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;

/** The parts of a programme beyond commitments and posts: outside support, policies, committees. */
class SupportPoliciesAndCommitteesTest {
  private static ExternalSupport consultancy(String commitment) {
    return ExternalSupport.builder()
        .id(SupportId.of("consultancy"))
        .kind(SupportKind.CONSULTANCY)
        .provider(text("A consultancy"))
        .awarded(date("2015-05"))
        .commitment(CommitmentId.of(commitment))
        .build();
  }

  private static Policy mobility(PolicyStatus status, String commitment) {
    return Policy.builder()
        .id(PolicyId.of("mobility"))
        .name(text("Mobility policy"))
        .status(status)
        .commitment(CommitmentId.of(commitment))
        .build();
  }

  private static Committee board(String... applies) {
    Committee.Builder board =
        Committee.builder().id(CommitteeId.of("board")).name(text("Mobility board"));
    for (String id : applies) {
      board.addApplies(PolicyId.of(id));
    }
    return board.build();
  }

  private static ReformProgramme with(ExternalSupport support, Policy policy, Committee committee) {
    return programme().withExternalSupport(support).withPolicies(policy).withCommittees(committee);
  }

  @Test
  void referencesFromSupportPoliciesAndCommitteesAreResolved() {
    ReformProgramme resolved =
        with(consultancy("bpr"), mobility(PolicyStatus.ADOPTED, "field"), board("mobility"));
    ReformProgramme unresolved =
        with(
            consultancy("gone"), mobility(PolicyStatus.ADOPTED, "lost"), board("mobility", "none"));

    assertThat(run("REFERENCE_UNRESOLVED", resolved).findings()).isEmpty();
    ValidationResult result = run("REFERENCE_UNRESOLVED", unresolved);
    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("REFERENCE_UNRESOLVED", "externalSupport[consultancy].commitment"),
            tuple("REFERENCE_UNRESOLVED", "policies[mobility].commitment"),
            tuple("REFERENCE_UNRESOLVED", "committees[board].applies"));
    assertThat(result.findings().get(2).message()).isEqualTo("No policy none in the programme");
  }

  @Test
  void repeatedSupportPolicyAndCommitteeIdentifiersAreReported() {
    ReformProgramme p =
        programme()
            .withExternalSupport(consultancy("bpr"), consultancy("field"))
            .withPolicies(
                mobility(PolicyStatus.DRAFT, "bpr"), mobility(PolicyStatus.ADOPTED, "bpr"))
            .withCommittees(board(), board());

    assertThat(codesAndPaths(run("IDENTIFIER_UNIQUE", p)))
        .containsExactly(
            tuple("IDENTIFIER_UNIQUE", "externalSupport[consultancy]"),
            tuple("IDENTIFIER_UNIQUE", "policies[mobility]"),
            tuple("IDENTIFIER_UNIQUE", "committees[board]"));
  }

  @Test
  void comparisonFollowsSupportDatesPolicyStatusesAndCommittees() {
    ProgressReport older =
        Fixtures.report()
            .withAsOf(date("2015-03"))
            .withProgramme(
                with(consultancy("bpr"), mobility(PolicyStatus.ADOPTED, "bpr"), board("mobility")));
    ProgressReport newer =
        Fixtures.report()
            .withProgramme(
                programme()
                    .withExternalSupport(
                        consultancy("bpr")
                            .withAwarded(date("2015-06"))
                            .withStarted(date("2015-07")))
                    .withPolicies(mobility(PolicyStatus.IN_FORCE, "bpr")));

    ReportComparison comparison = Analyses.compare(older, newer);

    assertThat(comparison.isEmpty()).isFalse();
    assertThat(Analyses.compare(newer, newer).isEmpty()).isTrue();
    assertThat(comparison.changes())
        .extracting(
            c -> c.path().toString(),
            Change::kind,
            c -> c.oldValue().map(v -> v.in(Locale.ENGLISH)).orElse(""),
            c -> c.newValue().map(v -> v.in(Locale.ENGLISH)).orElse(""))
        .containsExactly(
            tuple(
                "externalSupport[consultancy].awarded",
                ChangeKind.DATE_CHANGED,
                "2015-05",
                "2015-06"),
            tuple("externalSupport[consultancy].started", ChangeKind.DATE_CHANGED, "", "2015-07"),
            tuple("policies[mobility].status", ChangeKind.STATUS_FORWARD, "adopted", "in force"),
            tuple("committees[board]", ChangeKind.REMOVED, "Mobility board", ""));
    assertThat(comparison.mirrored().changes())
        .extracting(c -> c.path().toString(), Change::kind)
        .containsExactly(
            tuple("externalSupport[consultancy].awarded", ChangeKind.DATE_CHANGED),
            tuple("externalSupport[consultancy].started", ChangeKind.DATE_CHANGED),
            tuple("policies[mobility].status", ChangeKind.STATUS_BACKWARD),
            tuple("committees[board]", ChangeKind.ADDED));
    assertThat(comparison.needingAttention())
        .extracting(c -> c.path().toString())
        .isEqualTo(List.of("committees[board]"));
  }

  @Test
  void withdrawingAPolicyIsAChangeOfStatusNeitherForwardNorBackward() {
    ProgressReport older =
        Fixtures.report()
            .withProgramme(programme().withPolicies(mobility(PolicyStatus.DRAFT, "bpr")));
    ProgressReport newer =
        Fixtures.report()
            .withProgramme(programme().withPolicies(mobility(PolicyStatus.WITHDRAWN, "bpr")));

    assertThat(Analyses.compare(older, newer).changes())
        .extracting(
            c -> c.path().toString(),
            Change::kind,
            c -> c.newValue().orElseThrow().in(Locale.CHINESE))
        .containsExactly(tuple("policies[mobility].status", ChangeKind.STATUS_CHANGED, "已撤回"));
    assertThat(
            Analyses.compare(
                    newer.withProgramme(
                        programme().withPolicies(mobility(PolicyStatus.PARTLY_IN_FORCE, "bpr"))),
                    older)
                .changes())
        .extracting(Change::kind, c -> c.oldValue().orElseThrow().in(Locale.CHINESE))
        .containsExactly(tuple(ChangeKind.STATUS_BACKWARD, "部分生效"));
  }

  private static Deliverable manual(Status status, int quantity, String due, String title) {
    return Deliverable.builder()
        .id(DeliverableId.of("manual"))
        .name(text("Manual"))
        .status(status)
        .quantity(quantity)
        .due(date(due))
        .addDocuments(DocumentReference.builder().title(text(title)).build())
        .build();
  }

  private static ProgressReport withManual(String asOf, Deliverable deliverable) {
    Commitment bpr = Fixtures.bpr();
    return Fixtures.report()
        .withAsOf(date(asOf))
        .withProgramme(
            Fixtures.replace(
                programme(),
                bpr.withDeliverables(deliverable)
                    .withPhases(bpr.phases().get(0).withDeliverables(deliverable))));
  }

  @Test
  void comparisonFollowsDeliverablesAndTheDocumentsTheyCite() {
    String longTitle =
        "A manual of business processes for every department [second edition] of the Office";
    ProgressReport older =
        withManual("2015-03", manual(Status.NOT_STARTED, 1, "2015-06", "Draft manual [v1]"));
    ProgressReport newer = withManual("2015-11", manual(Status.COMPLETED, 2, "2015-09", longTitle));

    assertThat(Analyses.compare(older, newer).changes())
        .extracting(
            c -> c.path().toString(),
            Change::kind,
            c -> c.oldValue().map(v -> v.in(Locale.ENGLISH)).orElse(""),
            c -> c.newValue().map(v -> v.in(Locale.ENGLISH)).orElse(""))
        .containsExactly(
            tuple(
                "commitments[bpr].phases[a].deliverables[manual].status",
                ChangeKind.STATUS_FORWARD,
                "not started",
                "completed"),
            tuple(
                "commitments[bpr].phases[a].deliverables[manual].quantity",
                ChangeKind.COUNT_CHANGED,
                "1",
                "2"),
            tuple(
                "commitments[bpr].phases[a].deliverables[manual].due",
                ChangeKind.DATE_CHANGED,
                "2015-06",
                "2015-09"),
            tuple(
                "commitments[bpr].deliverables[manual].status",
                ChangeKind.STATUS_FORWARD,
                "not started",
                "completed"),
            tuple(
                "commitments[bpr].deliverables[manual].quantity",
                ChangeKind.COUNT_CHANGED,
                "1",
                "2"),
            tuple(
                "commitments[bpr].deliverables[manual].due",
                ChangeKind.DATE_CHANGED,
                "2015-06",
                "2015-09"),
            // a title is cut to 60 characters, and a ']' in it becomes ')' so that the key stays
            // one key
            tuple(
                "citations[A manual of business processes for every department [seco...]",
                ChangeKind.NEWLY_CITED,
                "",
                longTitle),
            tuple(
                "citations[Draft manual [v1)]",
                ChangeKind.NO_LONGER_CITED,
                "Draft manual [v1]",
                ""));
  }

  @Test
  void deliverableWhoseStatusIsNoLongerStatedChangesStatusWithoutDirection() {
    ProgressReport older =
        withManual("2015-03", manual(Status.IN_PROGRESS, 1, "2015-06", "Manual"));
    ProgressReport newer =
        withManual(
            "2015-11",
            manual(Status.IN_PROGRESS, 1, "2015-06", "Manual")
                .withStatus(java.util.Optional.empty()));

    assertThat(Analyses.compare(older, newer).changes())
        .extracting(
            c -> c.path().toString(),
            Change::kind,
            c -> c.newValue().map(v -> v.in(java.util.Locale.ENGLISH)))
        .containsExactly(
            tuple(
                "commitments[bpr].phases[a].deliverables[manual].status",
                ChangeKind.STATUS_CHANGED,
                java.util.Optional.of("not stated")),
            tuple(
                "commitments[bpr].deliverables[manual].status",
                ChangeKind.STATUS_CHANGED,
                java.util.Optional.of("not stated")));
  }
}
