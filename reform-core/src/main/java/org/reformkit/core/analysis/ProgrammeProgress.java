package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.TextTable;

/**
 * Where the programme stands against its plan: a share done per commitment and overall.
 *
 * <pre>{@code
 * ProgrammeProgress progress = ProgrammeProgress.of(report);
 * progress.overall();    // Optional[0.5] on the seed report
 * System.out.print(progress);
 * }</pre>
 *
 * <p><b>Weighting rule.</b> Each step is worth 1 when completed, ½ when in progress or on hold
 * (begun, not finished), 0 when not started; a cancelled step is left out altogether. A commitment
 * with phases is the mean of its phases, every phase weighing the same (the report gives no effort
 * per phase); a commitment without phases is worth what its own status is worth. The overall share
 * is the mean of the commitments that have a share, every commitment weighing the same, whether or
 * not it is part of another. Statuses are taken on the day as {@link PhaseTimeline} takes them:
 * moved back when the actual dates prove the step had not reached its recorded status on that day.
 * Shares are exact decimals (64-bit decimal precision).
 *
 * <p><b>Statuses not stated.</b> A step whose status the report does not state is never counted as
 * begun or done: it is counted apart ({@link CommitmentProgress#notStated()}) and the share is
 * taken over the steps whose status is stated. A commitment with nothing stated to rest a share on
 * has none, and the overall share is given over the commitments that have one, with the count of
 * those that do not for want of a stated status ({@link #notStated()}); the table shows "not
 * stated".
 */
public final class ProgrammeProgress {
  private static final MathContext MATH = MathContext.DECIMAL64;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final LocalDate asOf;
  private final ImmutableList<CommitmentProgress> commitments;

  private ProgrammeProgress(LocalDate asOf, ImmutableList<CommitmentProgress> commitments) {
    this.asOf = asOf;
    this.commitments = commitments;
  }

  /**
   * Returns the progress of a programme on a day.
   *
   * @param programme the programme
   * @param asOf the day
   * @return the progress
   */
  public static ProgrammeProgress of(ReformProgramme programme, LocalDate asOf) {
    ImmutableList.Builder<CommitmentProgress> rows = ImmutableList.builder();
    for (Commitment commitment : programme.commitments()) {
      rows.add(commitment(commitment, asOf));
    }
    return new ProgrammeProgress(asOf, rows.build());
  }

  /**
   * Returns the progress of a report's programme on the first day of the report's as-of date, as
   * {@link PhaseTimeline#of(ProgressReport)} does.
   *
   * @param report the report
   * @return the progress
   */
  public static ProgrammeProgress of(ProgressReport report) {
    return of(report.programme(), report.asOf().firstDay());
  }

