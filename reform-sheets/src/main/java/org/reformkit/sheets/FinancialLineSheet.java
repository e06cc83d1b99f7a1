package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Money;
import org.reformkit.core.model.Recurrence;

/**
 * The sheet FinancialLines: one row per amount of money the report states, the amount as {@link
 * Money} writes and parses it ({@code USD 2500000.00}). Internal.
 */
final class FinancialLineSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "description*!",
          "kind!",
          "amount!",
          "recurrence",
          "period",
          "source",
          "commitment",
          "paragraphs");

  @Override
  String name() {
    return "FinancialLines";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (FinancialLine line : report.programme().finances().lines()) {
      rows.add(
          new RowOut()
              .put("id", line.id())
              .localized("description", line.description())
              .put("kind", line.kind())
              .put("amount", line.amount())
              .put("recurrence", line.recurrence())
              .put("period", line.period())
              .put("source", line.source())
              .put("commitment", line.commitment())
              .list("paragraphs", line.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    FinancialLine.Builder line = FinancialLine.builder();
    row.requiredParse("id", "an identifier", FinancialLineId::of).ifPresent(line::id);
    line.description(row.requiredLocalized("description"));
    row.requiredWord("kind", FinanceKind.class, "a kind of money").ifPresent(line::kind);
    row.requiredParse("amount", "an amount of money", Money::parse).ifPresent(line::amount);
    line.recurrence(row.word("recurrence", Recurrence.class, "a recurrence"))
        .period(row.parse("period", "a period", DatePeriod::parse))
        .source(row.word("source", FundingSource.class, "a source of funding"))
        .commitment(row.parse("commitment", "an identifier", CommitmentId::of))
        .addAllParagraphs(row.paragraphs());
    if (!row.failed()) {
      into.build(row, line::build).ifPresent(l -> into.financialLines.add(new Pending<>(row, l)));
    }
  }
}
