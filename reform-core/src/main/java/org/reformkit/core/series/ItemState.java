package org.reformkit.core.series;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.Status;

/**
 * One item (commitment, phase, milestone or indicator) as one report of a series states it: its
 * status, if the report states one, its planned dates, the statements made about it, and the facts
 * its progress is judged on.
 *
 * <p><b>Progress facts.</b> Two states show the same progress ({@link #sameProgressAs}) when they
 * agree on the status, every date (planned and actual), every deliverable, and every measurement:
 * for a commitment its start, due date and deliverables, its phases and milestones (anything of
 * them), and the measurements of the indicators attached to it; for a phase its four dates and
 * deliverables; for a milestone its due date; for an indicator its targets and measurements.
 */
public final class ItemState {
  private final ElementPath path;
  private final ItemKind kind;
  private final LocalizedText name;
  private final Optional<Status> status;
  private final ImmutableMap<String, PartialDate> plannedDates;
  private final ImmutableSet<StatementId> statements;
  private final ImmutableList<Object> progressFacts;

  @SuppressWarnings("TooManyParameters") // one item's facts, made only by Snapshots
  ItemState(
      ElementPath path,
      ItemKind kind,
      LocalizedText name,
      Optional<Status> status,
      ImmutableMap<String, PartialDate> plannedDates,
      ImmutableSet<StatementId> statements,
      ImmutableList<Object> progressFacts) {
    this.path = path;
    this.kind = kind;
    this.name = name;
    this.status = status;
    this.plannedDates = plannedDates;
    this.statements = statements;
    this.progressFacts = progressFacts;
  }

  /**
   * Returns the item's path in its report: {@code commitments[bpr].phases[c]}.
   *
   * @return the path
   */
  public ElementPath path() {
    return path;
  }

  /**
   * Returns what kind of item it is.
   *
   * @return the kind
   */
  public ItemKind kind() {
    return kind;
  }

  /**
   * Returns the item's title, name or description as the report gives it.
   *
   * @return the name
   */
  public LocalizedText name() {
    return name;
  }

  /**
   * Returns the item's status, or nothing when the report does not state one (and always for an
   * indicator).
   *
   * @return the status, if stated
   */
  public Optional<Status> status() {
    return status;
  }

  /**
   * Whether the report states a status that is begun and not closed (in progress, on hold): an item
   * that is meant to be moving.
   *
   * @return whether the item is stated to be under way
   */
  public boolean isUnderWay() {
    return status.map(s -> s.isBegun() && !s.isClosed()).orElse(false);
  }

  /**
   * Returns the planned dates the report states, by field name: {@code due} for a commitment or a
   * milestone, {@code plannedStart} and {@code plannedEnd} for a phase.
   *
   * @return the planned dates
   */
  public ImmutableMap<String, PartialDate> plannedDates() {
    return plannedDates;
  }

  /**
   * Returns the identifiers of the statements made about the item: its own and, for a phase or a
   * milestone, its commitment's.
   *
   * @return the statements' identifiers
   */
  public ImmutableSet<StatementId> statements() {
    return statements;
  }

  /**
   * Whether this state shows the same progress as another: same status, dates, deliverables and
   * measurements (see the class description).
   *
   * @param other the other state
   * @return whether nothing of the item's progress differs
   */
  public boolean sameProgressAs(ItemState other) {
    return progressFacts.equals(other.progressFacts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemState that
        && path.equals(that.path)
        && kind == that.kind
        && name.equals(that.name)
        && status.equals(that.status)
        && plannedDates.equals(that.plannedDates)
        && statements.equals(that.statements)
        && progressFacts.equals(that.progressFacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, kind, name, status, plannedDates, statements, progressFacts);
  }

  @Override
  public String toString() {
    return path + " " + status.map(String::valueOf).orElse("(status not stated)");
  }
}
