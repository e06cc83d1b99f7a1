package org.reformkit.core.analysis;

import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Status;
import org.reformkit.core.series.ItemKind;

/**
 * An item a series dropped: see {@link DroppedItems}. Reports are named by their index into the
 * series, from 0.
 *
 * @param path the item's path
 * @param kind the item's kind
 * @param name the item's name as the last report listing it gives it
 * @param lastStatus the status the last report listing it states, if it states one
 * @param lastSeen the last report listing it
 * @param missingFrom the first report after that one, which no longer lists it
 */
public record DroppedItem(
    ElementPath path,
    ItemKind kind,
    LocalizedText name,
    Optional<Status> lastStatus,
    int lastSeen,
    int missingFrom) {}
