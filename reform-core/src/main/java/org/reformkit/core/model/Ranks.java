package org.reformkit.core.model;

import java.util.Optional;

/** Comparison of the ranks of statuses, shared by the status enums. Internal. */
final class Ranks {
  private Ranks() {}

  /** Whether both ranks are stated and {@code to} is higher than {@code from}. */
  static boolean forward(Optional<Integer> from, Optional<Integer> to) {
    return from.isPresent() && to.isPresent() && to.get() > from.get();
  }
}
