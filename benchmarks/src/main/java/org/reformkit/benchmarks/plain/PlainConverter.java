package org.reformkit.benchmarks.plain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Target;

/**
 * Copies a {@link ReformProgramme} into plain mutable classes of the same shape.
 *
 * <p>Values that the model shares between elements (units, locations, texts, dates) are shared in
 * the copy too, so that the memory comparison compares representations, not sharing. What the
 * synthetic programmes do not fill (statements, deliverables, milestones, policies, committees,
 * external support, the monitoring framework, paragraph numbers) is not copied: on the seed report
 * the plain copy holds less than the model.
 */
public final class PlainConverter {
  private final PlainFactory factory;
  private final IdentityHashMap<Object, Object> shared = new IdentityHashMap<>();

  private PlainConverter(PlainFactory factory) {
    this.factory = factory;
  }

  /**
   * Copies a programme into the plain classes.
   *
   * @param programme the programme
   * @return the plain copy
   */
  public static PlainProgramme plain(ReformProgramme programme) {
    return new PlainConverter(PlainFactory.PLAIN).programme(programme);
  }

  /**
   * Copies a programme into objects that a factory makes.
   *
   * @param programme the programme
   * @param factory makes the plain objects
   * @return the plain copy
   */
  public static PlainProgramme convert(ReformProgramme programme, PlainFactory factory) {
    return new PlainConverter(factory).programme(programme);
  }

  private PlainProgramme programme(ReformProgramme programme) {
    PlainProgramme plain = factory.programme();
    plain.setId(programme.id().value());
    plain.setName(text(programme.name()));
    plain.setOrganization(programme.organization().map(this::text).orElse(null));
    plain.setOwner(programme.owner().map(this::unit).orElse(null));
    plain.setLaunched(programme.launched().map(this::date).orElse(null));
    plain.setStatus(programme.status().orElse(null));
    plain.setCommitments(list(programme.commitments(), this::commitment));
    plain.setPostLines(list(programme.postLines(), this::postLine));
    plain.setPosts(list(programme.posts(), this::post));
    plain.setPostTotals(list(programme.postTotals(), this::postTotal));
    plain.setIndicators(list(programme.indicators(), this::indicator));
    plain.setEngagements(list(programme.engagements(), this::engagement));
    return plain;
  }

  private PlainCommitment commitment(Commitment commitment) {
    PlainCommitment plain = factory.commitment();
    plain.setId(commitment.id().value());
    plain.setTitle(text(commitment.title()));
    plain.setObjective(commitment.objective().map(this::text).orElse(null));
    plain.setOwner(commitment.owner().map(this::unit).orElse(null));
    plain.setStatus(commitment.status().orElse(null));
    plain.setStarted(commitment.started().map(this::date).orElse(null));
    plain.setDue(commitment.due().map(this::date).orElse(null));
    plain.setAffectsStaff(commitment.affectsStaff());
    plain.setDependsOn(list(commitment.dependsOn(), CommitmentId::value));
    plain.setPartOf(commitment.partOf().map(CommitmentId::value).orElse(null));
    plain.setPhases(list(commitment.phases(), this::phase));
    return plain;
  }

  private PlainPhase phase(Phase phase) {
    PlainPhase plain = factory.phase();
    plain.setId(phase.id().value());
    plain.setName(text(phase.name()));
    plain.setStatus(phase.status().orElse(null));
    plain.setPlannedStart(phase.plannedStart().map(this::date).orElse(null));
    plain.setPlannedEnd(phase.plannedEnd().map(this::date).orElse(null));
    plain.setActualStart(phase.actualStart().map(this::date).orElse(null));
    plain.setActualEnd(phase.actualEnd().map(this::date).orElse(null));
    return plain;
  }

  private void postFields(PostDetails details, PlainPostFields plain) {
    plain.setLocation(location(details.location()));
    plain.setUnit(details.unit().map(this::unit).orElse(null));
    plain.setCategory(details.category());
    plain.setGrade(details.grade().orElse(null));
    plain.setOrigin(origin(details.origin()));
    plain.setOfWhich(list(details.ofWhich(), this::share));
    plain.setFunding(details.funding().orElse(null));
    plain.setStatus(details.status().orElse(null));
    plain.setCommitment(details.commitment().map(CommitmentId::value).orElse(null));
  }

  private PlainPostLine postLine(PostLine line) {
    PlainPostLine plain = factory.postLine();
    plain.setId(line.id().value());
    plain.setCount(line.count());
    plain.setDescription(line.description().map(this::text).orElse(null));
    postFields(line, plain);
    return plain;
  }

  private PlainPost post(Post post) {
    PlainPost plain = factory.post();
    plain.setId(post.id().value());
    plain.setTitle(post.title().map(this::text).orElse(null));
    postFields(post, plain);
    return plain;
  }

