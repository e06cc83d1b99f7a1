package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;

/** The sheet PostTotals: one row per stated total of posts, with the lines it adds. Internal. */
final class PostTotalSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("id!", "description*!", "count!", "lines", "paragraphs");

  @Override
  String name() {
    return "PostTotals";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (PostTotal total : report.programme().postTotals()) {
      rows.add(
          new RowOut()
              .put("id", total.id())
              .localized("description", total.description())
              .put("count", total.count())
              .list("lines", total.lines())
              .list("paragraphs", total.paragraphs()));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    PostTotal.Builder total = PostTotal.builder();
    row.requiredParse("id", "an identifier", PostTotalId::of).ifPresent(total::id);
    total.description(row.requiredLocalized("description"));
    row.requiredParse("count", "a whole number", RowIn::parseInteger).ifPresent(total::count);
    total
        .addAllLines(row.list("lines", "an identifier", PostLineId::of))
        .addAllParagraphs(row.paragraphs());
    if (!row.failed()) {
      into.build(row, total::build).ifPresent(t -> into.postTotals.add(new Pending<>(row, t)));
    }
  }
}
