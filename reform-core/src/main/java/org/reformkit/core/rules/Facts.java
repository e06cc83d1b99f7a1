package org.reformkit.core.rules;

import com.google.common.collect.ImmutableList;
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
   * on the day ({@link Status#on}), as the phase timeline takes it.
   */
  static Optional<PartialDate> overdue(Status status, Optional<PartialDate> due, LocalDate asOf) {
    return status.isClosed() ? Optional.empty() : due.filter(d -> d.isCertainlyBefore(asOf));
  }

  /** An ordered map of named values, for findings; pairs of name and value. */
  static ImmutableMap<String, Object> values(Object... namesAndValues) {
    ImmutableMap.Builder<String, Object> values = ImmutableMap.builder();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return values.buildOrThrow();
  }

  /** A list of message keys: the code and the code with each variant. */
  static ImmutableList<String> keys(String code, String... variants) {
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    if (variants.length == 0) {
      keys.add(code);
    }
    for (String variant : variants) {
      keys.add(code + "." + variant);
    }
    return keys.build();
  }
}
