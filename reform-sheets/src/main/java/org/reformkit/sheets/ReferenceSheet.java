package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Statement;

/**
 * The sheet References: every document reference of the report, one a row, each naming the list it
 * belongs to by the element's path and the list's name ({@code previousReport}, {@code
 * document.cover.relatedDocuments}, {@code programme.commitments[bpr].addressesFindingsOf}, ...),
 * in order. Internal.
 */
final class ReferenceSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("element!", "symbol", "title*", "date", "paragraphs");

  @Override
  String name() {
    return "References";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents contents) {
    List<RowOut> rows = new ArrayList<>();
    contents.report().ifPresent(report -> paper(rows, report));
    programme(rows, contents.programme());
    return rows;
  }

  private static void paper(List<RowOut> rows, ProgressReport report) {
    report.previousReport().ifPresent(r -> rows.add(row("previousReport", r)));
    add(rows, "document.cover.relatedDocuments", report.document().cover().relatedDocuments());
    for (Footnote f : report.document().footnotes()) {
      add(rows, Paths.of(Paths.footnote(f.number()), "references"), f.references());
    }
    statements(rows, ElementPath.root(), report.statements());
  }

  private static void programme(List<RowOut> rows, ReformProgramme programme) {
    statements(rows, Paths.programme(), programme.statements());
    for (Commitment c : programme.commitments()) {
      String id = c.id().value();
      add(rows, Paths.of(Paths.commitment(id), "addressesFindingsOf"), c.addressesFindingsOf());
      statements(rows, Paths.commitment(id), c.statements());
      for (Phase p : c.phases()) {
        statements(rows, Paths.phase(id, p.id().value()), p.statements());
        for (Deliverable d : p.deliverables()) {
          ElementPath at = Paths.phase(id, p.id().value()).key("deliverables", d.id());
          add(rows, Paths.of(at, "documents"), d.documents());
        }
      }
      for (Deliverable d : c.deliverables()) {
        ElementPath at = Paths.commitment(id).key("deliverables", d.id());
        add(rows, Paths.of(at, "documents"), d.documents());
      }
    }
    for (Indicator i : programme.indicators()) {
      for (int m = 0; m < i.measurements().size(); m++) {
        ElementPath at = Paths.indicator(i.id().value()).index("measurements", m);
        i.measurements().get(m).source().ifPresent(r -> rows.add(row(Paths.of(at, "source"), r)));
      }
    }
    for (Recommendation r : programme.recommendations().listed()) {
      add(rows, Paths.of(Paths.recommendation(r.id().value()), "evidence"), r.evidence());
    }
  }

  private static void statements(List<RowOut> rows, ElementPath holder, List<Statement> list) {
    for (Statement s : list) {
      add(rows, Paths.of(holder.key("statements", s.id()), "references"), s.references());
    }
  }

  private static void add(List<RowOut> rows, String element, List<DocumentReference> list) {
    for (DocumentReference r : list) {
      rows.add(row(element, r));
    }
  }

  private static RowOut row(String element, DocumentReference r) {
    return new RowOut()
        .put("element", element)
        .put("symbol", r.symbol())
        .localized("title", r.title())
        .put("date", r.date())
        .list("paragraphs", r.paragraphs());
  }

  @Override
  void read(RowIn row, Assembly into) {
    String element = row.required("element");
    var path = row.parse("element", "an element path", ElementPath::parse);
    DocumentReference.Builder r =
        DocumentReference.builder()
            .symbol(row.parse("symbol", "a document symbol", DocumentSymbol::parse))
            .title(row.localized("title"))
            .date(row.date("date"))
            .addAllParagraphs(row.paragraphs());
    if (!element.isEmpty() && path.isPresent() && !row.failed()) {
      into.build(row, r::build)
          .ifPresent(b -> into.references.put(path.get().toString(), new Pending<>(row, b)));
    }
  }
}
