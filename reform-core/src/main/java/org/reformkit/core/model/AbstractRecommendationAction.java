package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action under a recommendation, when its source breaks the recommendation down ("109
 * recommendations with 330 actions"): its number as the source writes it, its text and where it
 * stands.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractRecommendationAction implements Sourced {
  /**
   * Returns the action's number in its source, as the source writes it ("3.12 (a)").
   *
   * @return the number
   */
  public abstract String number();

  /**
   * Returns the action's text, if given.
   *
   * @return the text
   */
  public abstract Optional<LocalizedText> text();

  /**
   * Returns where its implementation stands, if stated.
   *
   * @return the status
   */
  public abstract Optional<ImplementationStatus> status();

  @Value.Check
  void check() {
    Checks.nonBlank(number(), "recommendation action number");
    Checks.paragraphs(paragraphs(), "recommendation action");
  }
}
