package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.PolicyId;

/**
 * The sheet Committees: one row per committee; its functions and what it advises on are rows of
 * TextLists ({@code programme.committees[c].functions}, {@code ...advisesOn}). Internal.
 */
final class CommitteeSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("id!", "name*!", "abbreviation", "advises*", "applies", "paragraphs");

  @Override
  String name() {
    return "Committees";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Committee c : report.programme().committees()) {
      rows.add(
          new RowOut()
              .put("id", c.id())
              .localized("name", c.name())
              .put("abbreviation", c.abbreviation())
              .localized("advises", c.advises())
              .list("applies", c.applies())
              .list("paragraphs", c.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String id = row.required("id");
    Committee.Builder c = Committee.builder();
    row.requiredParse("id", "an identifier", CommitteeId::of).ifPresent(c::id);
    c.name(row.requiredLocalized("name"))
        .abbreviation(row.text("abbreviation"))
        .advises(row.localized("advises"))
        .addAllApplies(row.list("applies", "an identifier", PolicyId::of))
        .addAllParagraphs(row.paragraphs());
    if (!id.isEmpty()) {
      ElementPath at = Paths.programme().key("committees", id);
      c.addAllFunctions(into.texts(Paths.of(at, "functions")))
          .addAllAdvisesOn(into.texts(Paths.of(at, "advisesOn")));
      into.committees.add(new Pending<>(row, c));
    }
  }
}
