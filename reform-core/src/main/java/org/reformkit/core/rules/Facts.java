package org.reformkit.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Status;

/**
 * Shared reasoning about partial facts: what a partial date proves, what a status implies.
 * Internal.
 */
final class Facts {
  private Facts() {}

  /** Whether the moment {@code a} certainly lies before the moment {@code b}. */
  static boolean certainlyBefore(PartialDate a, PartialDate b) {
    Optional<LocalDate> latestA = a.latestPossible();
    Optional<LocalDate> earliestB = b.earliestPossible();
    return latestA.isPresent() && earliestB.isPresent() && latestA.get().isBefore(earliestB.get());
  }

  /** Whether the status says the work has begun: in progress, completed or on hold. */
  static boolean begun(Status status) {
    return status == Status.IN_PROGRESS || status == Status.COMPLETED || status == Status.ON_HOLD;
  }

  /** Whether the status says the work is over: completed or cancelled. */
  static boolean closed(Status status) {
    return status == Status.COMPLETED || status == Status.CANCELLED;
  }

  /**
   * The due date, if the work is overdue as of the date: neither completed nor cancelled, and due
   * certainly before that day.
   */
  static Optional<PartialDate> overdue(Status status, Optional<PartialDate> due, LocalDate asOf) {
    return closed(status) ? Optional.empty() : due.filter(d -> d.isCertainlyBefore(asOf));
  }

  /**
   * An ordered map of named values, for findings: names (strings) and values in turn.
   *
   * @throws IllegalArgumentException if the arguments do not come in pairs or a name is not a
   *     string
   * @throws NullPointerException if a value is null
   */
  static ImmutableMap<String, Object> values(Object... namesAndValues) {
    checkArgument(
        namesAndValues.length % 2 == 0,
        "names and values come in pairs; %s arguments given",
        namesAndValues.length);
    ImmutableMap.Builder<String, Object> values = ImmutableMap.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      checkArgument(
          namesAndValues[i] instanceof String,
          "argument %s should name a value, not %s",
          i,
          namesAndValues[i]);
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values.buildOrThrow();
  }
}
