package org.reformkit.core.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value of an indicator measured at a date, with where it comes from: the report paragraph that
 * states it, a source document, who approved it. A measurement may be one part of a split by
 * dimension ({@code region=Africa}, {@code sex=female}).
 *
 * <p>{@code Measurement.of(value, date)} makes one with nothing else stated, without a builder; the
 * {@code with…} methods add the rest.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractMeasurement implements Sourced {
  /**
   * Returns the measured value.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract IndicatorValue value();

  /**
   * Returns when it was measured.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract PartialDate date();

  /**
   * Returns the document the value comes from, if not the report itself.
   *
   * @return the source document
   */
  public abstract Optional<DocumentReference> source();

  /**
   * Returns who approved the value, if recorded.
   *
   * @return who approved it
   */
  public abstract Optional<String> approvedBy();

  /**
   * Returns the dimensions this value is split by, empty for a total.
   *
   * @return the dimensions, such as {@code region=Africa}
   */
  public abstract ImmutableMap<String, String> dimensions();

  /**
   * Returns a note on the value, if any.
   *
   * @return the note
   */
  public abstract Optional<LocalizedText> note();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "measurement");
    approvedBy().ifPresent(a -> Checks.nonBlank(a, "approved by"));
    dimensions()
        .forEach(
            (k, v) -> {
              Checks.nonBlank(k, "dimension name");
              Checks.nonBlank(v, "dimension '" + k + "'");
            });
  }
}
