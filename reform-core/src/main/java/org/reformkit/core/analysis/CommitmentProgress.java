package org.reformkit.core.analysis;

import java.math.BigDecimal;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Status;

/**
 * One commitment of a {@link ProgrammeProgress}: its phases counted by status on the day and its
 * share done, weighted as {@link ProgrammeProgress} describes. Phases whose status the report does
 * not state are counted apart and left out of the share.
 *
 * @param path the commitment ({@code commitments[bpr]})
 * @param title the commitment's title
 * @param status the commitment's status on the day; empty when the report states none
 * @param phases how many phases it has (0: judged by its own status)
 * @param completed how many phases are completed on the day
 * @param begun how many phases are in progress or on hold on the day
 * @param notStarted how many phases have not started on the day
 * @param cancelled how many phases are cancelled
 * @param notStated how many phases have no stated status
 * @param share the share done, from 0 to 1, over the phases whose status is stated; empty when
 *     everything is cancelled or nothing it rests on is stated
 */
public record CommitmentProgress(
    ElementPath path,
    LocalizedText title,
    Optional<Status> status,
    int phases,
    int completed,
    int begun,
    int notStarted,
    int cancelled,
    int notStated,
    Optional<BigDecimal> share) {

  /**
   * Whether the share is unknown because the report does not state the statuses it rests on: the
   * commitment's own status when it has no phases, otherwise those of all its phases that are not
   * cancelled.
   *
   * @return whether the share is not stated
   */
  public boolean shareNotStated() {
    return share.isEmpty() && (phases == 0 ? status.isEmpty() : notStated > 0);
  }
}
