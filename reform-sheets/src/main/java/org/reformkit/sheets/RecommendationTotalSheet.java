package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;

/**
 * The sheet RecommendationTotals: one row per count of recommendations (or of their actions) the
 * report states, with whose recommendations it counts in the row's {@code source} columns (empty:
 * not stated). Internal.
 */
final class RecommendationTotalSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of(
          "id!",
          "source.symbol",
          "source.title*",
          "source.date",
          "source.paragraphs",
          "status",
          "count",
          "actions",
          "description*",
          "paragraphs");

  @Override
  String name() {
    return "RecommendationTotals";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (RecommendationTotal total : report.programme().recommendations().totals()) {
      RowOut row = new RowOut().put("id", total.id());
      DocumentColumns.write(row, "source", total.source());
      rows.add(
          row.put("status", total.status())
              .put("count", total.count())
              .put("actions", total.actions())
              .localized("description", total.description())
              .list("paragraphs", total.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    RecommendationTotal.Builder total = RecommendationTotal.builder();
    row.requiredParse("id", "an identifier", RecommendationTotalId::of).ifPresent(total::id);
    total
        .source(DocumentColumns.read(row, "source"))
        .status(row.word("status", ImplementationStatus.class, "an implementation status"))
        .count(row.integer("count"))
        .actions(row.integer("actions"))
        .description(row.localized("description"))
        .addAllParagraphs(row.paragraphs());
    if (!row.failed()) {
      into.build(row, total::build)
          .ifPresent(t -> into.recommendationTotals.add(new Pending<>(row, t)));
    }
  }
}
