package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;

/** Rules on how staff and the staff union are engaged. Internal. */
final class StaffRules {
  private static final ImmutableSet<EngagementKind> UNION_KINDS =
      ImmutableSet.of(
          EngagementKind.INFORMATION, EngagementKind.CONSULTATION, EngagementKind.NEGOTIATION);

  private StaffRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(unionEngagement(), unionEngagementPlanned());
  }

  /**
   * Whether the engagement is information, consultation or negotiation with the staff union on this
   * commitment.
   */
  private static boolean withUnion(StaffEngagement engagement, Commitment commitment) {
    return engagement.counterpart() == Counterpart.STAFF_UNION
        && engagement.commitment().filter(commitment.id()::equals).isPresent()
        && engagement.kinds().stream().anyMatch(UNION_KINDS::contains);
  }

  static Rule<Commitment> unionEngagement() {
    String code = "STAFF_UNION_ENGAGEMENT";
    return define(
        Rule.builder(code, Commitment.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("Staff union engaged before a change affecting staff is implemented")
            .description(
                "For a commitment that affects staff, once its implementation phase (its last"
                    + " phase) has begun, the programme must record information, consultation or"
                    + " negotiation with the staff union on that commitment that is under way or"
                    + " done, and that did not certainly start after the implementation did."
                    + " Skipped for commitments that do not affect staff or have no phases, when"
                    + " the implementation phase's status is not stated, and when the commitment"
                    + " is checked without its programme. An engagement whose status is not stated"
                    + " is not taken as absent: it may be under way, so it keeps the rule silent.")
            .messages(MessageKey.of(code)),
        (commitment, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (!commitment.affectsStaff() || commitment.phases().isEmpty() || programme.isEmpty()) {
            return;
          }
          Phase implementation = commitment.phases().get(commitment.phases().size() - 1);
          Optional<Status> phaseStatus = implementation.status();
          if (phaseStatus.isEmpty() || !phaseStatus.get().isBegun()) {
            return;
          }
          boolean onRecord =
              programme.get().engagements().stream()
                  .filter(e -> withUnion(e, commitment))
                  .filter(e -> e.status().map(StaffRules::underWayOrDone).orElse(true))
                  .anyMatch(e -> !startedAfter(e, implementation.actualStart()));
          if (!onRecord) {
            at.report(
                MessageKey.of(code),
                values(
                    "commitment", commitment.id(),
                    "phase", implementation.id(),
                    "phaseStatus", phaseStatus.get()));
          }
        });
  }

  private static boolean underWayOrDone(Status status) {
    return status == Status.IN_PROGRESS || status == Status.COMPLETED;
  }

  private static boolean startedAfter(StaffEngagement engagement, Optional<PartialDate> start) {
    Optional<PartialDate> engagementStart = engagement.period().flatMap(DatePeriod::start);
    return engagementStart.isPresent()
        && start.isPresent()
        && start.get().isCertainlyBefore(engagementStart.get());
  }

  static Rule<Commitment> unionEngagementPlanned() {
    String code = "STAFF_UNION_ENGAGEMENT_PLANNED";
    return define(
        Rule.builder(code, Commitment.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("A change affecting staff plans to engage the staff union")
            .description(
                "For a commitment that affects staff and whose implementation phase (its last"
                    + " phase) has not begun, the programme should record at least a planned"
                    + " information, consultation or negotiation with the staff union on that"
                    + " commitment; its absence is the finding. Skipped for commitments that do"
                    + " not affect staff or have no phases, whose implementation phase's status is"
                    + " not stated, and when the commitment is checked without its programme. An"
                    + " engagement whose status is not stated counts as planned (only a cancelled"
                    + " one does not).")
            .messages(MessageKey.of(code)),
        (commitment, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (!commitment.affectsStaff() || commitment.phases().isEmpty() || programme.isEmpty()) {
            return;
          }
          Phase implementation = commitment.phases().get(commitment.phases().size() - 1);
          Optional<Status> phaseStatus = implementation.status();
          if (phaseStatus.isEmpty()
              || phaseStatus.get().isBegun()
              || phaseStatus.get() == Status.CANCELLED) {
            return;
          }
          boolean planned =
              programme.get().engagements().stream()
                  .filter(e -> withUnion(e, commitment))
                  .anyMatch(e -> !e.status().equals(Optional.of(Status.CANCELLED)));
          if (!planned) {
            at.report(
                MessageKey.of(code),
                values("commitment", commitment.id(), "phase", implementation.id()));
          }
        });
  }
}
