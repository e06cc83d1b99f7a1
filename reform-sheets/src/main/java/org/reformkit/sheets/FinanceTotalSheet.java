package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinanceTotalId;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.Money;

/**
 * The sheet FinanceTotals: one row per total of money the report states, with the financial lines
 * it is made of. Internal.
 */
final class FinanceTotalSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("id!", "description*!", "amount!", "financialLines", "paragraphs");

  @Override
  String name() {
    return "FinanceTotals";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (FinanceTotal total : report.programme().finances().totals()) {
      rows.add(
          new RowOut()
              .put("id", total.id())
              .localized("description", total.description())
              .put("amount", total.amount())
              .list("financialLines", total.lines())
              .list("paragraphs", total.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    FinanceTotal.Builder total = FinanceTotal.builder();
    row.requiredParse("id", "an identifier", FinanceTotalId::of).ifPresent(total::id);
    total.description(row.requiredLocalized("description"));
    row.requiredParse("amount", "an amount of money", Money::parse).ifPresent(total::amount);
    total
        .addAllLines(row.list("financialLines", "an identifier", FinancialLineId::of))
        .addAllParagraphs(row.paragraphs());
    if (!row.failed()) {
      into.build(row, total::build).ifPresent(t -> into.financeTotals.add(new Pending<>(row, t)));
    }
  }
}
