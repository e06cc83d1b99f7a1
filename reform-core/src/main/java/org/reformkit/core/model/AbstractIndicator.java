package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure of progress: what it measures in, which way is better, its baseline, its targets with
 * dates and its measurements with dates and sources, and the commitment it tracks.
 *
 * <pre>{@code
 * Indicator interviews = Indicator.builder()
 *     .id(IndicatorId.of("bpr-interviews"))
 *     .name(LocalizedText.zhEn("深入访谈次数", "In-depth staff interviews held"))
 *     .measure(Measure.of(MeasureKind.COUNT))
 *     .direction(Direction.HIGHER_IS_BETTER)
 *     .addMeasurement(Measurement.builder()
 *         .value(IndicatorValue.count(75))
 *         .date(PartialDate.parse("by 2015-11"))
 *         .addParagraph(5)
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractIndicator implements Sourced {
  /**
   * Returns the indicator's identifier.
   *
   * @return the identifier
   */
  public abstract IndicatorId id();

  /**
   * Returns the indicator's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns what the indicator measures in.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * Returns which way is better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns the baseline, if set.
   *
   * @return the baseline
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Returns the targets, in order.
   *
   * @return the targets
   */
  public abstract ImmutableList<Target> targets();

  /**
   * Returns the measurements, in order.
   *
   * @return the measurements
   */
  public abstract ImmutableList<Measurement> measurements();

  /**
   * Returns the commitment the indicator tracks, if any.
   *
   * @return the commitment
   */
  public abstract Optional<CommitmentId> commitment();

  /**
   * Returns how values are verified, if stated.
   *
   * @return the means of verification
   */
  public abstract Optional<LocalizedText> meansOfVerification();

  /**
   * Returns how often data are collected, if stated.
   *
   * @return the collection frequency
   */
  public abstract Optional<LocalizedText> frequency();

  /**
   * Returns who is responsible for the indicator, if stated.
   *
   * @return the responsible unit
   */
  public abstract Optional<OrgUnit> responsible();

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "indicator");
  }
}
