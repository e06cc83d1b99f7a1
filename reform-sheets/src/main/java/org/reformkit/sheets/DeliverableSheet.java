package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Status;

/**
 * The sheet Deliverables: one row per deliverable of a commitment (phase empty) or of a phase; its
 * documents are rows of References ({@code ...deliverables[d].documents}). Internal.
 */
final class DeliverableSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "commitment!",
          "phase",
          "id!",
          "name*!",
          "description*",
          "status",
          "quantity",
          "due",
          "announced",
          "paragraphs");

  @Override
  String name() {
    return "Deliverables";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Commitment c : report.programme().commitments()) {
      for (Phase p : c.phases()) {
        for (Deliverable d : p.deliverables()) {
          rows.add(row(d).put("commitment", c.id()).put("phase", p.id()));
        }
      }
      for (Deliverable d : c.deliverables()) {
        rows.add(row(d).put("commitment", c.id()));
      }
    }
    return rows;
  }

  private static RowOut row(Deliverable d) {
    return new RowOut()
        .put("id", d.id())
        .localized("name", d.name())
        .localized("description", d.description())
        .put("status", d.status())
        .put("quantity", d.quantity())
        .put("due", d.due())
        .put("announced", d.announced())
        .list("paragraphs", d.paragraphs());
  }

  /** The path of a deliverable, which its References rows name. */
  static ElementPath path(String commitment, Optional<String> phase, String id) {
    ElementPath parent =
        phase.map(p -> Paths.phase(commitment, p)).orElseGet(() -> Paths.commitment(commitment));
    return parent.key("deliverables", id);
  }

  @Override
  void read(RowIn row, Assembly into) {
    String commitment = row.required("commitment");
    Optional<String> phase = row.text("phase");
    String id = row.required("id");
    Deliverable.Builder d = Deliverable.builder();
    row.requiredParse("id", "an identifier", DeliverableId::of).ifPresent(d::id);
    d.name(row.requiredLocalized("name"))
        .description(row.localized("description"))
        .status(row.word("status", Status.class, "a deliverable status"))
        .quantity(row.integer("quantity"))
        .due(row.date("due"))
        .announced(row.date("announced"))
        .addAllParagraphs(row.paragraphs());
    if (commitment.isEmpty() || id.isEmpty()) {
      return;
    }
    if (into.lacks(into.commitments, commitment, "Commitments")) {
      row.problem("commitment", Assembly.noSuch("commitment", commitment, "Commitments"));
      return;
    }
    if (phase.isPresent()
        && into.lacks(into.phases, commitment + "\u0000" + phase.get(), "Phases")) {
      row.problem("phase", Assembly.noSuch("phase", phase.get(), "Phases"));
      return;
    }
    d.addAllDocuments(into.references(Paths.of(path(commitment, phase, id), "documents")));
    ElementPath parent =
        phase.map(p -> Paths.phase(commitment, p)).orElseGet(() -> Paths.commitment(commitment));
    into.deliverables.put(parent.toString(), new Pending<>(row, d));
  }
}
