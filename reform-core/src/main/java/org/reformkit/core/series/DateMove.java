package org.reformkit.core.series;

import org.reformkit.core.model.PartialDate;

/**
 * A planned date of an item that one report states differently from the report before it that
 * states it: {@code plannedEnd} moved from {@code 2015-12} to {@code 2016-06}.
 *
 * @param field the date's field ({@code due}, {@code plannedStart}, {@code plannedEnd})
 * @param from the earlier report, as an index into {@link ReportSeries#reports()}
 * @param to the later report, as an index into {@link ReportSeries#reports()}
 * @param before the date as the earlier report states it
 * @param after the date as the later report states it
 * @param explained whether the later report makes a statement about the item (or, for a phase or a
 *     milestone, its commitment) that the earlier report did not make
 */
public record DateMove(
    String field, int from, int to, PartialDate before, PartialDate after, boolean explained) {}
