package org.reformkit.core.analysis;

import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Status;

/**
 * One phase of a {@link PhaseTimeline} (or a commitment that has no phases): planned and actual
 * dates, slippage and where it stands on the timeline's day.
 *
 * @param path the phase ({@code commitments[bpr].phases[c]}) or commitment ({@code
 *     commitments[dwcp-quality]})
 * @param commitment the commitment's title
 * @param phase the phase's label ("(c) Redesign and options"), empty for a commitment row
 * @param recordedStatus the status the report records, if it states one
 * @param statusAsOf the status on the timeline's day (see {@link PhaseTimeline}); empty when the
 *     report states none
 * @param plannedStart the planned start (for a commitment row: none)
 * @param plannedEnd the planned end (for a commitment row: its due date)
 * @param actualStart the actual start (for a commitment row: its start)
 * @param actualEnd the actual end (for a commitment row: none)
 * @param startSlippage the slippage of the start, when both starts are stated
 * @param endSlippage the slippage of the end, when both ends are stated
 * @param schedule where it stands against the plan on the timeline's day
 */
public record TimelineRow(
    ElementPath path,
    LocalizedText commitment,
    Optional<LocalizedText> phase,
    Optional<Status> recordedStatus,
    Optional<Status> statusAsOf,
    Optional<PartialDate> plannedStart,
    Optional<PartialDate> plannedEnd,
    Optional<PartialDate> actualStart,
    Optional<PartialDate> actualEnd,
    Optional<Slippage> startSlippage,
    Optional<Slippage> endSlippage,
    Schedule schedule) {}
