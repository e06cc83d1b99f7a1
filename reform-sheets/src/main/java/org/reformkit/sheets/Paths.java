package org.reformkit.sheets;

import org.reformkit.core.model.ElementPath;

/**
 * The element paths the list sheets (References, TextLists, Dimensions) use to say which element's
 * list a row belongs to, such as {@code programme.commitments[bpr].addressesFindingsOf}: built with
 * {@link ElementPath}, which defines the syntax. Internal.
 */
final class Paths {
  private Paths() {}

  static ElementPath programme() {
    return ElementPath.root().field("programme");
  }

  static ElementPath commitment(String commitment) {
    return programme().key("commitments", commitment);
  }

  static ElementPath phase(String commitment, String phase) {
    return commitment(commitment).key("phases", phase);
  }

  static ElementPath indicator(String indicator) {
    return programme().key("indicators", indicator);
  }

  static ElementPath recommendation(String recommendation) {
    return programme().field("recommendations").key("listed", recommendation);
  }

  static ElementPath footnote(int number) {
    return ElementPath.root().field("document").key("footnotes", number);
  }

  static String of(ElementPath path, String list) {
    return path.field(list).toString();
  }
}
