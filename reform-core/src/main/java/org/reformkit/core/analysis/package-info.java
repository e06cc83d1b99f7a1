/**
 * Analyses of reform programmes and progress reports, each one documented call that answers one
 * question an analyst asks of every report, and prints as an aligned table (English by default,
 * Chinese labels with {@code toTable(Locale.CHINESE)}):
 *
 * <ul>
 *   <li>where did the posts go: {@link org.reformkit.core.analysis.PostSummary#of};
 *   <li>which phases are late: {@link org.reformkit.core.analysis.PhaseTimeline#of};
 *   <li>which indicators are off track: {@link org.reformkit.core.analysis.IndicatorProgress#of};
 *   <li>where are we against the plan: {@link org.reformkit.core.analysis.ProgrammeProgress#of};
 *   <li>what has moved since the last report: {@link
 *       org.reformkit.core.analysis.ReportComparison#between}.
 * </ul>
 *
 * <p>{@link org.reformkit.core.analysis.Analyses} gathers the five calls in one place. Every result
 * is an immutable value, computed deterministically from its inputs, and claims no more than the
 * data prove: partial dates bound slippage rather than invent days, and a count a report does not
 * state stays "not stated".
 */
@NullMarked
package org.reformkit.core.analysis;

import org.jspecify.annotations.NullMarked;
