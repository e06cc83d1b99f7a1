package org.reformkit.sheets;

import java.util.Optional;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.InvalidValueException;
import org.reformkit.core.text.SafeText;

/**
 * A document reference held in the row of the element it belongs to (a recommendation's source):
 * the columns {@code PREFIX.symbol}, {@code PREFIX.title.*}, {@code PREFIX.date} and {@code
 * PREFIX.paragraphs}, as the sheet References spells a reference. Internal.
 */
final class DocumentColumns {
  private DocumentColumns() {}

  static String[] specs(String prefix) {
    return new String[] {
      prefix + ".symbol", prefix + ".title*", prefix + ".date", prefix + ".paragraphs"
    };
  }

  static void write(RowOut row, String prefix, Optional<DocumentReference> reference) {
    reference.ifPresent(
        r ->
            row.put(prefix + ".symbol", r.symbol())
                .localized(prefix + ".title", r.title())
                .put(prefix + ".date", r.date())
                .list(prefix + ".paragraphs", r.paragraphs()));
  }

  /** The reference, absent when none of its cells is filled. */
  static Optional<DocumentReference> read(RowIn row, String prefix) {
    boolean any = false;
    for (Columns.Column column : Columns.of(specs(prefix))) {
      any |= row.filled(column.name());
    }
    if (!any) {
      return Optional.empty();
    }
    DocumentReference.Builder reference =
        DocumentReference.builder()
            .symbol(row.parse(prefix + ".symbol", "a document symbol", DocumentSymbol::parse))
            .title(row.localized(prefix + ".title"))
            .date(row.date(prefix + ".date"))
            .addAllParagraphs(
                row.list(prefix + ".paragraphs", "a paragraph number", RowIn::parseInteger));
    if (row.failed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reference.build());
    } catch (InvalidValueException e) {
      row.problem(prefix + ".symbol", SafeText.escape(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }
}
