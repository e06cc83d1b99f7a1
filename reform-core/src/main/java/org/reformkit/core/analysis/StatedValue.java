package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;

/**
 * One measurement or target of one indicator as every report of a series stated it: see {@link
 * IndicatorHistory}.
 *
 * @param path the indicator's path
 * @param name the indicator's name as the last report listing it gives it
 * @param kind a measurement or a target
 * @param date the measurement's date or the target's due date (a target may have none)
 * @param dimensions the measurement's dimensions (none for a target or a total)
 * @param values the value as each report states it, nothing where a report does not
 * @param restated whether two reports state different values for the same measurement
 */
public record StatedValue(
    ElementPath path,
    LocalizedText name,
    Kind kind,
    Optional<PartialDate> date,
    ImmutableMap<String, String> dimensions,
    ImmutableList<Optional<IndicatorValue>> values,
    boolean restated) {
  /** Whether a row follows a measurement or a target. */
  public enum Kind {
    /** A measured value for a date (and dimensions). */
    MEASUREMENT,
    /** A target, for its due date. */
    TARGET
  }
}
