package org.reformkit.core.analysis;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Status;

/**
 * One commitment of a {@link CommitmentOverview}: its phases folded into counts of how many are
 * done and how many are in each kind of {@link Trouble}, with its share done.
 *
 * @param path the commitment's path ({@code commitments[bpr]})
 * @param title the commitment's title
 * @param status the commitment's status on the day, if the report states one
 * @param rows the timeline rows folded: its phases, or one for a commitment without phases
 * @param done how many of them are completed on the day
 * @param overdue how many are {@link Trouble#OVERDUE}
 * @param slipped how many are {@link Trouble#SLIPPED}
 * @param blocked how many are {@link Trouble#BLOCKED}
 * @param share the share done, as {@link ProgrammeProgress} gives it, if it can be said
 * @param shareNotStated whether the share cannot be said because a status is not stated
 */
public record CommitmentTrouble(
    ElementPath path,
    LocalizedText title,
    Optional<Status> status,
    int rows,
    int done,
    int overdue,
    int slipped,
    int blocked,
    Optional<BigDecimal> share,
    boolean shareNotStated) {
  /**
   * Creates a row.
   *
   * @param path the commitment's path
   * @param title its title
   * @param status its status on the day
   * @param rows the timeline rows folded
   * @param done how many are completed
   * @param overdue how many are overdue
   * @param slipped how many slipped
   * @param blocked how many are blocked
   * @param share the share done
   * @param shareNotStated whether the share cannot be said
   */
  public CommitmentTrouble {
    requireNonNull(path, "path");
    requireNonNull(title, "title");
    requireNonNull(status, "status");
    requireNonNull(share, "share");
  }

  /**
   * Whether any folded row is in trouble.
   *
   * @return whether the commitment is in trouble
   */
  public boolean inTrouble() {
    return overdue > 0 || slipped > 0 || blocked > 0;
  }
}
