package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Sourced;
import org.reformkit.core.model.StaffEngagement;

/** Rules on facts a report may leave unstated: statuses. Internal. */
final class StatusRules {
  private StatusRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(statusNotStated());
  }

  static Rule<Sourced> statusNotStated() {
    String code = "STATUS_NOT_STATED";
    return define(
        Rule.builder(code, Sourced.class)
            .severity(Severity.INFO)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("Where a report does not state a status, it is noted")
            .description(
                "The programme, a commitment, a phase, a milestone, the monitoring framework,"
                    + " an engagement or a listed recommendation whose status the report does not"
                    + " state is noted, once per element: the model keeps it as not stated, the"
                    + " analyses show it as not stated and leave it out of any share done (for"
                    + " recommendations, the implementation rate), and the rules that compare"
                    + " statuses skip it. For a recommendation the status is its implementation"
                    + " status; its acceptance is not a status and is not noted, nor are the"
                    + " actions under it, and a stated count of recommendations without a status"
                    + " counts every status, so it is not noted either. Only a note, since many"
                    + " reports do not state one.")
            .messages(MessageKey.of(code)),
        (element, at) -> {
          if (statusOf(element).filter(Optional::isEmpty).isPresent()) {
            at.report(
                MessageKey.of(code),
                values("element", at.path().isRoot() ? "programme" : at.path()));
          }
        });
  }

  /**
   * The status of an element that has one, stated or not (a recommendation's is its implementation
   * status); empty for elements without a status.
   */
  private static Optional<Optional<?>> statusOf(Sourced element) {
    if (element instanceof ReformProgramme programme) {
      return Optional.of(programme.status());
    }
    if (element instanceof Commitment commitment) {
      return Optional.of(commitment.status());
    }
    if (element instanceof Phase phase) {
      return Optional.of(phase.status());
    }
    if (element instanceof Milestone milestone) {
      return Optional.of(milestone.status());
    }
    if (element instanceof MonitoringFramework framework) {
      return Optional.of(framework.status());
    }
    if (element instanceof StaffEngagement engagement) {
      return Optional.of(engagement.status());
    }
    if (element instanceof Recommendation recommendation) {
      return Optional.of(recommendation.status());
    }
    return Optional.empty();
  }
}
