package org.reformkit.core.analysis;

import java.math.BigDecimal;
import java.util.Optional;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Target;

/**
 * One indicator of an {@link IndicatorProgress}: its latest value against baseline and target.
 *
 * @param path the indicator ({@code indicators[bpr-interviews]})
 * @param name the indicator's name
 * @param direction which way is better
 * @param baseline the baseline value, if set
 * @param latest the latest total measurement on or before the day, if any
 * @param target the target judged against, if any
 * @param shareAchieved how far from baseline to target the latest value has come (1 = all the way)
 * @param expectedShare how far the straight line from baseline to target expects it by the
 *     measurement's date
 * @param status where it stands
 */
public record IndicatorRow(
    ElementPath path,
    LocalizedText name,
    Direction direction,
    Optional<IndicatorValue> baseline,
    Optional<Measurement> latest,
    Optional<Target> target,
    Optional<BigDecimal> shareAchieved,
    Optional<BigDecimal> expectedShare,
    IndicatorStatus status) {}
