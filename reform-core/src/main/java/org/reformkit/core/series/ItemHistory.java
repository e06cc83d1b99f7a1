package org.reformkit.core.series;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Status;

/**
 * What became of one item over a {@link ReportSeries}: its state in each report (nothing where the
 * report does not list it), and the meaning of that history, defined here once for the analyses and
 * the rules alike.
 *
 * <ul>
 *   <li><b>Completed, cancelled, closed</b>: the first report that states that status.
 *   <li><b>Dropped</b>: absent from the last report and never stated completed or cancelled. So
 *       every item is exactly one of: in the last report; absent from it but closed in some report;
 *       dropped.
 *   <li><b>Reopened</b>: stated with a status behind completed ({@link Status#isBackwardTo}) in a
 *       report after one that stated it completed; a status not stated proves nothing.
 *   <li><b>Stale</b>: see {@link #staleRuns(int)}.
 *   <li><b>Date moves</b>: see {@link #dateMoves()}; a move is any change of the stated date, also
 *       one that only changes a qualifier ({@code 2016} to {@code about 2016}).
 * </ul>
 *
 * <p>Reports are named by their index into {@link ReportSeries#reports()}, from 0.
 */
public final class ItemHistory {
  private final ElementPath path;
  private final ItemKind kind;
  private final ImmutableList<Optional<ItemState>> states;

  ItemHistory(ElementPath path, ItemKind kind, ImmutableList<Optional<ItemState>> states) {
    this.path = path;
    this.kind = kind;
    this.states = states;
  }

  /**
   * Returns the item's path.
   *
   * @return the path
   */
  public ElementPath path() {
    return path;
  }

  /**
   * Returns the item's kind.
   *
   * @return the kind
   */
  public ItemKind kind() {
    return kind;
  }

  /**
   * Returns the item's name as the last report that lists it gives it.
   *
   * @return the name
   */
  public LocalizedText name() {
    return states.get(lastSeen()).orElseThrow().name();
  }

  /**
   * Returns the item's state in each report of the series, nothing where a report does not list it.
   *
   * @return the states, one per report
   */
  public ImmutableList<Optional<ItemState>> states() {
    return states;
  }

  /**
   * Returns the first report that lists the item.
   *
   * @return the report's index
   */
  public int firstSeen() {
    for (int i = 0; ; i++) {
      if (states.get(i).isPresent()) {
        return i;
      }
    }
  }

  /**
   * Returns the last report that lists the item.
   *
   * @return the report's index
   */
  public int lastSeen() {
    for (int i = states.size() - 1; ; i--) {
      if (states.get(i).isPresent()) {
        return i;
      }
    }
  }

  /**
   * Whether the series' last report lists the item.
   *
   * @return whether the item is in the last report
   */
  public boolean isInLastReport() {
    return states.get(states.size() - 1).isPresent();
  }

  /**
   * Returns the first report that states the item completed.
   *
   * @return the report's index, if any
   */
  public Optional<Integer> completedIn() {
    return firstWith(Status.COMPLETED);
  }

  /**
   * Returns the first report that states the item cancelled.
   *
   * @return the report's index, if any
   */
  public Optional<Integer> cancelledIn() {
    return firstWith(Status.CANCELLED);
  }

  /**
   * Returns the first report that states the item closed (completed or cancelled).
   *
   * @return the report's index, if any
   */
  public Optional<Integer> closedIn() {
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).flatMap(ItemState::status).map(Status::isClosed).orElse(false)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> firstWith(Status status) {
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).flatMap(ItemState::status).equals(Optional.of(status))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the item was dropped: absent from the last report and never stated completed or
   * cancelled.
   *
   * @return whether the item was dropped
   */
  public boolean isDropped() {
    return !isInLastReport() && closedIn().isEmpty();
  }

  /**
   * Returns the first report that states the item behind completed after an earlier report stated
   * it completed.
   *
   * @return the report's index, if any
   */
  public Optional<Integer> reopenedIn() {
    Optional<Integer> completed = completedIn();
    if (completed.isEmpty()) {
      return Optional.empty();
    }
    for (int i = completed.get() + 1; i < states.size(); i++) {
      if (states
          .get(i)
          .flatMap(ItemState::status)
          .map(Status.COMPLETED::isBackwardTo)
          .orElse(false)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the runs of at least {@code k} consecutive reports over which the item stood still:
   * listed in each, stated under way in each ({@link ItemState#isUnderWay()}: a status not stated
   * proves nothing), and with the same progress as in the report before ({@link
   * ItemState#sameProgressAs}). Runs are maximal and in report order; an indicator has none.
   *
   * @param k the least number of reports a run spans, at least 2
   * @return the runs
   */
  public ImmutableList<StaleRun> staleRuns(int k) {
    checkArgument(k >= 2, "a stale run spans at least 2 reports, not %s", k);
    ImmutableList.Builder<StaleRun> runs = ImmutableList.builder();
    int start = -1;
    for (int i = 0; i <= states.size(); i++) {
      boolean continues =
          i < states.size()
              && states.get(i).map(ItemState::isUnderWay).orElse(false)
              && start >= 0
              && states.get(i).get().sameProgressAs(states.get(i - 1).orElseThrow());
      if (continues) {
        continue;
      }
      if (start >= 0 && i - start >= k) {
        runs.add(new StaleRun(start, i - 1));
      }
      start = i < states.size() && states.get(i).map(ItemState::isUnderWay).orElse(false) ? i : -1;
    }
    return runs.build();
  }

  /**
   * Returns the planned-date fields any report states for the item, in the order first stated.
   *
   * @return the fields
   */
  public ImmutableSet<String> plannedDateFields() {
    Set<String> fields = new LinkedHashSet<>();
    states.forEach(s -> s.ifPresent(state -> fields.addAll(state.plannedDates().keySet())));
    return ImmutableSet.copyOf(fields);
  }

  /**
   * Returns a planned date as each report states it, nothing where a report does not list the item
   * or does not state the date.
   *
   * @param field the date's field
   * @return the dates, one per report
   */
  public ImmutableList<Optional<PartialDate>> plannedDates(String field) {
    return states.stream()
        .map(s -> s.flatMap(state -> Optional.ofNullable(state.plannedDates().get(field))))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every move of a planned date: a report stating the date differently from the last
   * earlier report that stated it. Moves are by field, then in report order.
   *
   * @return the moves
   */
  public ImmutableList<DateMove> dateMoves() {
    ImmutableList.Builder<DateMove> moves = ImmutableList.builder();
    for (String field : plannedDateFields()) {
      ImmutableList<Optional<PartialDate>> dates = plannedDates(field);
      int last = -1;
      for (int i = 0; i < dates.size(); i++) {
        if (dates.get(i).isEmpty()) {
          continue;
        }
        if (last >= 0 && !dates.get(i).equals(dates.get(last))) {
          ItemState before = states.get(last).orElseThrow();
          ItemState after = states.get(i).orElseThrow();
          boolean explained = !before.statements().containsAll(after.statements());
          moves.add(
              new DateMove(field, last, i, dates.get(last).get(), dates.get(i).get(), explained));
        }
        last = i;
      }
    }
    return moves.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemHistory that
        && path.equals(that.path)
        && kind == that.kind
        && states.equals(that.states);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, kind, states);
  }

  @Override
  public String toString() {
    return path + " " + states;
  }
}
