package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Status;

/** The sheet Commitments: one row per commitment (workstream). Internal. */
final class CommitmentSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "title*!",
          "objective*",
          "scope*",
          "owner.code",
          "owner.name*",
          "status",
          "started",
          "due",
          "affectsStaff",
          "dependsOn",
          "partOf",
          "paragraphs");

  @Override
  String name() {
    return "Commitments";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Commitment c : report.programme().commitments()) {
      rows.add(
          new RowOut()
              .put("id", c.id())
              .localized("title", c.title())
              .localized("objective", c.objective())
              .localized("scope", c.scope())
              .unit("owner", c.owner())
              .put("status", c.status())
              .put("started", c.started())
              .put("due", c.due())
              .put("affectsStaff", c.affectsStaff())
              .list("dependsOn", c.dependsOn())
              .put("partOf", c.partOf())
              .list("paragraphs", c.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    Commitment.Builder c = Commitment.builder();
    String id = row.required("id");
    row.requiredParse("id", "an identifier", CommitmentId::of).ifPresent(c::id);
    c.title(row.requiredLocalized("title"))
        .objective(row.localized("objective"))
        .scope(row.localized("scope"))
        .owner(row.unit("owner"))
        .status(row.word("status", Status.class, "a commitment status"))
        .started(row.date("started"))
        .due(row.date("due"))
        .addAllDependsOn(row.list("dependsOn", "an identifier", CommitmentId::of))
        .partOf(row.parse("partOf", "an identifier", CommitmentId::of))
        .addAllParagraphs(row.paragraphs());
    row.bool("affectsStaff").ifPresent(c::affectsStaff);
    if (!id.isEmpty() && into.commitments.putIfAbsent(id, new Pending<>(row, c)) != null) {
      row.problem(
          "id", "commitment " + org.reformkit.core.text.SafeText.quote(id) + " appears twice");
    }
  }
}
