package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.text.SafeText;

/**
 * The sheet PostLines: one row per counted line of posts; its shares ("of which") are rows of
 * PostShares. Internal.
 */
final class PostLineSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      columns("id!", "count!", "description*");

  static ImmutableList<Columns.Column> columns(String... own) {
    String[] all = new String[own.length + PostColumns.SPECS.length];
    System.arraycopy(own, 0, all, 0, own.length);
    System.arraycopy(PostColumns.SPECS, 0, all, own.length, PostColumns.SPECS.length);
    return Columns.of(all);
  }

  @Override
  String name() {
    return "PostLines";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (PostLine line : report.programme().postLines()) {
      rows.add(
          PostColumns.write(
              new RowOut()
                  .put("id", line.id())
                  .put("count", line.count())
                  .localized("description", line.description()),
              line));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String id = row.required("id");
    PostLine.Builder line = PostLine.builder();
    row.requiredParse("id", "an identifier", PostLineId::of).ifPresent(line::id);
    row.requiredParse("count", "a whole number", RowIn::parseInteger).ifPresent(line::count);
    line.description(row.localized("description"));
    PostColumns.Details d = PostColumns.read(row);
    d.location().ifPresent(line::location);
    d.category().ifPresent(line::category);
    d.origin().ifPresent(line::origin);
    line.unit(d.unit())
        .grade(d.grade())
        .funding(d.funding())
        .status(d.status())
        .commitment(d.commitment())
        .relocation(d.relocation())
        .addAllParagraphs(d.paragraphs());
    if (!id.isEmpty() && into.postLines.putIfAbsent(id, new Pending<>(row, line)) != null) {
      row.problem("id", "post line " + SafeText.quote(id) + " appears twice");
    }
  }
}
