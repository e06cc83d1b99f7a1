package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.series.ItemKind;

/**
 * One planned date of one item as every report of a series gave it: see {@link SlipHistory}.
 *
 * @param path the item's path
 * @param kind the item's kind
 * @param name the item's name as the last report listing it gives it
 * @param field the date's field ({@code due}, {@code plannedStart}, {@code plannedEnd})
 * @param dates the date as each report states it, nothing where a report does not
 * @param moves how many times a report stated the date differently from the report before that
 *     stated it
 * @param totalSlip the slippage from the first stated date to the last, as far as the dates prove
 */
public record SlipRow(
    ElementPath path,
    ItemKind kind,
    LocalizedText name,
    String field,
    ImmutableList<Optional<PartialDate>> dates,
    int moves,
    Slippage totalSlip) {
  /**
   * Whether the last stated date is certainly later than the first ({@link
   * Slippage#certainlyLate()}): a move to or from an {@code about} date proves no slip.
   *
   * @return whether the date certainly slipped
   */
  public boolean certainlySlipped() {
    return totalSlip.certainlyLate();
  }
}
