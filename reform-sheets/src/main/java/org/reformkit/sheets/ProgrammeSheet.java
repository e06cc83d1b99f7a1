package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/** The sheet Programme: one row, the programme as a whole. Internal. */
final class ProgrammeSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "name*!",
          "organization*",
          "owner.code",
          "owner.name*",
          "launched",
          "status",
          "paragraphs");

  @Override
  String name() {
    return "Programme";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    ReformProgramme p = report.programme();
    return List.of(
        new RowOut()
            .put("id", p.id())
            .localized("name", p.name())
            .localized("organization", p.organization())
            .unit("owner", p.owner())
            .put("launched", p.launched())
            .put("status", p.status())
            .list("paragraphs", p.paragraphs()));
  }

  @Override
  void read(RowIn row, Assembly into) {
    if (into.programme.isPresent()) {
      row.rowProblem("a second programme: the sheet Programme has one row");
      return;
    }
    ReformProgramme.Builder p = ReformProgramme.builder();
    row.requiredParse("id", "an identifier", ProgrammeId::of).ifPresent(p::id);
    p.name(row.requiredLocalized("name"))
        .organization(row.localized("organization"))
        .owner(row.unit("owner"))
        .launched(row.date("launched"))
        .status(row.word("status", Status.class, "a programme status"))
        .addAllParagraphs(row.paragraphs());
    into.programme = Optional.of(new Pending<>(row, p));
  }
}
