package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.Status;
import org.reformkit.core.text.SafeText;

/** The sheet Phases: one row per phase, naming its commitment. Internal. */
final class PhaseSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "commitment!",
          "id!",
          "name*!",
          "status",
          "plannedStart",
          "plannedEnd",
          "actualStart",
          "actualEnd",
          "paragraphs");

  @Override
  String name() {
    return "Phases";
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
        rows.add(
            new RowOut()
                .put("commitment", c.id())
                .put("id", p.id())
                .localized("name", p.name())
                .put("status", p.status())
                .put("plannedStart", p.plannedStart())
                .put("plannedEnd", p.plannedEnd())
                .put("actualStart", p.actualStart())
                .put("actualEnd", p.actualEnd())
                .list("paragraphs", p.paragraphs()));
      }
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String commitment = row.required("commitment");
    String id = row.required("id");
    Phase.Builder p = Phase.builder();
    row.requiredParse("id", "an identifier", PhaseId::of).ifPresent(p::id);
    p.name(row.requiredLocalized("name"))
        .status(row.word("status", Status.class, "a phase status"))
        .plannedStart(row.date("plannedStart"))
        .plannedEnd(row.date("plannedEnd"))
        .actualStart(row.date("actualStart"))
        .actualEnd(row.date("actualEnd"))
        .addAllParagraphs(row.paragraphs());
    if (!commitment.isEmpty() && into.lacks(into.commitments, commitment, "Commitments")) {
      row.problem("commitment", Assembly.noSuch("commitment", commitment, "Commitments"));
    }
    if (!commitment.isEmpty()
        && !id.isEmpty()
        && into.phases.putIfAbsent(commitment + "\u0000" + id, new Pending<>(row, p)) != null) {
      row.problem("id", "phase " + SafeText.quote(id) + " appears twice in this commitment");
    }
  }
}
