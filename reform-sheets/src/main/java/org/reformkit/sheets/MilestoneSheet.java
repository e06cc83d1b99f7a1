package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.Status;

/** The sheet Milestones: one row per milestone, naming its commitment. Internal. */
final class MilestoneSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "commitment!", "id!", "description*!", "due", "status", "addressee*", "paragraphs");

  @Override
  String name() {
    return "Milestones";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Commitment c : report.programme().commitments()) {
      for (Milestone m : c.milestones()) {
        rows.add(
            new RowOut()
                .put("commitment", c.id())
                .put("id", m.id())
                .localized("description", m.description())
                .put("due", m.due())
                .put("status", m.status())
                .localized("addressee", m.addressee())
                .list("paragraphs", m.paragraphs()));
      }
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String commitment = row.required("commitment");
    Milestone.Builder m = Milestone.builder();
    row.requiredParse("id", "an identifier", MilestoneId::of).ifPresent(m::id);
    m.description(row.requiredLocalized("description"))
        .due(row.date("due"))
        .status(row.word("status", Status.class, "a milestone status"))
        .addressee(row.localized("addressee"))
        .addAllParagraphs(row.paragraphs());
    if (!commitment.isEmpty() && into.lacks(into.commitments, commitment, "Commitments")) {
      row.problem("commitment", Assembly.noSuch("commitment", commitment, "Commitments"));
    }
    if (!row.failed()) {
      into.build(row, m::build)
          .ifPresent(
              built ->
                  into.milestones.put(
                      Paths.commitment(commitment).toString(), new Pending<>(row, built)));
    }
  }
}
