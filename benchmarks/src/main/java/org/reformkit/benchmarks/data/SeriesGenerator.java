package org.reformkit.benchmarks.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.series.ReportSeries;

/**
 * Makes a synthetic series of reports of one programme of a given {@link ProgrammeSize}, the same
 * for the same seed, and keeps its own record of what it planted ({@link PlantedSeries}).
 *
 * <p>The first report is {@link ProgrammeGenerator#report}'s; each later one is three months on.
 * Each commitment gets one role: about one in ten <b>stalls</b> (it and its phases stay exactly as
 * they are, stated in progress), one in twenty <b>vanishes</b> after a random report (it and its
 * phases are left out, never stated completed), one in five <b>slips</b> (one phase's planned end
 * moves one to six months later in one to three reports), and the others <b>progress</b> (one phase
 * is completed in a random later report). So that nothing stands still by chance, every report adds
 * a deliverable to every commitment that does not stall and to each of its phases that is under
 * way. About one indicator in a hundred (at least one) has its first measurement <b>restated</b>
 * from a random later report on.
 */
public final class SeriesGenerator {
  private enum Role {
    STALL,
    VANISH,
    SLIP,
    PROGRESS
  }

  private final SplittableRandom random;
  private final int reports;
  private final Set<ElementPath> dropped = new LinkedHashSet<>();
  private final Set<ElementPath> stale = new LinkedHashSet<>();
  private final Map<ElementPath, Integer> completed = new LinkedHashMap<>();
  private final Map<ElementPath, Integer> slips = new LinkedHashMap<>();
  private final Map<ElementPath, PartialDate> restated = new LinkedHashMap<>();

  private SeriesGenerator(int reports, long seed) {
    this.reports = reports;
    this.random = new SplittableRandom(seed ^ 0x5E41E5L);
  }

  /**
   * Returns a series of reports and what was planted in it.
   *
   * @param size the size of each report's programme
   * @param reports the number of reports, at least 3 (so that a stall is stale)
   * @param seed the seed
   * @return the series and the generator's record
   */
  public static PlantedSeries series(ProgrammeSize size, int reports, long seed) {
    checkArgument(reports >= 3, "a planted series needs at least 3 reports, not %s", reports);
    return new SeriesGenerator(reports, seed).generate(ProgrammeGenerator.report(size, seed));
  }

  private PlantedSeries generate(ProgressReport first) {
    ReformProgramme base = first.programme();
    List<List<Commitment>> commitments = new ArrayList<>();
    for (int r = 0; r < reports; r++) {
      commitments.add(new ArrayList<>());
    }
    Set<CommitmentId> stalled = new LinkedHashSet<>();
    for (Commitment commitment : base.commitments()) {
      Role role = role();
      if (role == Role.STALL) {
        stalled.add(commitment.id());
      }
      List<Commitment> states = plant(commitment, role);
      for (int r = 0; r < states.size(); r++) {
        commitments.get(r).add(states.get(r));
      }
    }
    List<List<Indicator>> indicators = indicators(base, stalled);
    List<ProgressReport> series = new ArrayList<>();
    for (int r = 0; r < reports; r++) {
      YearMonth month = yearMonth(first.asOf()).plusMonths(3L * r);
      DocumentSymbol symbol = DocumentSymbol.parse("GB." + (325 + r) + "/INS/15/1");
      series.add(
          first
              .withDocument(first.document().withSymbol(symbol))
              .withAsOf(PartialDate.ofMonth(month.getYear(), month.getMonthValue()))
              .withProgramme(
                  base.withCommitments(commitments.get(r)).withIndicators(indicators.get(r))));
    }
    return new PlantedSeries(
        ReportSeries.of(series),
        ImmutableSet.copyOf(dropped),
        ImmutableSet.copyOf(stale),
        ImmutableMap.copyOf(completed),
        ImmutableMap.copyOf(slips),
        ImmutableMap.copyOf(restated));
  }

