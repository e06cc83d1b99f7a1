package org.reformkit.core.analysis;

import java.util.Locale;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.PostDetails;

/**
 * One counted line or single post of a {@link PostSummary}, with its path in the programme ({@code
 * postLines[hq-policy-technical]} or {@code posts[P-1234]}).
 *
 * @param path where the line or post sits in the programme
 * @param post the line or post
 */
public record PostEntry(ElementPath path, PostDetails post) {
  /**
   * Returns how many posts the entry stands for: the line's count, or 1 for a single post.
   *
   * @return the head count
   */
  public int count() {
    return post.headCount();
  }

  /**
   * Returns the entry's parts by origin as a person reads them ("transferred from IILS: not
   * stated"), empty when the entry has no parts.
   *
   * @param locale the language of the labels
   * @return the parts, joined by "; "
   */
  public String ofWhich(Locale locale) {
    return PostPart.ofShares(post.ofWhich()).stream()
        .map(p -> p.toString(locale))
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }
}
