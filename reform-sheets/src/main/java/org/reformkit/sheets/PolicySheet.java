package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;

/**
 * The sheet Policies: one row per policy; its measures are rows of TextLists ({@code
 * programme.policies[p].measures}). Internal.
 */
final class PolicySheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("id!", "name*!", "status!", "description*", "commitment", "paragraphs");

  @Override
  String name() {
    return "Policies";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Policy p : report.programme().policies()) {
      rows.add(
          new RowOut()
              .put("id", p.id())
              .localized("name", p.name())
              .put("status", p.status())
              .localized("description", p.description())
              .put("commitment", p.commitment())
              .list("paragraphs", p.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String id = row.required("id");
    Policy.Builder p = Policy.builder();
    row.requiredParse("id", "an identifier", PolicyId::of).ifPresent(p::id);
    p.name(row.requiredLocalized("name"));
    row.requiredWord("status", PolicyStatus.class, "a policy status").ifPresent(p::status);
    p.description(row.localized("description"))
        .commitment(row.parse("commitment", "an identifier", CommitmentId::of))
        .addAllParagraphs(row.paragraphs());
    if (!id.isEmpty()) {
      p.addAllMeasures(into.texts(Paths.of(Paths.programme().key("policies", id), "measures")));
      into.policies.add(new Pending<>(row, p));
    }
  }
}
