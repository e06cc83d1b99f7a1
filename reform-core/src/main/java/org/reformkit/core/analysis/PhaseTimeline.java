package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.TextTable;

/**
 * Which phases are late: for each commitment, its phases in order with planned and actual dates,
 * slippage in days and where each stands on a given day. A commitment without phases is one row,
 * its due date taken as the planned end and its start as the actual start.
 *
 * <pre>{@code
 * PhaseTimeline timeline = PhaseTimeline.of(report);            // as of the report's date
 * PhaseTimeline later = PhaseTimeline.of(programme, LocalDate.of(2016, 3, 1));
 * System.out.print(timeline);
 * }</pre>
 *
 * <p><b>Status on the day.</b> The recorded status, moved back when the recorded actual dates prove
 * the phase had not reached it on the day: completed but certainly ended after the day counts as in
 * progress; begun but certainly started after the day counts as not started. Nothing is moved
 * forward: the day never completes a phase the report did not complete. A status the report does
 * not state stays not stated, and its schedule is {@link Schedule#NOT_STATED}.
 *
 * <p><b>Imprecise dates.</b> A partial date is a range of days (a month, a year; {@code by} open
 * below, {@code from} open above, {@code about} open both ways). {@link Slippage} is the range of
 * day counts the two dates allow, exact only when both are stated to the day; a schedule that needs
 * a date to have passed ({@link Schedule#OVERDUE}, {@link Schedule#LATE_START}) requires its latest
 * possible day to lie before the timeline's day. See {@link Schedule} for each value.
 */
public final class PhaseTimeline {
  private final LocalDate asOf;
  private final ImmutableList<TimelineRow> rows;

  private PhaseTimeline(LocalDate asOf, ImmutableList<TimelineRow> rows) {
    this.asOf = asOf;
    this.rows = rows;
  }

  /**
   * Returns the timeline of a programme on a day.
   *
   * @param programme the programme
   * @param asOf the day to judge the schedule on
   * @return the timeline
   */
  public static PhaseTimeline of(ReformProgramme programme, LocalDate asOf) {
    ImmutableList.Builder<TimelineRow> rows = ImmutableList.builder();
    for (Commitment commitment : programme.commitments()) {
      ElementPath path = ElementPath.root().key("commitments", commitment.id());
      if (commitment.phases().isEmpty()) {
        rows.add(
            row(
                path,
                commitment.title(),
                Optional.empty(),
                commitment.status(),
                Optional.empty(),
                commitment.due(),
                commitment.started(),
                Optional.empty(),
                asOf));
      }
      for (Phase phase : commitment.phases()) {
        rows.add(
            row(
                path.key("phases", phase.id()),
                commitment.title(),
                Optional.of(phaseLabel(phase)),
                phase.status(),
                phase.plannedStart(),
                phase.plannedEnd(),
                phase.actualStart(),
                phase.actualEnd(),
                asOf));
      }
    }
    return new PhaseTimeline(asOf, rows.build());
  }

  /**
   * Returns the timeline of a report's programme on the first day of the report's as-of date, so
   * that nothing is called overdue that may not yet have been due when the report was written.
   *
   * @param report the report
   * @return the timeline
   */
  public static PhaseTimeline of(ProgressReport report) {
    return of(report.programme(), report.asOf().firstDay());
  }

  private static LocalizedText phaseLabel(Phase phase) {
    String id = "(" + phase.id() + ") ";
    // every language of the name, each with the identifier in front
    return Labels.inEvery(phase.name().texts().keySet(), locale -> id + phase.name().in(locale));
  }

  @SuppressWarnings("TooManyParameters") // one row's worth of facts, internal
  private static TimelineRow row(
      ElementPath path,
      LocalizedText commitment,
      Optional<LocalizedText> phase,
      Optional<Status> recorded,
      Optional<PartialDate> plannedStart,
      Optional<PartialDate> plannedEnd,
      Optional<PartialDate> actualStart,
      Optional<PartialDate> actualEnd,
      LocalDate asOf) {
    Optional<Status> onDay = Status.onDay(recorded, asOf, actualStart, actualEnd);
    Optional<Slippage> startSlip =
        plannedStart.flatMap(p -> actualStart.map(a -> Slippage.between(p, a)));
    Optional<Slippage> endSlip =
        plannedEnd.flatMap(p -> actualEnd.map(a -> Slippage.between(p, a)));
    Schedule schedule =
        onDay.isEmpty()
            ? Schedule.NOT_STATED
            : schedule(onDay.get(), plannedStart, plannedEnd, startSlip, endSlip, asOf);
    return new TimelineRow(
        path,
        commitment,
        phase,
        recorded,
        onDay,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        startSlip,
        endSlip,
        schedule);
  }

