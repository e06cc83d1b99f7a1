package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostId;
import org.reformkit.core.text.SafeText;

/** The sheet Posts: one row per post kept one by one. Internal. */
final class PostSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      PostLineSheet.columns("id!", "title*");

  @Override
  String name() {
    return "Posts";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (Post post : report.programme().posts()) {
      rows.add(
          PostColumns.write(
              new RowOut().put("id", post.id()).localized("title", post.title()), post));
    }
    return rows;
  }

  @Override
  void read(RowIn row, Assembly into) {
    String id = row.required("id");
    Post.Builder post = Post.builder();
    row.requiredParse("id", "an identifier", PostId::of).ifPresent(post::id);
    post.title(row.localized("title"));
    PostColumns.Details d = PostColumns.read(row);
    d.location().ifPresent(post::location);
    d.category().ifPresent(post::category);
    d.origin().ifPresent(post::origin);
    post.unit(d.unit())
        .grade(d.grade())
        .funding(d.funding())
        .status(d.status())
        .commitment(d.commitment())
        .relocation(d.relocation())
        .addAllParagraphs(d.paragraphs());
    if (!id.isEmpty() && into.posts.putIfAbsent(id, new Pending<>(row, post)) != null) {
      row.problem("id", "post " + SafeText.quote(id) + " appears twice");
    }
  }
}
