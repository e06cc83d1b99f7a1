package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.reformkit.core.model.LocalizedText;

/**
 * The posts of a {@link PostSummary} that share one value of a dimension ("headquarters": 22).
 *
 * @param dimension the dimension grouped by
 * @param key the shared value, as printed ("headquarters", "not stated")
 * @param count how many posts the group holds
 * @param ofWhich the group's parts by further origin, added up by {@link PostPart}
 */
public record PostGroup(
    PostDimension dimension, LocalizedText key, int count, ImmutableList<PostPart> ofWhich) {
  /**
   * Returns the group's parts as a person reads them, joined by "; ".
   *
   * @param locale the language of the labels
   * @return the parts, or an empty text
   */
  public String ofWhichText(Locale locale) {
    return ofWhich.stream().map(p -> p.toString(locale)).reduce((a, b) -> a + "; " + b).orElse("");
  }
}
