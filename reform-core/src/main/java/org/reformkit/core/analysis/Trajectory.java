package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.series.ItemKind;

/**
 * What became of one commitment, phase or milestone over a series: see {@link Trajectories}.
 * Reports are named by their index into the series, from 0.
 *
 * @param path the item's path
 * @param kind the item's kind
 * @param name the item's name as the last report listing it gives it
 * @param statuses where each report leaves the item
 * @param firstSeen the first report listing the item
 * @param lastSeen the last report listing the item
 * @param completedIn the first report stating it completed, if any
 * @param cancelledIn the first report stating it cancelled, if any
 */
public record Trajectory(
    ElementPath path,
    ItemKind kind,
    LocalizedText name,
    ImmutableList<StatusInReport> statuses,
    int firstSeen,
    int lastSeen,
    Optional<Integer> completedIn,
    Optional<Integer> cancelledIn) {}
