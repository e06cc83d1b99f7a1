package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.ProgressReport;

/**
 * The sheet Footnotes: one row per footnote of the paper; the documents it cites are rows of
 * References ({@code document.footnotes[3].references}). Internal.
 */
final class FootnoteSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("number!", "text*!", "paragraph");

  @Override
  String name() {
    return "Footnotes";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents contents) {
    if (contents.report().isEmpty()) {
      return List.of();
    }
    ProgressReport report = contents.report().get();
    List<RowOut> rows = new ArrayList<>();
    for (Footnote f : report.document().footnotes()) {
      rows.add(
          new RowOut()
              .put("number", f.number())
              .localized("text", f.text())
              .put("paragraph", f.paragraph()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    Optional<Integer> number = row.requiredParse("number", "a whole number", RowIn::parseInteger);
    Footnote.Builder f = Footnote.builder();
    number.ifPresent(f::number);
    f.text(row.requiredLocalized("text")).paragraph(row.integer("paragraph"));
    number.ifPresent(
        n -> f.addAllReferences(into.references(Paths.of(Paths.footnote(n), "references"))));
    into.footnotes.add(new Pending<>(row, f));
  }
}