  private Role role() {
    int draw = random.nextInt(20);
    if (draw < 2) {
      return Role.STALL;
    }
    if (draw < 3) {
      return Role.VANISH;
    }
    return draw < 7 ? Role.SLIP : Role.PROGRESS;
  }

  /** The commitment's state in each report that lists it, planting its role. */
  private List<Commitment> plant(Commitment commitment, Role role) {
    ElementPath path = ElementPath.root().key("commitments", commitment.id());
    List<Commitment> states = new ArrayList<>();
    if (role == Role.STALL) {
      Commitment still = commitment.withStatus(Status.IN_PROGRESS);
      stale.add(path);
      for (Phase phase : still.phases()) {
        if (underWay(phase)) {
          stale.add(path.key("phases", phase.id()));
        }
      }
      for (int r = 0; r < reports; r++) {
        states.add(still);
      }
      return states;
    }
    int last = role == Role.VANISH ? random.nextInt(reports - 1) : reports - 1;
    int progressAt = 1 + random.nextInt(reports - 1);
    int slipping = slippingPhase(commitment);
    Set<Integer> moves = new LinkedHashSet<>();
    if (role == Role.SLIP) {
      int count = 1 + random.nextInt(Math.min(3, reports - 1));
      while (moves.size() < count) {
        moves.add(1 + random.nextInt(reports - 1));
      }
      Phase phase = commitment.phases().get(slipping);
      slips.put(path.key("phases", phase.id()), count);
    }
    Commitment current =
        role == Role.VANISH ? commitment.withStatus(Status.IN_PROGRESS) : commitment;
    if (role == Role.SLIP) {
      current = withPhase(current, slipping, monthEnd(current.phases().get(slipping)));
    }
    for (int r = 0; r <= last; r++) {
      if (r > 0) {
        if (role == Role.PROGRESS && r == progressAt) {
          current = progress(current, path, r);
        }
        if (moves.contains(r)) {
          current = withPhase(current, slipping, moved(current.phases().get(slipping)));
        }
        current = touched(current, r);
      }
      states.add(current);
    }
    if (role == Role.VANISH) {
      dropped.add(path);
      for (Phase phase : current.phases()) {
        if (!closed(phase)) {
          dropped.add(path.key("phases", phase.id()));
        }
      }
    }
    return states;
  }

  private static int slippingPhase(Commitment commitment) {
    for (int p = 0; p < commitment.phases().size(); p++) {
      if (!closed(commitment.phases().get(p))) {
        return p;
      }
    }
    return commitment.phases().size() - 1;
  }

  /** The phase with its planned end stated to the month, so that a later month is a sure slip. */
  private static Phase monthEnd(Phase phase) {
    YearMonth end =
        phase.plannedEnd().map(SeriesGenerator::yearMonth).orElse(YearMonth.of(2016, 6));
    return phase.withPlannedEnd(PartialDate.ofMonth(end.getYear(), end.getMonthValue()));
  }

  private Phase moved(Phase phase) {
    YearMonth end = yearMonth(phase.plannedEnd().orElseThrow()).plusMonths(1 + random.nextInt(6));
    return phase.withPlannedEnd(PartialDate.ofMonth(end.getYear(), end.getMonthValue()));
  }

  /** The first phase in progress completed (recorded), or else the first not started begun. */
  private Commitment progress(Commitment commitment, ElementPath path, int report) {
    for (int p = 0; p < commitment.phases().size(); p++) {
      Phase phase = commitment.phases().get(p);
      if (phase.status().equals(Optional.of(Status.IN_PROGRESS))) {
        completed.put(path.key("phases", phase.id()), report);
        return withPhase(commitment, p, phase.withStatus(Status.COMPLETED));
      }
    }
    for (int p = 0; p < commitment.phases().size(); p++) {
      Phase phase = commitment.phases().get(p);
      if (phase.status().equals(Optional.of(Status.NOT_STARTED))) {
        return withPhase(commitment, p, phase.withStatus(Status.IN_PROGRESS));
      }
    }
    return commitment;
  }

