package org.reformkit.core.analysis;

import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;

/**
 * One difference between two progress reports, found by {@link ReportComparison}: the element's
 * path, what kind of change it is, and the value before and after. An added element has no old
 * value and its name (or count) as new value; a removed one the reverse; a date set for the first
 * time has no old value.
 *
 * @param path the element ({@code commitments[bpr].phases[c]}, {@code citations[GB.325/POL/7]})
 * @param kind the kind of change
 * @param oldValue the value in the older report, if it had one
 * @param newValue the value in the newer report, if it has one
 */
public record Change(
    ElementPath path,
    ChangeKind kind,
    Optional<LocalizedText> oldValue,
    Optional<LocalizedText> newValue) {
  /**
   * Whether the change deserves attention: a status moving backward or an element removed.
   *
   * @return whether to flag the change
   */
  public boolean needsAttention() {
    return kind == ChangeKind.STATUS_BACKWARD || kind == ChangeKind.REMOVED;
  }

  /**
   * Returns the same change seen from the other report: mirrored kind, old and new swapped.
   *
   * @return the mirror image
   */
  public Change mirrored() {
    return new Change(path, kind.mirrored(), newValue, oldValue);
  }
}
