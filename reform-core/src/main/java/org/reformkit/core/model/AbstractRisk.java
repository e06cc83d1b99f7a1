package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk to the programme, as the report's risk section states it: what could go wrong, how likely
 * and how grave on the report's own scale, how it moves, how it is mitigated and by whom, and which
 * commitments it threatens. Every fact not stated is empty: a risk with no status is neither open
 * nor closed.
 *
 * <pre>{@code
 * Risk risk = Risk.builder()
 *     .id(RiskId.of("r1"))
 *     .description(LocalizedText.of("en", "Staff resist the new mobility policy"))
 *     .likelihood(RiskRating.high())
 *     .impact(RiskRating.parse("4/5 high from 4"))
 *     .status(RiskStatus.OPEN)
 *     .addCommitment(CommitmentId.of("hr"))
 *     .build();
 * risk.isHighLikelihoodAndImpact(); // Optional[true]
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractRisk implements Sourced {
  /**
   * Returns the risk's identifier.
   *
   * @return the identifier
   */
  public abstract RiskId id();

  /**
   * Returns what could go wrong.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns the category the report puts it in (financial, operational, reputational ...), if
   * stated.
   *
   * @return the category
   */
  public abstract Optional<LocalizedText> category();

  /**
   * Returns how likely it is, if rated.
   *
   * @return the likelihood
   */
  public abstract Optional<RiskRating> likelihood();

  /**
   * Returns how grave it would be, if rated.
   *
   * @return the impact
   */
  public abstract Optional<RiskRating> impact();

  /**
   * Returns how it has moved, if stated.
   *
   * @return the trend
   */
  public abstract Optional<RiskTrend> trend();

  /**
   * Returns how it is mitigated, if stated.
   *
   * @return the mitigation
   */
  public abstract Optional<LocalizedText> mitigation();

  /**
   * Returns who owns it, if stated.
   *
   * @return the owner
   */
  public abstract Optional<OrgUnit> owner();

  /**
   * Returns when it was identified, if stated.
   *
   * @return the date identified
   */
  public abstract Optional<PartialDate> identified();

  /**
   * Returns whether it is open or closed, if stated.
   *
   * @return the status
   */
  public abstract Optional<RiskStatus> status();

  /**
   * Returns the commitments it threatens.
   *
   * @return the commitments threatened
   */
  public abstract ImmutableList<CommitmentId> commitments();

  /**
   * Whether both likelihood and impact are high, if the report rates both on scales that say what
   * is high; empty when either is not rated or its scale does not say. Rules and analyses ask this.
   *
   * @return whether high likelihood and high impact, if known
   */
  public final Optional<Boolean> isHighLikelihoodAndImpact() {
    Optional<Boolean> likely = likelihood().flatMap(RiskRating::isHigh);
    Optional<Boolean> grave = impact().flatMap(RiskRating::isHigh);
    if (likely.isPresent() && grave.isPresent()) {
      return Optional.of(likely.get() && grave.get());
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "risk");
  }
}
