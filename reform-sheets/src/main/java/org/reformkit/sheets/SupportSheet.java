package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.ProcurementMethod;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;

/** The sheet ExternalSupport: one row per consultancy or other external support. Internal. */
final class SupportSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "kind!",
          "provider*!",
          "procurement",
          "reason*",
          "awarded",
          "started",
          "commitment",
          "paragraphs");

  @Override
  String name() {
    return "ExternalSupport";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (ExternalSupport s : report.programme().externalSupport()) {
      rows.add(
          new RowOut()
              .put("id", s.id())
              .put("kind", s.kind())
              .localized("provider", s.provider())
              .put("procurement", s.procurement())
              .localized("reason", s.reason())
              .put("awarded", s.awarded())
              .put("started", s.started())
              .put("commitment", s.commitment())
              .list("paragraphs", s.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    ExternalSupport.Builder s = ExternalSupport.builder();
    row.requiredParse("id", "an identifier", SupportId::of).ifPresent(s::id);
    row.requiredWord("kind", SupportKind.class, "a kind of support").ifPresent(s::kind);
    s.provider(row.requiredLocalized("provider"))
        .procurement(row.word("procurement", ProcurementMethod.class, "a procurement method"))
        .reason(row.localized("reason"))
        .awarded(row.date("awarded"))
        .started(row.date("started"))
        .commitment(row.parse("commitment", "an identifier", CommitmentId::of))
        .addAllParagraphs(row.paragraphs());
    if (!row.failed()) {
      into.build(row, s::build).ifPresent(b -> into.support.add(new Pending<>(row, b)));
    }
  }
}
