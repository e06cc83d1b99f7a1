package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Status;

/** Rules on phases, commitments and milestones: order, dates against status, lateness. Internal. */
final class PhaseRules {
  private PhaseRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(
        phaseOrder(),
        completedWithoutEnd(),
        notStartedWithActualDates(),
        actualDateAfterAsOf(),
        endBeforeStart(),
        overdue(),
        lateStart(),
        commitmentStatusPhases(),
        commitmentDueBeforeStart(),
        commitmentOverdue(),
        milestoneOverdue());
  }

  static Rule<Commitment> phaseOrder() {
    String code = "PHASE_ORDER";
    return define(
        Rule.builder(code, Commitment.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("No phase has begun while an earlier phase has not started")
            .description(
                "A phase that is in progress, completed or on hold while an earlier phase of"
                    + " the same commitment is not started is reported, once, naming the first"
                    + " such earlier phase. Cancelled phases do not count as not started; a phase"
                    + " whose status is not stated is skipped, as a later phase and as an earlier"
                    + " one (STATUS_NOT_STATED notes it).")
            .messages(MessageKey.of(code)),
        (commitment, at) -> {
          ImmutableList<Phase> phases = commitment.phases();
          for (int i = 1; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            Optional<Status> status = phase.status();
            if (status.isEmpty() || !status.get().isBegun()) {
              continue;
            }
            for (int j = 0; j < i; j++) {
              Phase earlier = phases.get(j);
              if (earlier.status().equals(Optional.of(Status.NOT_STARTED))) {
                at.report(
                    at.path().key("phases", phase.id()),
                    MessageKey.of(code),
                    values(
                        "phase", phase.id(),
                        "status", status.get(),
                        "earlierPhase", earlier.id(),
                        "earlierStatus", Status.NOT_STARTED));
                break;
              }
            }
          }
        });
  }

  static Rule<Phase> completedWithoutEnd() {
    String code = "PHASE_COMPLETED_WITHOUT_END";
    return define(
        Rule.builder(code, Phase.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("A completed phase states its actual end")
            .description(
                "A phase whose status is completed but whose actual end is not stated is"
                    + " reported: the absence of the date is the finding. A warning, since"
                    + " reports often say a phase is finished without saying when. A phase whose"
                    + " status is not stated is skipped.")
            .messages(MessageKey.of(code)),
        (phase, at) -> {
          if (phase.status().equals(Optional.of(Status.COMPLETED)) && phase.actualEnd().isEmpty()) {
            at.report(MessageKey.of(code), values("phase", phase.id(), "status", Status.COMPLETED));
          }
        });
  }

  static Rule<Phase> notStartedWithActualDates() {
    String code = "PHASE_NOT_STARTED_WITH_ACTUAL_DATES";
    return define(
        Rule.builder(code, Phase.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("A phase not started has no actual dates")
            .description(
                "A phase whose status is not started but which states an actual start or an"
                    + " actual end is reported. Planned dates are not checked. A phase with no"
                    + " actual date, or whose status is not stated, is silent.")
            .messages(MessageKey.of(code)),
        (phase, at) -> {
          if (phase.status().equals(Optional.of(Status.NOT_STARTED))
              && (phase.actualStart().isPresent() || phase.actualEnd().isPresent())) {
            at.report(
                MessageKey.of(code),
                values(
                    "phase", phase.id(),
                    "actualStart", phase.actualStart(),
                    "actualEnd", phase.actualEnd()));
          }
        });
  }

  static Rule<Phase> actualDateAfterAsOf() {
    String code = "PHASE_ACTUAL_DATE_AFTER_AS_OF";
    return define(
        Rule.builder(code, Phase.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("No actual date of a phase lies after the as-of date")
            .description(
                "An actual start or end that certainly lies after the as-of date of the"
                    + " validation (its earliest possible day is later) is reported; a date known"
                    + " only to the month or year that may still be on or before the as-of date"
                    + " is not. Absent dates are skipped.")
            .messages(MessageKey.variants(code, "start", "end")),
        (phase, at) -> {
          phase
              .actualStart()
              .filter(d -> d.isCertainlyAfter(at.asOf()))
              .ifPresent(
                  d ->
                      at.report(
                          MessageKey.of(code, "start"),
                          values("phase", phase.id(), "date", d, "asOf", at.asOf())));
          phase
              .actualEnd()
              .filter(d -> d.isCertainlyAfter(at.asOf()))
              .ifPresent(
                  d ->
                      at.report(
                          MessageKey.of(code, "end"),
                          values("phase", phase.id(), "date", d, "asOf", at.asOf())));
        });
  }

  static Rule<Phase> endBeforeStart() {
    String code = "PHASE_END_BEFORE_START";
    return define(
        Rule.builder(code, Phase.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A phase does not end before it starts")
            .description(
                "A planned end that certainly lies before the planned start, or an actual end"
                    + " that certainly lies before the actual start, is reported. When either"
                    + " date of a pair is absent, or the partial dates may overlap, the pair is"
                    + " skipped.")
            .messages(MessageKey.variants(code, "planned", "actual")),
        (phase, at) -> {
          checkPair(
              phase, at, MessageKey.of(code, "planned"), phase.plannedStart(), phase.plannedEnd());
          checkPair(
              phase, at, MessageKey.of(code, "actual"), phase.actualStart(), phase.actualEnd());
        });
  }

  private static void checkPair(
      Phase phase,
      RuleContext at,
      MessageKey key,
      Optional<PartialDate> start,
      Optional<PartialDate> end) {
    if (start.isPresent() && end.isPresent() && end.get().isCertainlyBefore(start.get())) {
      at.report(key, values("phase", phase.id(), "start", start.get(), "end", end.get()));
    }
  }

  static Rule<Phase> overdue() {
    String code = "PHASE_OVERDUE";
    return define(
        Rule.builder(code, Phase.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A phase not finished by its planned end is overdue")
            .description(
                "A phase that is neither completed nor cancelled and whose planned end"
                    + " certainly lies before the as-of date is reported as overdue. A phase with"
                    + " no planned end is skipped, and so is a phase whose status is not stated"
                    + " (it may be done; STATUS_NOT_STATED notes it).")
            .messages(MessageKey.of(code)),
        (phase, at) -> {
          Optional<Status> onDay =
              Status.onDay(phase.status(), at.asOf(), phase.actualStart(), phase.actualEnd());
          Facts.overdue(onDay, phase.plannedEnd(), at.asOf())
              .ifPresent(
                  d ->
                      at.report(
                          MessageKey.of(code),
                          values(
                              "phase",
                              phase.id(),
                              "status",
                              onDay.orElseThrow(),
                              "plannedEnd",
                              d,
                              "asOf",
                              at.asOf())));
        });
  }

  static Rule<Phase> lateStart() {
    String code = "PHASE_LATE_START";
    return define(
        Rule.builder(code, Phase.class)
            .severity(Severity.INFO)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A phase not started after its planned start is noted")
            .description(
                "A phase that is not started although its planned start certainly lies before"
                    + " the as-of date is noted. A phase with no planned start, or whose status is"
                    + " not stated, is skipped.")
            .messages(MessageKey.of(code)),
        (phase, at) -> {
          Optional<Status> onDay =
              Status.onDay(phase.status(), at.asOf(), phase.actualStart(), phase.actualEnd());
          if (onDay.equals(Optional.of(Status.NOT_STARTED))) {
            phase
                .plannedStart()
                .filter(d -> d.isCertainlyBefore(at.asOf()))
                .ifPresent(
                    d ->
                        at.report(
                            MessageKey.of(code),
                            values("phase", phase.id(), "plannedStart", d, "asOf", at.asOf())));
          }
        });
  }

  static Rule<Commitment> commitmentStatusPhases() {
    String code = "COMMITMENT_STATUS_PHASES";
    return define(
        Rule.builder(code, Commitment.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("A commitment's status agrees with its phases")
            .description(
                "A completed commitment with a phase that is neither completed nor cancelled,"
                    + " and a commitment not started with a phase that has begun, are reported,"
                    + " naming the first such phase. A commitment without phases or whose status"
                    + " is not stated is skipped, and phases whose status is not stated are not"
                    + " compared.")
            .messages(MessageKey.variants(code, "completed", "notStarted")),
        (commitment, at) -> {
          Optional<Status> status = commitment.status();
          if (status.equals(Optional.of(Status.COMPLETED))) {
            commitment.phases().stream()
                .filter(p -> p.status().filter(s -> !s.isClosed()).isPresent())
                .findFirst()
                .ifPresent(
                    p ->
                        at.report(
                            MessageKey.of(code, "completed"),
                            values(
                                "commitment", commitment.id(),
                                "phase", p.id(),
                                "phaseStatus", p.status().orElseThrow())));
          } else if (status.equals(Optional.of(Status.NOT_STARTED))) {
            commitment.phases().stream()
                .filter(p -> p.status().filter(Status::isBegun).isPresent())
                .findFirst()
                .ifPresent(
                    p ->
                        at.report(
                            MessageKey.of(code, "notStarted"),
                            values(
                                "commitment", commitment.id(),
                                "phase", p.id(),
                                "phaseStatus", p.status().orElseThrow())));
          }
        });
  }

  static Rule<Commitment> commitmentDueBeforeStart() {
    String code = "COMMITMENT_DUE_BEFORE_START";
    return define(
        Rule.builder(code, Commitment.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A commitment is not due before it starts")
            .description(
                "A commitment whose due date certainly lies before its start is reported."
                    + " Skipped when either date is absent or the partial dates may overlap.")
            .messages(MessageKey.of(code)),
        (commitment, at) -> {
          if (commitment.started().isPresent()
              && commitment.due().isPresent()
              && commitment.due().get().isCertainlyBefore(commitment.started().get())) {
            at.report(
                MessageKey.of(code),
                values(
                    "commitment", commitment.id(),
                    "started", commitment.started().get(),
                    "due", commitment.due().get()));
          }
        });
  }

  static Rule<Commitment> commitmentOverdue() {
    String code = "COMMITMENT_OVERDUE";
    return define(
        Rule.builder(code, Commitment.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A commitment not finished by its due date is overdue")
            .description(
                "A commitment that is neither completed nor cancelled and whose due date"
                    + " certainly lies before the as-of date is reported. A commitment with no"
                    + " due date, or whose status is not stated, is skipped.")
            .messages(MessageKey.of(code)),
        (commitment, at) -> {
          Optional<Status> onDay =
              Status.onDay(commitment.status(), at.asOf(), commitment.started(), Optional.empty());
          Facts.overdue(onDay, commitment.due(), at.asOf())
              .ifPresent(
                  d ->
                      at.report(
                          MessageKey.of(code),
                          values(
                              "commitment",
                              commitment.id(),
                              "status",
                              onDay.orElseThrow(),
                              "due",
                              d,
                              "asOf",
                              at.asOf())));
        });
  }

  static Rule<Milestone> milestoneOverdue() {
    String code = "MILESTONE_OVERDUE";
    return define(
        Rule.builder(code, Milestone.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A milestone not reached by its due date is overdue")
            .description(
                "A milestone that is neither completed nor cancelled and whose due date"
                    + " certainly lies before the as-of date is reported (\"by the end of 2015\""
                    + " is overdue only from 1 January 2016). A milestone with no due date, or"
                    + " whose status is not stated, is skipped.")
            .messages(MessageKey.of(code)),
        (milestone, at) ->
            Facts.overdue(milestone.status(), milestone.due(), at.asOf())
                .ifPresent(
                    d ->
                        at.report(
                            MessageKey.of(code),
                            values(
                                "milestone", milestone.id(),
                                "status", milestone.status().orElseThrow(),
                                "due", d,
                                "asOf", at.asOf()))));
  }
}
