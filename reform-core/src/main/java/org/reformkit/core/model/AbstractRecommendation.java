package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recommendation of an oversight body (an evaluation, an audit, the Joint Inspection Unit) that a
 * reform answers, as a report lists it: its source document, its number there as the source writes
 * it ("Recommendation 3", "IEE 3.12"), its text, to whom it is addressed, whether it was accepted,
 * where its implementation stands, when it is due, the commitments that answer it, the evidence
 * cited and the actions it is broken into. Every fact but the identifier and the source may be not
 * stated; at least a number or a text is required.
 *
 * <pre>{@code
 * Recommendation.builder()
 *     .id(RecommendationId.of("jiu-2016-3"))
 *     .source(DocumentReference.of(DocumentSymbol.parse("JIU/REP/2016/8")))
 *     .number("Recommendation 3")
 *     .acceptance(Acceptance.ACCEPTED)
 *     .status(ImplementationStatus.IN_PROGRESS)
 *     .addAnsweredBy(CommitmentId.of("bpr"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractRecommendation implements Sourced {
  /**
   * Returns the recommendation's identifier in the programme.
   *
   * @return the identifier
   */
  public abstract RecommendationId id();

  /**
   * Returns the document that makes the recommendation.
   *
   * @return the source
   */
  public abstract DocumentReference source();

  /**
   * Returns the recommendation's number in its source, as the source writes it, if given.
   *
   * @return the number
   */
  public abstract Optional<String> number();

  /**
   * Returns the recommendation's text, if given.
   *
   * @return the text
   */
  public abstract Optional<LocalizedText> text();

  /**
   * Returns to whom it is addressed, if stated.
   *
   * @return the addressee
   */
  public abstract Optional<Addressee> addressee();

  /**
   * Returns what the organisation answered, if stated; never defaulted.
   *
   * @return the acceptance
   */
  public abstract Optional<Acceptance> acceptance();

  /**
   * Returns where its implementation stands, if stated.
   *
   * @return the implementation status
   */
  public abstract Optional<ImplementationStatus> status();

  /**
   * Returns when it is due, if stated.
   *
   * @return the due date
   */
  public abstract Optional<PartialDate> due();

  /**
   * Returns the commitments of the programme that answer it, possibly none.
   *
   * @return the commitments
   */
  public abstract ImmutableList<CommitmentId> answeredBy();

  /**
   * Returns the documents cited as evidence of its implementation, possibly none.
   *
   * @return the evidence
   */
  public abstract ImmutableList<DocumentReference> evidence();

  /**
   * Returns the actions it is broken into, when the source breaks it down.
   *
   * @return the actions
   */
  public abstract ImmutableList<RecommendationAction> actions();

  /**
   * Returns the due date, if the recommendation is overdue on a day: its status is stated and not
   * closed ({@link ImplementationStatus#isClosed()}) and its due date certainly lies before the day
   * ({@link PartialDate#isCertainlyBefore(LocalDate)}: "by 2015" is overdue only from 1 January
   * 2016). A recommendation whose status or due date is not stated is never overdue.
   *
   * @param day the day, usually the report's as-of date
   * @return the due date, if overdue
   */
  public final Optional<PartialDate> overdueOn(LocalDate day) {
    if (status().isEmpty() || status().get().isClosed()) {
      return Optional.empty();
    }
    return due().filter(d -> d.isCertainlyBefore(day));
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "recommendation");
    number().ifPresent(n -> Checks.nonBlank(n, "recommendation number"));
    if (number().isEmpty() && text().isEmpty()) {
      throw new InvalidValueException(
          "recommendation " + id() + " needs a number or a text to say which it is");
    }
  }
}
