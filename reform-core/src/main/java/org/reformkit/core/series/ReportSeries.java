package org.reformkit.core.series;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;

/**
 * A programme's history: progress reports of one programme, ordered by their as-of dates, and the
 * {@link ItemHistory} of every commitment, phase, milestone and indicator any of them lists.
 *
 * <pre>{@code
 * ReportSeries series = ReportSeries.of(march2015, november2015);
 * series.history(ElementPath.parse("commitments[bpr].phases[a]")).get().completedIn(); // 1
 * ReportSeries sorted = ReportSeries.sorted(List.of(november2015, march2015));          // same
 * }</pre>
 *
 * <p><b>Checks.</b> A series has at least one report; every report is of the first report's
 * programme (same {@link ProgrammeId}); no report is dated certainly before the one given before it
 * (reports whose partial dates overlap keep the order given); no two reports have the same document
 * symbol. A list that fails a check is refused with an {@link InvalidSeriesException} naming the
 * report and the check.
 *
 * <p>A series is immutable and safe to share between threads; its histories are computed once, when
 * it is made.
 */
public final class ReportSeries {
  private static final Comparator<ProgressReport> BY_AS_OF =
      Comparator.comparing((ProgressReport r) -> r.asOf().firstDay())
          .thenComparing(r -> r.asOf().lastDay());

  private final ImmutableList<ProgressReport> reports;
  private final ImmutableMap<ElementPath, ItemHistory> histories;

  private ReportSeries(ImmutableList<ProgressReport> reports) {
    this.reports = reports;
    this.histories = histories(reports);
  }

  /**
   * Makes a series of reports given in date order.
   *
   * @param reports the reports, earliest first
   * @return the series
   * @throws InvalidSeriesException if the reports fail a check (see the class description)
   */
  public static ReportSeries of(ProgressReport... reports) {
    return of(Arrays.asList(reports));
  }

  /**
   * Makes a series of reports given in date order.
   *
   * @param reports the reports, earliest first
   * @return the series
   * @throws InvalidSeriesException if the reports fail a check (see the class description)
   */
  public static ReportSeries of(Iterable<ProgressReport> reports) {
    ImmutableList<ProgressReport> list = ImmutableList.copyOf(reports);
    check(list);
    return new ReportSeries(list);
  }

  /**
   * Makes a series of reports given in any order, sorting them by as-of date (by the earliest
   * possible day, then the latest; reports of the same dates keep the order given).
   *
   * @param reports the reports
   * @return the series
   * @throws InvalidSeriesException if the reports fail a check other than the order
   */
  public static ReportSeries sorted(Iterable<ProgressReport> reports) {
    List<ProgressReport> list = new ArrayList<>();
    reports.forEach(list::add);
    list.sort(BY_AS_OF);
    return of(list);
  }

  /**
   * Returns the order {@link #sorted} puts reports in: by the earliest possible day of the as-of
   * date, then the latest. For a caller that sorts reports with something attached (the file each
   * was read from) before making the series.
   *
   * @return the order of reports by as-of date
   */
  public static Comparator<ProgressReport> byAsOf() {
    return BY_AS_OF;
  }

