package org.reformkit.core.analysis;

import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Status;
import org.reformkit.core.series.ItemKind;

/**
 * An item that stood still over consecutive reports of a series: see {@link StaleItems}. Reports
 * are named by their index into the series, from 0.
 *
 * @param path the item's path
 * @param kind the item's kind
 * @param name the item's name as the run's last report gives it
 * @param status the status every report of the run states
 * @param from the first report of the run
 * @param to the last report of the run
 */
public record StaleItem(
    ElementPath path, ItemKind kind, LocalizedText name, Status status, int from, int to) {
  /**
   * Returns the number of reports over which the item stood still.
   *
   * @return the run's length
   */
  public int reports() {
    return to - from + 1;
  }
}
