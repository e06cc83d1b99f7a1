package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/**
 * Rules on oversight bodies' recommendations and on the stated counts of them. What an acceptance,
 * an implementation status and a due date mean is the model's ({@link
 * org.reformkit.core.model.Acceptance#isAccepted()}, {@link ImplementationStatus}, {@link
 * Recommendation#overdueOn}, {@link RecommendationTotal#counts}). Internal.
 */
final class RecommendationRules {
  private RecommendationRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(
        acceptedUnanswered(), implementedOpenCommitment(), overdue(), totalSum(), totalListed());
  }

  static Rule<Recommendation> acceptedUnanswered() {
    String code = "RECOMMENDATION_ACCEPTED_UNANSWERED";
    return define(
        Rule.builder(code, Recommendation.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("An accepted recommendation is answered by a commitment")
            .description(
                "A recommendation accepted in full or in part that names no commitment answering"
                    + " it, or (checked with its programme) names only commitments the programme"
                    + " does not have, is reported. A recommendation whose acceptance is not"
                    + " stated is skipped.")
            .messages(MessageKey.of(code)),
        (recommendation, at) -> {
          if (recommendation.acceptance().isEmpty()
              || !recommendation.acceptance().get().isAccepted()) {
            return;
          }
          Optional<ReformProgramme> programme = at.programme();
          boolean answered =
              recommendation.answeredBy().stream()
                  .anyMatch(
                      id -> programme.isEmpty() || programme.get().commitment(id).isPresent());
          if (!answered) {
            at.report(
                MessageKey.of(code),
                values(
                    "recommendation", recommendation.id(),
                    "acceptance", recommendation.acceptance().get()));
          }
        });
  }

  static Rule<Recommendation> implementedOpenCommitment() {
    String code = "RECOMMENDATION_IMPLEMENTED_OPEN_COMMITMENT";
    return define(
        Rule.builder(code, Recommendation.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("An implemented recommendation's commitments are completed")
            .description(
                "A recommendation marked implemented while a commitment that answers it is"
                    + " stated to be other than completed is reported, once per such commitment."
                    + " Skipped without the programme; commitments the programme does not have,"
                    + " or whose status is not stated, are skipped.")
            .messages(MessageKey.of(code)),
        (recommendation, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (programme.isEmpty()
              || !recommendation.status().map(ImplementationStatus::isImplemented).orElse(false)) {
            return;
          }
          for (CommitmentId id : recommendation.answeredBy()) {
            Optional<Status> status = programme.get().commitment(id).flatMap(Commitment::status);
            if (status.isPresent() && status.get() != Status.COMPLETED) {
              at.report(
                  MessageKey.of(code),
                  values(
                      "recommendation", recommendation.id(),
                      "commitment", id,
                      "status", status.get()));
            }
          }
        });
  }

  static Rule<Recommendation> overdue() {
    String code = "RECOMMENDATION_OVERDUE";
    return define(
        Rule.builder(code, Recommendation.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A recommendation not implemented by its due date is overdue")
            .description(
                "A recommendation that is not started or in progress and whose due date"
                    + " certainly lies before the as-of date is reported (\"by 2015\" is overdue"
                    + " only from 1 January 2016). Implemented, closed and superseded"
                    + " recommendations are never overdue; one whose status or due date is not"
                    + " stated is skipped.")
            .messages(MessageKey.of(code)),
        (recommendation, at) ->
            recommendation
                .overdueOn(at.asOf())
                .ifPresent(
                    due ->
                        at.report(
                            MessageKey.of(code),
                            values(
                                "recommendation", recommendation.id(),
                                "status", recommendation.status().orElseThrow(),
                                "due", due,
                                "asOf", at.asOf()))));
  }

  static Rule<RecommendationTotal> totalSum() {
    String code = "RECOMMENDATION_TOTAL_SUM";
    return define(
        Rule.builder(code, RecommendationTotal.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("Stated counts of recommendations by status add up to their total")
            .description(
                "For a stated count of recommendations of every status, the counts of the same"
                    + " source by status (\"25 implemented, 31 in progress\") are added up: a sum"
                    + " over the total is reported, and so is a sum that differs from it when every"
                    + " status has a count. Statuses with no stated count are not guessed, so a"
                    + " smaller sum is not reported. Skipped without the programme, and for a"
                    + " total that states no count of recommendations.")
            .messages(MessageKey.of(code)),
        (total, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (programme.isEmpty() || total.count().isEmpty()) {
            return;
          }
          int sum = 0;
          Set<ImplementationStatus> covered = EnumSet.noneOf(ImplementationStatus.class);
          boolean anyPart = false;
          for (RecommendationTotal part : programme.get().recommendations().totals()) {
            if (total.hasPart(part) && part.count().isPresent()) {
              anyPart = true;
              sum += part.count().get();
              covered.add(part.status().orElseThrow());
            }
          }
          int stated = total.count().get();
          boolean every = covered.size() == ImplementationStatus.values().length;
          if (anyPart && (sum > stated || (every && sum != stated))) {
            at.report(
                MessageKey.of(code), values("total", total.id(), "stated", stated, "sum", sum));
          }
        });
  }

  static Rule<RecommendationTotal> totalListed() {
    String code = "RECOMMENDATION_TOTAL_LISTED";
    return define(
        Rule.builder(code, RecommendationTotal.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("The recommendations listed do not outnumber a stated count")
            .description(
                "A stated count of recommendations (of a source, of a status) that is smaller"
                    + " than the number of listed recommendations it counts is reported; so is a"
                    + " stated count of actions smaller than the actions listed under those"
                    + " recommendations. A report may list fewer than it counts, so fewer is not"
                    + " reported; a listed recommendation whose status is not stated is counted"
                    + " only by a total of every status. Skipped without the programme, and for"
                    + " each count that is not stated.")
            .messages(MessageKey.variants(code, "count", "actions")),
        (total, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (programme.isEmpty()) {
            return;
          }
          int listed = 0;
          int actions = 0;
          for (Recommendation recommendation : programme.get().recommendations().listed()) {
            if (total.counts(recommendation)) {
              listed++;
              actions += recommendation.actions().size();
            }
          }
          if (total.count().isPresent() && listed > total.count().get()) {
            at.report(
                MessageKey.of(code, "count"),
                values("total", total.id(), "stated", total.count().get(), "listed", listed));
          }
          if (total.actions().isPresent() && actions > total.actions().get()) {
            at.report(
                MessageKey.of(code, "actions"),
                values("total", total.id(), "stated", total.actions().get(), "listed", actions));
          }
        });
  }
}