  /**
   * Starts a series to add reports to, in date order.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static void check(ImmutableList<ProgressReport> reports) {
    if (reports.isEmpty()) {
      throw new InvalidSeriesException(
          InvalidSeriesException.Problem.EMPTY, 0, "a report series needs at least one report");
    }
    ProgrammeId programme = reports.get(0).programme().id();
    Set<DocumentSymbol> symbols = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      ProgressReport report = reports.get(i);
      String named = "report " + (i + 1) + " (" + report.document().symbol() + ")";
      if (!report.programme().id().equals(programme)) {
        throw new InvalidSeriesException(
            InvalidSeriesException.Problem.MIXED_PROGRAMMES,
            i + 1,
            named
                + " is of programme '"
                + report.programme().id()
                + "', not of the series' programme '"
                + programme
                + "'");
      }
      if (!symbols.add(report.document().symbol())) {
        throw new InvalidSeriesException(
            InvalidSeriesException.Problem.REPEATED_REPORT,
            i + 1,
            named + " is already in the series");
      }
      if (i > 0 && report.asOf().isCertainlyBefore(reports.get(i - 1).asOf())) {
        ProgressReport previous = reports.get(i - 1);
        throw new InvalidSeriesException(
            InvalidSeriesException.Problem.OUT_OF_ORDER,
            i + 1,
            named
                + " is as of "
                + report.asOf()
                + ", before report "
                + i
                + " ("
                + previous.document().symbol()
                + ") as of "
                + previous.asOf()
                + "; give the reports earliest first, or use ReportSeries.sorted");
      }
    }
  }

  private static ImmutableMap<ElementPath, ItemHistory> histories(
      ImmutableList<ProgressReport> reports) {
    List<ImmutableMap<ElementPath, ItemState>> snapshots = new ArrayList<>();
    Map<ElementPath, ItemKind> kinds = new LinkedHashMap<>();
    for (ProgressReport report : reports) {
      ImmutableMap<ElementPath, ItemState> items = Snapshots.of(report.programme());
      snapshots.add(items);
      items.forEach((path, state) -> kinds.putIfAbsent(path, state.kind()));
    }
    ImmutableMap.Builder<ElementPath, ItemHistory> histories = ImmutableMap.builder();
    kinds.forEach(
        (path, kind) -> {
          ImmutableList<Optional<ItemState>> states =
              snapshots.stream()
                  .map(items -> Optional.ofNullable(items.get(path)))
                  .collect(ImmutableList.toImmutableList());
          histories.put(path, new ItemHistory(path, kind, states));
        });
    return histories.buildOrThrow();
  }

  /**
   * Returns the reports, earliest first.
   *
   * @return the reports
   */
  public ImmutableList<ProgressReport> reports() {
    return reports;
  }

  /**
   * Returns the programme the reports are of.
   *
   * @return the programme's identifier
   */
  public ProgrammeId programme() {
    return reports.get(0).programme().id();
  }

  /**
   * Returns the number of reports.
   *
   * @return the size
   */
  public int size() {
    return reports.size();
  }

  /**
   * Returns the last (latest) report.
   *
   * @return the last report
   */
  public ProgressReport last() {
    return reports.get(reports.size() - 1);
  }

  /**
   * Returns how a table names a report: its document symbol.
   *
   * @param index the report's index
   * @return the report's label
   */
  public String label(int index) {
    return reports.get(index).document().symbol().toString();
  }

  /**
   * Returns the history of every item any report lists, in order of first appearance (within a
   * report: each commitment, its phases, its milestones; then the indicators).
   *
   * @return the histories
   */
  public ImmutableList<ItemHistory> histories() {
    return histories.values().asList();
  }

  /**
   * Returns the history of one item, if any report lists it.
   *
   * @param path the item's path
   * @return the history
   */
  public Optional<ItemHistory> history(ElementPath path) {
    return Optional.ofNullable(histories.get(path));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportSeries that && reports.equals(that.reports);
  }

  @Override
  public int hashCode() {
    return reports.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ReportSeries[").append(programme()).append(':');
    for (ProgressReport report : reports) {
      out.append(' ').append(report.document().symbol()).append(" (").append(report.asOf());
      out.append(')');
    }
    return out.append(']').toString();
  }

  /** Adds reports one by one, in date order; {@link #build()} checks them. */
  public static final class Builder {
    private final List<ProgressReport> reports = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a report after those added so far.
     *
     * @param report the report
     * @return this builder
     */
    public Builder add(ProgressReport report) {
      reports.add(report);
      return this;
    }

    /**
     * Adds reports after those added so far.
     *
     * @param more the reports, earliest first
     * @return this builder
     */
    public Builder addAll(Iterable<ProgressReport> more) {
      more.forEach(reports::add);
      return this;
    }

    /**
     * Makes the series.
     *
     * @return the series
     * @throws InvalidSeriesException if the reports fail a check
     */
    public ReportSeries build() {
      return of(reports);
    }
  }
}
