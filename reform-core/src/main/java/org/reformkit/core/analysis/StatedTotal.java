package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PostLineId;

/**
 * A total of posts as the report states it, set against the sum of the lines it names.
 *
 * @param path where the total sits ({@code postTotals[new-technical]})
 * @param description what the total counts
 * @param stated the stated total
 * @param sumOfLines the sum of the counts of the named lines that exist
 * @param missingLines the named lines the programme does not have
 */
public record StatedTotal(
    ElementPath path,
    LocalizedText description,
    int stated,
    int sumOfLines,
    ImmutableList<PostLineId> missingLines) {
  /**
   * Whether the stated total equals the sum of its lines and every line exists.
   *
   * @return whether the total adds up
   */
  public boolean addsUp() {
    return stated == sumOfLines && missingLines.isEmpty();
  }
}
