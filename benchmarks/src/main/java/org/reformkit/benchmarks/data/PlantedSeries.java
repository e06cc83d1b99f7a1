package org.reformkit.benchmarks.data;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.series.ReportSeries;

/**
 * A synthetic series of reports and the generator's own record of what it planted in it: tests
 * check the series analyses against this record, never against a copy of their output.
 *
 * @param series the reports
 * @param dropped the items left out from some report on without being completed or cancelled
 * @param stale the items that stand still, under way and unchanged, over every report
 * @param completed the phases completed during the series, with the report (index) that first
 *     states them completed
 * @param slips the phases whose planned end moves later, with the number of moves
 * @param restated the indicators one of whose measurements a later report restates, with the
 *     measurement's date
 */
public record PlantedSeries(
    ReportSeries series,
    ImmutableSet<ElementPath> dropped,
    ImmutableSet<ElementPath> stale,
    ImmutableMap<ElementPath, Integer> completed,
    ImmutableMap<ElementPath, Integer> slips,
    ImmutableMap<ElementPath, PartialDate> restated) {}
