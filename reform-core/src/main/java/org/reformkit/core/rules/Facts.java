package org.reformkit.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Status;

/**
 * Shared helpers of the rules. What a partial date proves and what a status means are the model's
 * ({@link PartialDate}, {@link Status}); this only combines them. Internal.
 */
final class Facts {
  private Facts() {}

  /**
   * The due date, if the work is overdue as of the date: its status on that day is not closed and
   * the date certainly lies before that day. Both meanings are the model's ({@link
   * Status#isClosed()}, {@link PartialDate#isCertainlyBefore(LocalDate)}); callers pass the status
   * on the day ({@link Status#onDay}), as the phase timeline takes it. Work whose status is not
   * stated is never overdue: it may be done.
   */
  static Optional<PartialDate> overdue(
      Optional<Status> status, Optional<PartialDate> due, LocalDate asOf) {
    return status.isEmpty() || status.get().isClosed()
        ? Optional.empty()
        : due.filter(d -> d.isCertainlyBefore(asOf));
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