  private PlainPostTotal postTotal(PostTotal total) {
    PlainPostTotal plain = factory.postTotal();
    plain.setId(total.id().value());
    plain.setDescription(text(total.description()));
    plain.setCount(total.count());
    plain.setLines(list(total.lines(), id -> id.value()));
    return plain;
  }

  private PlainIndicator indicator(Indicator indicator) {
    PlainIndicator plain = factory.indicator();
    plain.setId(indicator.id().value());
    plain.setName(text(indicator.name()));
    plain.setMeasure(measure(indicator.measure()));
    plain.setDirection(indicator.direction());
    plain.setBaseline(indicator.baseline().map(this::baseline).orElse(null));
    plain.setTargets(list(indicator.targets(), this::target));
    plain.setMeasurements(list(indicator.measurements(), this::measurement));
    plain.setCommitment(indicator.commitment().map(CommitmentId::value).orElse(null));
    return plain;
  }

  private PlainMeasure measure(Measure measure) {
    return cached(
        measure,
        m -> {
          PlainMeasure plain = new PlainMeasure();
          plain.setKind(m.kind());
          plain.setCurrency(m.currency().orElse(null));
          plain.setUnit(m.unit().map(this::text).orElse(null));
          return plain;
        });
  }

  private PlainBaseline baseline(Baseline baseline) {
    PlainBaseline plain = factory.baseline();
    plain.setValue(value(baseline.value()));
    plain.setDate(baseline.date().map(this::date).orElse(null));
    return plain;
  }

  private PlainTarget target(Target target) {
    PlainTarget plain = factory.target();
    plain.setValue(value(target.value()));
    plain.setDue(target.due().map(this::date).orElse(null));
    plain.setCumulative(target.cumulative());
    return plain;
  }

  private PlainMeasurement measurement(Measurement measurement) {
    PlainMeasurement plain = factory.measurement();
    plain.setValue(value(measurement.value()));
    plain.setDate(date(measurement.date()));
    plain.setApprovedBy(measurement.approvedBy().orElse(null));
    plain.setDimensions(
        measurement.dimensions().isEmpty() ? null : new LinkedHashMap<>(measurement.dimensions()));
    plain.setNote(measurement.note().map(this::text).orElse(null));
    return plain;
  }

  private PlainValue value(IndicatorValue value) {
    PlainValue plain = factory.value();
    plain.setKind(value.kind());
    plain.setNumber(value.number().orElse(null));
    plain.setCurrency(value.currency().orElse(null));
    plain.setFlag(value.flag().orElse(null));
    plain.setText(value.text().map(this::text).orElse(null));
    return plain;
  }

  private PlainEngagement engagement(StaffEngagement engagement) {
    PlainEngagement plain = factory.engagement();
    plain.setId(engagement.id().value());
    plain.setKinds(new ArrayList<>(engagement.kinds()));
    plain.setCounterpart(engagement.counterpart());
    plain.setSubject(text(engagement.subject()));
    plain.setStatus(engagement.status().orElse(null));
    plain.setCommitment(engagement.commitment().map(CommitmentId::value).orElse(null));
    plain.setPhase(engagement.phase().map(p -> p.value()).orElse(null));
    return plain;
  }

  private PlainShare share(PostShare share) {
    PlainShare plain = new PlainShare();
    plain.setOrigin(origin(share.origin()));
    plain.setCount(share.count().orElse(null));
    return plain;
  }

  private PlainOrigin origin(PostOrigin origin) {
    return cached(
        origin,
        o -> {
          PlainOrigin plain = new PlainOrigin();
          plain.setKind(o.kind());
          plain.setFrom(o.from().map(this::unit).orElse(null));
          return plain;
        });
  }

  private PlainLocation location(Location location) {
    return cached(
        location,
        l -> {
          PlainLocation plain = new PlainLocation();
          plain.setKind(l.kind());
          plain.setName(l.name().map(this::text).orElse(null));
          return plain;
        });
  }

  private PlainUnit unit(OrgUnit unit) {
    return cached(
        unit,
        u -> {
          PlainUnit plain = new PlainUnit();
          plain.setCode(u.code().orElse(null));
          plain.setName(text(u.name()));
          return plain;
        });
  }

  private Map<String, String> text(LocalizedText text) {
    return cached(text, t -> new LinkedHashMap<>(t.texts()));
  }

  private String date(PartialDate date) {
    return cached(date, PartialDate::toString);
  }

  @SuppressWarnings("unchecked")
  private <M, P> P cached(M model, Function<M, P> copy) {
    Object plain = shared.get(model);
    if (plain == null) {
      plain = copy.apply(model);
      shared.put(model, plain);
    }
    return (P) plain;
  }

  private static <M, P> List<P> list(Collection<M> models, Function<M, P> copy) {
    if (models.isEmpty()) {
      return null;
    }
    List<P> plain = new ArrayList<>(models.size());
    for (M model : models) {
      plain.add(copy.apply(model));
    }
    return plain;
  }
}
