package org.reformkit.core.analysis;

import java.math.BigDecimal;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Status;

/**
 * One commitment of a {@link ProgrammeProgress}: its phases counted by status on the day and its
 * share done, weighted as {@link ProgrammeProgress} describes.
 *
 * @param path the commitment ({@code commitments[bpr]})
 * @param title the commitment's title
 * @param status the commitment's status on the day
 * @param phases how many phases it has (0: judged by its own status)
 * @param completed how many phases are completed on the day
 * @param begun how many phases are in progress or on hold on the day
 * @param notStarted how many phases have not started on the day
 * @param cancelled how many phases are cancelled
 * @param share the share done, from 0 to 1; empty when everything is cancelled
 */
public record CommitmentProgress(
    ElementPath path,
    LocalizedText title,
    Status status,
    int phases,
    int completed,
    int begun,
    int notStarted,
    int cancelled,
    Optional<BigDecimal> share) {}
