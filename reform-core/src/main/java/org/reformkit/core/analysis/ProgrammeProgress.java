package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
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
    Status own = commitment.status().on(asOf, commitment.started(), Optional.empty());
    ElementPath path = ElementPath.root().key("commitments", commitment.id());
    List<Phase> phases = commitment.phases();
    if (phases.isEmpty()) {
      return new CommitmentProgress(path, commitment.title(), own, 0, 0, 0, 0, 0, weight(own));
    }
    int completed = 0;
    int begun = 0;
    int notStarted = 0;
    int cancelled = 0;
    for (Phase phase : phases) {
      Status onDay = phase.status().on(asOf, phase.actualStart(), phase.actualEnd());
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
    int counted = phases.size() - cancelled;
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
   * Returns the overall share done: the mean of the commitments' shares, each commitment weighing
   * the same; empty when no commitment has a share.
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
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.commitment", locale),
                Labels.label("heading.statusOn", locale, asOf.toString()),
                Labels.label("heading.phases", locale),
                Labels.label("heading.done", locale),
                Labels.label("heading.begun", locale),
                Labels.label("heading.notStarted", locale),
                Labels.label("heading.progress", locale))
            .alignRight(2)
            .alignRight(3)
            .alignRight(4)
            .alignRight(5)
            .alignRight(6)
            .maxCellWidth(Labels.MAX_CELL);
    for (CommitmentProgress row : commitments) {
      boolean phased = row.phases() > 0;
      table.addRow(
          row.title().in(locale),
          Labels.status(row.status()).in(locale),
          phased ? Integer.toString(row.phases()) : "",
          phased ? Integer.toString(row.completed()) : "",
          phased ? Integer.toString(row.begun()) : "",
          phased ? Integer.toString(row.notStarted()) : "",
          row.share().map(IndicatorProgress::percent).orElse(""));
    }
    table.addRow(
        Labels.label("row.overall", locale),
        "",
        "",
        "",
        "",
        "",
        overall().map(IndicatorProgress::percent).orElse(""));
    return table.build();
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
