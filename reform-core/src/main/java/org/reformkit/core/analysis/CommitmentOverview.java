package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.TextTable;

/**
 * Progress and the phase timeline folded to one row per commitment, commitments in trouble first:
 * for a programme with more phases than a screen holds. Each commitment counts its phases done,
 * overdue, slipped and blocked ({@link Schedule#trouble()}) and gives its share done.
 *
 * <pre>{@code
 * CommitmentOverview overview = CommitmentOverview.of(report.programme(), day);
 * overview.commitments().get(0);          // the commitment with most overdue phases
 * System.out.print(overview.toTable(Locale.ENGLISH, 40));   // 40 rows, "other", overall
 * }</pre>
 *
 * <p>Order: most overdue phases first, then most slipped, then most blocked; commitments equal in
 * all three keep the programme's order. A phase whose status is not stated is counted in none of
 * them (see {@link Schedule#NOT_STATED}).
 */
public final class CommitmentOverview {
  private final ProgrammeProgress progress;
  private final ImmutableList<CommitmentTrouble> commitments;

  private CommitmentOverview(
      ProgrammeProgress progress, ImmutableList<CommitmentTrouble> commitments) {
    this.progress = progress;
    this.commitments = commitments;
  }

  /**
   * Folds the progress and timeline of a programme on a day.
   *
   * @param programme the programme
   * @param asOf the day to judge on
   * @return the overview
   */
  public static CommitmentOverview of(ReformProgramme programme, LocalDate asOf) {
    ProgrammeProgress progress = ProgrammeProgress.of(programme, asOf);
    PhaseTimeline timeline = PhaseTimeline.of(programme, asOf);
    ImmutableList<TimelineRow> rows = timeline.rows();
    ImmutableList.Builder<CommitmentTrouble> commitments = ImmutableList.builder();
    int next = 0;
    for (CommitmentProgress commitment : progress.commitments()) {
      int folded = 0;
      int done = 0;
      int[] trouble = new int[Trouble.values().length];
      // the timeline lists each commitment's rows together, in the programme's order
      while (next < rows.size() && rows.get(next).path().startsWith(commitment.path())) {
        TimelineRow row = rows.get(next++);
        folded++;
        done += row.statusAsOf().filter(s -> s == Status.COMPLETED).isPresent() ? 1 : 0;
        row.schedule().trouble().ifPresent(t -> trouble[t.ordinal()]++);
      }
      commitments.add(
          new CommitmentTrouble(
              commitment.path(),
              commitment.title(),
              commitment.status(),
              folded,
              done,
              trouble[Trouble.OVERDUE.ordinal()],
              trouble[Trouble.SLIPPED.ordinal()],
              trouble[Trouble.BLOCKED.ordinal()],
              commitment.share(),
              commitment.shareNotStated()));
    }
    return new CommitmentOverview(
        progress,
        commitments.build().stream()
            .sorted(
                Comparator.comparingInt(CommitmentTrouble::overdue)
                    .thenComparingInt(CommitmentTrouble::slipped)
                    .thenComparingInt(CommitmentTrouble::blocked)
                    .reversed())
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Folds the progress and timeline of a report's programme on the first day of its as-of date.
   *
   * @param report the report
   * @return the overview
   */
  public static CommitmentOverview of(ProgressReport report) {
    return of(report.programme(), report.asOf().firstDay());
  }

  /**
   * Returns the commitments, in trouble first (see the class comment).
   *
   * @return the commitments
   */
  public ImmutableList<CommitmentTrouble> commitments() {
    return commitments;
  }

  /**
   * Returns the progress the overview folds, with the overall share.
   *
   * @return the progress
   */
  public ProgrammeProgress progress() {
    return progress;
  }

  /**
   * Returns the overview as a table: the first commitments, then one row adding up the others, then
   * the overall share done.
   *
   * @param locale the language of the labels and titles
   * @param rows how many commitments to list one by one, at least one
   * @return the table
   */
  public TextTable toTable(Locale locale, int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, not " + rows);
    }
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.commitment", locale),
                Labels.label("heading.statusOn", locale, progress.asOf().toString()),
                Labels.label("heading.phases", locale),
                Labels.label("heading.done", locale),
                Trouble.OVERDUE.label().in(locale),
                Trouble.SLIPPED.label().in(locale),
                Trouble.BLOCKED.label().in(locale),
                Labels.label("heading.progress", locale))
            .maxCellWidth(Labels.MAX_CELL);
    for (int column = 2; column < 8; column++) {
      table.alignRight(column);
    }
    for (CommitmentTrouble row : commitments.subList(0, Math.min(rows, commitments.size()))) {
      table.addRow(
          row.title().in(locale),
          Labels.status(row.status()).in(locale),
          Integer.toString(row.rows()),
          Integer.toString(row.done()),
          Integer.toString(row.overdue()),
          Integer.toString(row.slipped()),
          Integer.toString(row.blocked()),
          row.shareNotStated()
              ? Labels.NOT_STATED.in(locale)
              : row.share().map(IndicatorProgress::percent).orElse(""));
    }
    if (commitments.size() > rows) {
      ImmutableList<CommitmentTrouble> others = commitments.subList(rows, commitments.size());
      table.addRow(
          Labels.label("row.otherCommitments", locale, Integer.toString(others.size())),
          "",
          sum(others, CommitmentTrouble::rows),
          sum(others, CommitmentTrouble::done),
          sum(others, CommitmentTrouble::overdue),
          sum(others, CommitmentTrouble::slipped),
          sum(others, CommitmentTrouble::blocked),
          "");
    }
    table.addRow(
        Labels.label("row.overall", locale), "", "", "", "", "", "", progress.overallCell(locale));
    return table.build();
  }

  private static String sum(
      ImmutableList<CommitmentTrouble> rows, ToIntFunction<CommitmentTrouble> f) {
    return Integer.toString(rows.stream().mapToInt(f).sum());
  }

  /**
   * Returns the commitment at a path, if the programme has it.
   *
   * @param path the commitment's path
   * @return the row
   */
  public Optional<CommitmentTrouble> commitment(ElementPath path) {
    return commitments.stream().filter(c -> c.path().equals(path)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommitmentOverview that
        && progress.equals(that.progress)
        && commitments.equals(that.commitments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(progress, commitments);
  }

  /**
   * Prints the overview in English, every commitment listed.
   *
   * @return the printed table
   */
  @Override
  public String toString() {
    return toTable(Locale.ENGLISH, Math.max(1, commitments.size())).toString();
  }
}
