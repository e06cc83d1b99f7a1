package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PostShare;

/**
 * The part of a group of posts that has one further origin ("of which transferred from IILS"),
 * added up honestly: the stated counts are summed, and whether any line said only "some" without a
 * number is kept, so that "22, of which transferred: not stated" never becomes "of which 0".
 *
 * @param origin the origin of the part, as printed
 * @param stated the sum of the stated counts, 0 when none was stated
 * @param someNotStated whether at least one line gave this part without a number
 */
public record PostPart(LocalizedText origin, int stated, boolean someNotStated) {
  /**
   * Adds up the parts of several lines by origin, in the order the origins first appear.
   *
   * @param shares the parts of the lines
   * @return one part per origin
   */
  static ImmutableList<PostPart> ofShares(List<PostShare> shares) {
    Map<LocalizedText, PostPart> parts = new LinkedHashMap<>();
    for (PostShare share : shares) {
      LocalizedText origin = Labels.origin(share.origin());
      PostPart part = new PostPart(origin, share.count().orElse(0), share.count().isEmpty());
      parts.merge(origin, part, PostPart::plus);
    }
    return ImmutableList.copyOf(parts.values());
  }

  PostPart plus(PostPart other) {
    return new PostPart(origin, stated + other.stated, someNotStated || other.someNotStated);
  }

  /**
   * Prints the part: {@code transferred from IILS: 5}, {@code ...: not stated}, or {@code ...: at
   * least 5, rest not stated}.
   *
   * @param locale the language of the labels
   * @return the printed part
   */
  public String toString(Locale locale) {
    String amount;
    if (!someNotStated) {
      amount = Integer.toString(stated);
    } else if (stated == 0) {
      amount = Labels.NOT_STATED.in(locale);
    } else {
      amount = Labels.label("part.atLeast", locale, Integer.toString(stated));
    }
    return origin.in(locale) + ": " + amount;
  }

  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }
}