  private static CommitmentProgress commitment(Commitment commitment, LocalDate asOf) {
    Optional<Status> own =
        Status.onDay(commitment.status(), asOf, commitment.started(), Optional.empty());
    ElementPath path = ElementPath.root().key("commitments", commitment.id());
    List<Phase> phases = commitment.phases();
    if (phases.isEmpty()) {
      return new CommitmentProgress(
          path, commitment.title(), own, 0, 0, 0, 0, 0, 0, own.flatMap(ProgrammeProgress::weight));
    }
    int completed = 0;
    int begun = 0;
    int notStarted = 0;
    int cancelled = 0;
    int notStated = 0;
    for (Phase phase : phases) {
      Optional<Status> stated =
          Status.onDay(phase.status(), asOf, phase.actualStart(), phase.actualEnd());
      if (stated.isEmpty()) {
        notStated++;
        continue;
      }
      Status onDay = stated.get();
      if (onDay.rank().isEmpty()) {
        cancelled++;
      } else if (onDay.isClosed()) {
        completed++;
      } else if (onDay.isBegun()) {
        begun++;
      } else {
        notStarted++;
      }
    }
    int counted = phases.size() - cancelled - notStated;
    Optional<BigDecimal> share =
        counted == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(completed)
                    .add(HALF.multiply(BigDecimal.valueOf(begun)))
                    .divide(BigDecimal.valueOf(counted), MATH));
    return new CommitmentProgress(
        path,
        commitment.title(),
        own,
        phases.size(),
        completed,
        begun,
        notStarted,
        cancelled,
        notStated,
        share);
  }

  private static Optional<BigDecimal> weight(Status status) {
    // the status's rank, 0 to 2, as a share done: 0, a half, all
    return status.rank().map(rank -> HALF.multiply(BigDecimal.valueOf(rank)));
  }

  /**
   * Returns the day the progress is taken on.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns one row per commitment, in programme order.
   *
   * @return the rows
   */
  public ImmutableList<CommitmentProgress> commitments() {
    return commitments;
  }

  /**
   * Returns how many commitments have no share for want of a stated status ({@link
   * CommitmentProgress#shareNotStated()}): the overall share leaves them out.
   *
   * @return the number of commitments whose share is not stated
   */
  public int notStated() {
    return (int) commitments.stream().filter(CommitmentProgress::shareNotStated).count();
  }

  /**
   * Returns the overall share done: the mean of the commitments' shares, each commitment weighing
   * the same; empty when no commitment has a share. Commitments whose share is not stated are left
   * out, not counted as anything ({@link #notStated()} says how many).
   *
   * @return the overall share, from 0 to 1
   */
  public Optional<BigDecimal> overall() {
    List<BigDecimal> shares = commitments.stream().flatMap(c -> c.share().stream()).toList();
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(sum.divide(BigDecimal.valueOf(shares.size()), MATH));
  }

  /**
   * Returns the progress as a table in English.
   *
   * @return the table
   */
  public TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the progress as a table with labels and names in the locale's language.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    // the column of phases not stated appears only when some phase's status is not stated
    boolean unstatedPhases = commitments.stream().anyMatch(c -> c.notStated() > 0);
    List<String> headings = new ArrayList<>();
    headings.add(Labels.label("heading.commitment", locale));
    headings.add(Labels.label("heading.statusOn", locale, asOf.toString()));
    headings.add(Labels.label("heading.phases", locale));
    headings.add(Labels.label("heading.done", locale));
    headings.add(Labels.label("heading.begun", locale));
    headings.add(Labels.label("heading.notStarted", locale));
    if (unstatedPhases) {
      headings.add(Labels.label("heading.notStated", locale));
    }
    headings.add(Labels.label("heading.progress", locale));
    TextTable.Builder table =
        TextTable.builder(headings.toArray(new String[0])).maxCellWidth(Labels.MAX_CELL);
    for (int column = 2; column < headings.size(); column++) {
      table.alignRight(column);
    }
    for (CommitmentProgress row : commitments) {
      boolean phased = row.phases() > 0;
      List<String> cells = new ArrayList<>();
      cells.add(row.title().in(locale));
      cells.add(Labels.status(row.status()).in(locale));
      cells.add(phased ? Integer.toString(row.phases()) : "");
      cells.add(phased ? Integer.toString(row.completed()) : "");
      cells.add(phased ? Integer.toString(row.begun()) : "");
      cells.add(phased ? Integer.toString(row.notStarted()) : "");
      if (unstatedPhases) {
        cells.add(phased ? Integer.toString(row.notStated()) : "");
      }
      cells.add(progressCell(row, locale));
      table.addRow(cells.toArray(new String[0]));
    }
    List<String> overallCells = new ArrayList<>();
    overallCells.add(Labels.label("row.overall", locale));
    while (overallCells.size() < headings.size() - 1) {
      overallCells.add("");
    }
    overallCells.add(overallCell(locale));
    table.addRow(overallCells.toArray(new String[0]));
    return table.build();
  }

  private static String progressCell(CommitmentProgress row, Locale locale) {
    if (row.shareNotStated()) {
      return Labels.NOT_STATED.in(locale);
    }
    return row.share().map(IndicatorProgress::percent).orElse("");
  }

  String overallCell(Locale locale) {
    int unknown = notStated();
    Optional<String> share = overall().map(IndicatorProgress::percent);
    if (unknown == 0) {
      return share.orElse("");
    }
    String count = Integer.toString(unknown);
    return share
        .map(s -> Labels.label("progress.partial", locale, s, count))
        .orElseGet(() -> Labels.label("progress.unknown", locale, count));
  }

  /**
   * Prints the progress as a table in English.
   *
   * @return the printed progress
   */
  @Override
  public String toString() {
    return toTable().toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProgrammeProgress that
        && asOf.equals(that.asOf)
        && commitments.equals(that.commitments);
  }

  @Override
  public int hashCode() {
    return 31 * asOf.hashCode() + commitments.hashCode();
  }
}
