package org.reformkit.core.analysis;

import java.util.Optional;
import org.reformkit.core.model.Status;

/**
 * Where one report of a series leaves an item: not listed at all, listed without a status, or
 * listed with one.
 *
 * @param listed whether the report lists the item
 * @param status the status the report states, if it lists the item and states one
 */
public record StatusInReport(boolean listed, Optional<Status> status) {
  /** A report that does not list the item. */
  public static final StatusInReport ABSENT = new StatusInReport(false, Optional.empty());

  /**
   * Returns the cell a table prints: the status, "not stated", or a dash for an item not listed.
   */
  String cell(java.util.Locale locale) {
    if (!listed) {
      return Labels.label("series.absent", locale);
    }
    return status.map(Labels::status).orElse(Labels.NOT_STATED).in(locale);
  }
}
