package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;

/** The sheet Engagements: one row per staff engagement (information, consultation, ...). */
final class EngagementSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "kinds",
          "counterpart!",
          "participants*",
          "subject*!",
          "count",
          "period",
          "status",
          "commitment",
          "phase",
          "note*",
          "paragraphs");

  @Override
  String name() {
    return "Engagements";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (StaffEngagement e : report.programme().engagements()) {
      rows.add(
          new RowOut()
              .put("id", e.id())
              .list("kinds", e.kinds())
              .put("counterpart", e.counterpart())
              .localized("participants", e.participants())
              .localized("subject", e.subject())
              .put("count", e.count())
              .put("period", e.period())
              .put("status", e.status())
              .put("commitment", e.commitment())
              .put("phase", e.phase())
              .localized("note", e.note())
              .list("paragraphs", e.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    StaffEngagement.Builder e = StaffEngagement.builder();
    row.requiredParse("id", "an identifier", EngagementId::of).ifPresent(e::id);
    e.addAllKinds(row.words("kinds", EngagementKind.class, "a kind of engagement"));
    row.requiredWord("counterpart", Counterpart.class, "a counterpart").ifPresent(e::counterpart);
    e.participants(row.localized("participants"))
        .subject(row.requiredLocalized("subject"))
        .count(row.integer("count"))
        .period(row.parse("period", "a period", DatePeriod::parse))
        .status(row.word("status", Status.class, "an engagement status"))
        .commitment(row.parse("commitment", "an identifier", CommitmentId::of))
        .phase(row.parse("phase", "an identifier", PhaseId::of))
        .note(row.localized("note"))
        .addAllParagraphs(row.paragraphs());
    if (!row.failed()) {
      into.build(row, e::build).ifPresent(b -> into.engagements.add(new Pending<>(row, b)));
    }
  }
}
