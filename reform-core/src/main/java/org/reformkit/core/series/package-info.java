/**
 * A programme's history: the progress reports of one programme read as one {@link
 * org.reformkit.core.series.ReportSeries}, ordered by their as-of dates, and what became of each
 * commitment, phase, milestone and indicator across them ({@link
 * org.reformkit.core.series.ItemHistory}).
 *
 * <p>This package holds the value and the meaning of a history (when an item was completed, whether
 * it was dropped, when it stood still, when a planned date moved); the tables over a series are in
 * {@link org.reformkit.core.analysis.Analyses}, and the rules over a series run with {@link
 * org.reformkit.core.rules.RuleSet#validate(ReportSeries, java.util.Locale)}. It depends on the
 * model only, so that analyses and rules can both use it and stay independent of each other.
 */
@NullMarked
package org.reformkit.core.series;

import org.jspecify.annotations.NullMarked;
