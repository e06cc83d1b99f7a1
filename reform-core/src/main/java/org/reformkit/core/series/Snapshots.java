package org.reformkit.core.series;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.Status;

/**
 * Reads the items of one report's programme as {@link ItemState}s, and is the one place that reads
 * an element's status, so that a status the report does not state stays "not stated". Internal.
 */
final class Snapshots {
  private Snapshots() {}

  /** The commitment's status, if the report states one. */
  static Optional<Status> status(Commitment commitment) {
    return commitment.status();
  }

  /** The phase's status, if the report states one. */
  static Optional<Status> status(Phase phase) {
    return phase.status();
  }

  /** The milestone's status, if the report states one. */
  static Optional<Status> status(Milestone milestone) {
    return milestone.status();
  }

  /**
   * The items of a programme by path, in programme order (each commitment, its phases, its
   * milestones; then the indicators); of an identifier used twice, the first element.
   */
  static ImmutableMap<ElementPath, ItemState> of(ReformProgramme programme) {
    Map<ElementPath, ItemState> items = new LinkedHashMap<>();
    ElementPath root = ElementPath.root();
    for (Commitment commitment : programme.commitments()) {
      ElementPath path = root.key("commitments", commitment.id());
      ImmutableSet<StatementId> said = ids(commitment.statements());
      items.putIfAbsent(path, commitment(path, commitment, programme, said));
      for (Phase phase : commitment.phases()) {
        ElementPath at = path.key("phases", phase.id());
        items.putIfAbsent(at, phase(at, phase, said));
      }
      for (Milestone milestone : commitment.milestones()) {
        ElementPath at = path.key("milestones", milestone.id());
        items.putIfAbsent(at, milestone(at, milestone, said));
      }
    }
    for (Indicator indicator : programme.indicators()) {
      ElementPath at = root.key("indicators", indicator.id());
      items.putIfAbsent(at, indicator(at, indicator));
    }
    return ImmutableMap.copyOf(items);
  }

  private static ItemState commitment(
      ElementPath path,
      Commitment commitment,
      ReformProgramme programme,
      ImmutableSet<StatementId> said) {
    Optional<Status> status = status(commitment);
    ImmutableList.Builder<Object> measurements = ImmutableList.builder();
    for (Indicator indicator : programme.indicators()) {
      if (attached(indicator, commitment.id())) {
        measurements.add(indicator.id(), indicator.measurements());
      }
    }
    return new ItemState(
        path,
        ItemKind.COMMITMENT,
        commitment.title(),
        status,
        dates("due", commitment.due()),
        said,
        ImmutableList.of(
            status,
            commitment.started(),
            commitment.due(),
            commitment.deliverables(),
            commitment.phases(),
            commitment.milestones(),
            measurements.build()));
  }

  private static ItemState phase(ElementPath path, Phase phase, ImmutableSet<StatementId> said) {
    Optional<Status> status = status(phase);
    Map<String, PartialDate> planned = new LinkedHashMap<>();
    phase.plannedStart().ifPresent(d -> planned.put("plannedStart", d));
    phase.plannedEnd().ifPresent(d -> planned.put("plannedEnd", d));
    return new ItemState(
        path,
        ItemKind.PHASE,
        phase.name(),
        status,
        ImmutableMap.copyOf(planned),
        ImmutableSet.<StatementId>builder().addAll(ids(phase.statements())).addAll(said).build(),
        ImmutableList.of(
            status,
            phase.plannedStart(),
            phase.plannedEnd(),
            phase.actualStart(),
            phase.actualEnd(),
            phase.deliverables()));
  }

  private static ItemState milestone(
      ElementPath path, Milestone milestone, ImmutableSet<StatementId> said) {
    Optional<Status> status = status(milestone);
    return new ItemState(
        path,
        ItemKind.MILESTONE,
        milestone.description(),
        status,
        dates("due", milestone.due()),
        said,
        ImmutableList.of(status, milestone.due()));
  }

  private static ItemState indicator(ElementPath path, Indicator indicator) {
    ImmutableList<Measurement> measurements = indicator.measurements();
    return new ItemState(
        path,
        ItemKind.INDICATOR,
        indicator.name(),
        Optional.empty(),
        ImmutableMap.of(),
        ImmutableSet.of(),
        ImmutableList.of(indicator.targets(), measurements));
  }

  private static ImmutableMap<String, PartialDate> dates(String field, Optional<PartialDate> date) {
    return date.map(d -> ImmutableMap.of(field, d)).orElse(ImmutableMap.of());
  }

  private static ImmutableSet<StatementId> ids(ImmutableList<Statement> statements) {
    return statements.stream().map(Statement::id).collect(ImmutableSet.toImmutableSet());
  }

  /** Whether the indicator is attached to the commitment. */
  private static boolean attached(Indicator indicator, CommitmentId commitment) {
    return indicator.commitment().equals(Optional.of(commitment));
  }
}
