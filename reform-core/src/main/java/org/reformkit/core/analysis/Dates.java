package org.reformkit.core.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Status;

/**
 * What partial dates prove. Internal. A date {@code on} a day, month or year lies within it; {@code
 * by} bounds it from above only, {@code from} from below only, and {@code about} proves nothing, so
 * an "about" date has neither bound.
 */
final class Dates {
  private Dates() {}

  /** The earliest day the moment can be on, if the date proves one. */
  static Optional<LocalDate> lower(PartialDate date) {
    return switch (date.qualifier()) {
      case ON, FROM -> Optional.of(date.firstDay());
      case BY, ABOUT -> Optional.empty();
    };
  }

  /** The latest day the moment can be on, if the date proves one. */
  static Optional<LocalDate> upper(PartialDate date) {
    return switch (date.qualifier()) {
      case ON, BY -> Optional.of(date.lastDay());
      case FROM, ABOUT -> Optional.empty();
    };
  }

  /** Whether the moment certainly lies after the day. */
  static boolean certainlyAfter(PartialDate date, LocalDate day) {
    return lower(date).map(d -> d.isAfter(day)).orElse(false);
  }

  /** Whether the moment certainly lies before the day. */
  static boolean certainlyBefore(PartialDate date, LocalDate day) {
    return upper(date).map(d -> d.isBefore(day)).orElse(false);
  }

  static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /**
   * The status of a phase on a day: the recorded status, moved back when the recorded actual dates
   * prove it had not yet reached that status on the day.
   */
  static Status statusOn(Phase phase, LocalDate day) {
    return statusOn(phase.status(), phase.actualStart(), phase.actualEnd(), day);
  }

  /**
   * The status on a day, given the recorded status and actual dates: a completed element whose
   * actual end certainly falls after the day was still in progress; a begun element whose actual
   * start certainly falls after the day had not started.
   */
  static Status statusOn(
      Status recorded, Optional<PartialDate> start, Optional<PartialDate> end, LocalDate day) {
    boolean begun =
        recorded == Status.IN_PROGRESS
            || recorded == Status.COMPLETED
            || recorded == Status.ON_HOLD;
    if (begun && start.map(s -> certainlyAfter(s, day)).orElse(false)) {
      return Status.NOT_STARTED;
    }
    if (recorded == Status.COMPLETED && end.map(e -> certainlyAfter(e, day)).orElse(false)) {
      return Status.IN_PROGRESS;
    }
    return recorded;
  }
}