  private static Schedule schedule(
      Status onDay,
      Optional<PartialDate> plannedStart,
      Optional<PartialDate> plannedEnd,
      Optional<Slippage> startSlip,
      Optional<Slippage> endSlip,
      LocalDate asOf) {
    boolean endPassed = plannedEnd.map(e -> e.isCertainlyBefore(asOf)).orElse(false);
    boolean startPassed = plannedStart.map(s -> s.isCertainlyBefore(asOf)).orElse(false);
    return switch (onDay) {
      case CANCELLED -> Schedule.CANCELLED;
      case ON_HOLD -> endPassed ? Schedule.OVERDUE : Schedule.ON_HOLD;
      case COMPLETED -> done(endSlip);
      case IN_PROGRESS -> {
        if (endPassed) {
          yield Schedule.OVERDUE;
        }
        if (startSlip.map(Slippage::certainlyLate).orElse(false)) {
          yield Schedule.LATE;
        }
        yield plannedEnd.isPresent() ? Schedule.ON_TIME : Schedule.UNDER_WAY;
      }
      case NOT_STARTED -> {
        if (endPassed) {
          yield Schedule.OVERDUE;
        }
        yield startPassed ? Schedule.LATE_START : Schedule.NOT_DUE;
      }
    };
  }

  private static Schedule done(Optional<Slippage> endSlip) {
    if (endSlip.isEmpty()) {
      return Schedule.DONE;
    }
    Slippage slip = endSlip.get();
    if (slip.certainlyLate()) {
      return Schedule.DONE_LATE;
    }
    if (slip.certainlyEarly()) {
      return Schedule.DONE_EARLY;
    }
    return slip.possiblyOnTime() ? Schedule.DONE_ON_TIME : Schedule.DONE;
  }

  /**
   * Returns the day the schedule is judged on.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the rows, commitments in programme order and phases in commitment order.
   *
   * @return the rows
   */
  public ImmutableList<TimelineRow> rows() {
    return rows;
  }

  /**
   * Returns the row of an element, if the timeline has one.
   *
   * @param path the phase's or commitment's path
   * @return the row
   */
  public Optional<TimelineRow> row(ElementPath path) {
    return rows.stream().filter(r -> r.path().equals(path)).findFirst();
  }

  /**
   * Returns the timeline as a table in English.
   *
   * @return the table
   */
  public TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the timeline as a table with labels and names in the locale's language.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.commitment", locale),
                Labels.label("heading.phase", locale),
                Labels.label("heading.statusOn", locale, asOf.toString()),
                Labels.label("heading.plannedStart", locale),
                Labels.label("heading.plannedEnd", locale),
                Labels.label("heading.actualStart", locale),
                Labels.label("heading.actualEnd", locale),
                Labels.label("heading.startSlip", locale),
                Labels.label("heading.endSlip", locale),
                Labels.label("heading.schedule", locale))
            .alignRight(7)
            .alignRight(8)
            .maxCellWidth(Labels.MAX_CELL);
    for (TimelineRow row : rows) {
      table.addRow(
          row.commitment().in(locale),
          row.phase().map(p -> p.in(locale)).orElse(""),
          Labels.status(row.statusAsOf()).in(locale),
          Labels.cell(row.plannedStart()),
          Labels.cell(row.plannedEnd()),
          Labels.cell(row.actualStart()),
          Labels.cell(row.actualEnd()),
          Labels.cell(row.startSlippage()),
          Labels.cell(row.endSlippage()),
          row.schedule().label().in(locale));
    }
    return table.build();
  }

  /**
   * Prints the timeline as a table in English.
   *
   * @return the printed timeline
   */
  @Override
  public String toString() {
    return toTable().toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhaseTimeline that && asOf.equals(that.asOf) && rows.equals(that.rows);
  }

  @Override
  public int hashCode() {
    return 31 * asOf.hashCode() + rows.hashCode();
  }
}