  /** The commitment and its phases under way with a deliverable of this report added. */
  private static Commitment touched(Commitment commitment, int report) {
    Deliverable update =
        Deliverable.builder()
            .id(DeliverableId.of("update-" + report))
            .name(LocalizedText.of("en", "Update " + report))
            .build();
    List<Phase> phases = new ArrayList<>();
    for (Phase phase : commitment.phases()) {
      boolean underWay = underWay(phase);
      phases.add(underWay ? phase.withDeliverables(append(phase.deliverables(), update)) : phase);
    }
    return commitment
        .withDeliverables(append(commitment.deliverables(), update))
        .withPhases(phases);
  }

  /** Whether the phase is stated under way (begun, not closed); not stated is not. */
  private static boolean underWay(Phase phase) {
    return phase.status().map(s -> s.isBegun() && !s.isClosed()).orElse(false);
  }

  /** Whether the phase is stated closed (completed or cancelled); not stated is not. */
  private static boolean closed(Phase phase) {
    return phase.status().map(Status::isClosed).orElse(false);
  }

  private static List<Deliverable> append(List<Deliverable> deliverables, Deliverable more) {
    List<Deliverable> all = new ArrayList<>(deliverables);
    all.add(more);
    return all;
  }

  private static Commitment withPhase(Commitment commitment, int index, Phase phase) {
    List<Phase> phases = new ArrayList<>(commitment.phases());
    phases.set(index, phase);
    return commitment.withPhases(phases);
  }

  /** The indicators in each report, a few with their first measurement restated. */
  private List<List<Indicator>> indicators(ReformProgramme base, Set<CommitmentId> stalled) {
    List<List<Indicator>> perReport = new ArrayList<>();
    for (int r = 0; r < reports; r++) {
      perReport.add(new ArrayList<>());
    }
    int wanted = Math.max(1, base.indicators().size() / 100);
    for (Indicator indicator : base.indicators()) {
      boolean restate =
          restated.size() < wanted
              && (base.indicators().size() < 100 || random.nextInt(50) == 0)
              && indicator.commitment().map(c -> !stalled.contains(c)).orElse(true)
              && !indicator.measurements().isEmpty()
              && indicator.measurements().get(0).value().number().isPresent()
              && firstOfItsKey(indicator);
      int from = restate ? 1 + random.nextInt(reports - 1) : reports;
      if (restate) {
        restated.put(
            ElementPath.root().key("indicators", indicator.id()),
            indicator.measurements().get(0).date());
      }
      for (int r = 0; r < reports; r++) {
        perReport.get(r).add(r >= from ? restate(indicator) : indicator);
      }
    }
    return perReport;
  }

  /** Whether no later measurement has the first one's date and dimensions. */
  private static boolean firstOfItsKey(Indicator indicator) {
    Measurement first = indicator.measurements().get(0);
    return indicator.measurements().stream()
            .filter(m -> m.date().equals(first.date()) && m.dimensions().equals(first.dimensions()))
            .count()
        == 1;
  }

  private static Indicator restate(Indicator indicator) {
    List<Measurement> measurements = new ArrayList<>(indicator.measurements());
    Measurement first = measurements.get(0);
    IndicatorValue value = first.value();
    BigDecimal number = value.number().orElseThrow();
    BigDecimal other =
        number.compareTo(BigDecimal.ONE) >= 0
            ? number.subtract(BigDecimal.ONE)
            : number.add(BigDecimal.ONE);
    measurements.set(
        0,
        first.withValue(
            IndicatorValue.of(
                value.kind(),
                Optional.of(other),
                value.currency(),
                Optional.empty(),
                Optional.empty())));
    return indicator.withMeasurements(measurements);
  }

  private static YearMonth yearMonth(PartialDate date) {
    return YearMonth.of(date.year(), date.month().orElse(1));
  }
}
