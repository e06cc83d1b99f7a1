package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A reform programme as a whole: the agenda, its owner and start, its commitments, the posts it
 * creates or moves, its indicators and monitoring framework, how staff are engaged, the external
 * support it uses, and the policies and committees it puts in force.
 *
 * <p>The model accepts an inconsistent programme (phases out of order, totals that do not add up,
 * references that do not resolve); the rule checks report it.
 *
 * <pre>{@code
 * ReformProgramme programme = ReformProgramme.builder()
 *     .id(ProgrammeId.of("ilo-internal-reform"))
 *     .name(LocalizedText.zhEn("内部改革议程", "Internal reform agenda"))
 *     .status(Status.IN_PROGRESS)
 *     .addCommitment(review)
 *     .build();
 * programme.commitment(CommitmentId.of("bpr")); // Optional[review]
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractReformProgramme implements Sourced {
  /**
   * Returns the programme's identifier.
   *
   * @return the identifier
   */
  public abstract ProgrammeId id();

  /**
   * Returns the programme's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns the organisation that runs it, if stated.
   *
   * @return the organisation
   */
  public abstract Optional<LocalizedText> organization();

  /**
   * Returns the unit that owns it, if stated.
   *
   * @return the owner unit
   */
  public abstract Optional<OrgUnit> owner();

  /**
   * Returns when it was launched, if stated.
   *
   * @return the launch date
   */
  public abstract Optional<PartialDate> launched();

  /**
   * Returns where it stands as a whole, if the report states it; empty when it does not (rules and
   * analyses then say "not stated" and never guess).
   *
   * @return the status, if stated
   */
  public abstract Optional<Status> status();

  /**
   * Returns its commitments (workstreams), in order.
   *
   * @return the commitments
   */
  public abstract ImmutableList<Commitment> commitments();

  /**
   * Returns the counted lines of posts.
   *
   * @return the post lines
   */
  public abstract ImmutableList<PostLine> postLines();

  /**
   * Returns the posts kept one by one.
   *
   * @return the posts
   */
  public abstract ImmutableList<Post> posts();

  /**
   * Returns the stated totals of posts.
   *
   * @return the post totals
   */
  public abstract ImmutableList<PostTotal> postTotals();

  /**
   * Returns what the report says of oversight bodies' recommendations: those listed and the stated
   * counts; {@link Recommendations#none()} when it says nothing of them.
   *
   * @return the recommendations
   */
  @Value.Default
  public Recommendations recommendations() {
    return Recommendations.none();
  }

  /**
   * Returns the indicators.
   *
   * @return the indicators
   */
  public abstract ImmutableList<Indicator> indicators();

  /**
   * Returns the monitoring framework, if there is one.
   *
   * @return the monitoring framework
   */
  public abstract Optional<MonitoringFramework> monitoringFramework();

  /**
   * Returns the staff engagements.
   *
   * @return the engagements
   */
  public abstract ImmutableList<StaffEngagement> engagements();

  /**
   * Returns the external support.
   *
   * @return the external support
   */
  public abstract ImmutableList<ExternalSupport> externalSupport();

  /**
   * Returns the policies.
   *
   * @return the policies
   */
  public abstract ImmutableList<Policy> policies();

  /**
   * Returns the committees.
   *
   * @return the committees
   */
  public abstract ImmutableList<Committee> committees();

  /**
   * Returns the programme's money as the report states it: financial lines and stated totals; empty
   * when it states none.
   *
   * @return the finances
   */
  @Value.Default
  public Finances finances() {
    return Finances.none();
  }

  /**
   * Returns the risks the report states.
   *
   * @return the risks
   */
  public abstract ImmutableList<Risk> risks();

  /**
   * Returns narrative statements about the programme as a whole.
   *
   * @return the statements
   */
  public abstract ImmutableList<Statement> statements();

  /**
   * Returns the commitment with this identifier, if there is one; the first one if the identifier
   * is used twice (which the rule checks report). Looks it up in an index built once, on first use.
   *
   * @param commitmentId the identifier
   * @return the commitment
   */
  public final Optional<Commitment> commitment(CommitmentId commitmentId) {
    return Optional.ofNullable(commitmentsById().get(commitmentId));
  }

  /**
   * Returns the post line with this identifier, if there is one; the first one if the identifier is
   * used twice. Looks it up in an index built once, on first use.
   *
   * @param lineId the identifier
   * @return the post line
   */
  public final Optional<PostLine> postLine(PostLineId lineId) {
    return Optional.ofNullable(postLinesById().get(lineId));
  }

  /**
   * Returns the indicator with this identifier, if there is one; the first one if the identifier is
   * used twice. Looks it up in an index built once, on first use.
   *
   * @param indicatorId the identifier
   * @return the indicator
   */
  public final Optional<Indicator> indicator(IndicatorId indicatorId) {
    return Optional.ofNullable(indicatorsById().get(indicatorId));
  }

  /** The commitments by identifier, the first of each; computed once, not part of the value. */
  @Value.Lazy
  ImmutableMap<CommitmentId, Commitment> commitmentsById() {
    return firstById(commitments(), Commitment::id);
  }

  /** The post lines by identifier, the first of each; computed once, not part of the value. */
  @Value.Lazy
  ImmutableMap<PostLineId, PostLine> postLinesById() {
    return firstById(postLines(), PostLine::id);
  }

  /** The indicators by identifier, the first of each; computed once, not part of the value. */
  @Value.Lazy
  ImmutableMap<IndicatorId, Indicator> indicatorsById() {
    return firstById(indicators(), Indicator::id);
  }

  private static <K, V> ImmutableMap<K, V> firstById(ImmutableList<V> elements, Function<V, K> id) {
    Map<K, V> first = new LinkedHashMap<>();
    for (V element : elements) {
      first.putIfAbsent(id.apply(element), element);
    }
    return ImmutableMap.copyOf(first);
  }

  @Value.Check
  void check() {
    Checks.paragraphs(paragraphs(), "programme");
  }
}
