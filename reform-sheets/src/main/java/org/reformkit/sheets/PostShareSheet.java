package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;

/**
 * The sheet PostShares: the "of which" parts of a post line ({@code line}) or of a post ({@code
 * post}), in order. Internal.
 */
final class PostShareSheet extends SheetMapping {
  private static final ImmutableList<Columns.Column> COLUMNS =
      Columns.of("line", "post", "origin!", "origin.from.code", "origin.from.name*", "count");

  @Override
  String name() {
    return "PostShares";
  }

  @Override
  ImmutableList<Columns.Column> columns() {
    return COLUMNS;
  }

  @Override
  List<RowOut> rows(Contents report) {
    List<RowOut> rows = new ArrayList<>();
    for (PostLine line : report.programme().postLines()) {
      add(rows, line, "line", line.id());
    }
    for (Post post : report.programme().posts()) {
      add(rows, post, "post", post.id());
    }
    return rows;
  }

  private static void add(List<RowOut> rows, PostDetails holder, String column, Object id) {
    for (PostShare share : holder.ofWhich()) {
      rows.add(
          new RowOut()
              .put(column, id)
              .put("origin", share.origin().kind())
              .unit("origin.from", share.origin().from())
              .put("count", share.count()));
    }
  }

  @Override
  void read(RowIn row, Assembly into) {
    Optional<String> line = row.text("line");
    Optional<String> post = row.text("post");
    Optional<OriginKind> kind = row.requiredWord("origin", OriginKind.class, "an origin of posts");
    Optional<org.reformkit.core.model.OrgUnit> from = row.unit("origin.from");
    Optional<Integer> count = row.integer("count");
    if (line.isPresent() == post.isPresent()) {
      row.rowProblem("a share belongs to a post line or to a post: fill one of line and post");
      return;
    }
    String path;
    if (line.isPresent()) {
      if (into.lacks(into.postLines, line.get(), "PostLines")) {
        row.problem("line", Assembly.noSuch("post line", line.get(), "PostLines"));
        return;
      }
      path = Paths.of(Paths.programme().key("postLines", line.get()), "ofWhich");
    } else {
      if (into.lacks(into.posts, post.get(), "Posts")) {
        row.problem("post", Assembly.noSuch("post", post.get(), "Posts"));
        return;
      }
      path = Paths.of(Paths.programme().key("posts", post.get()), "ofWhich");
    }
    if (kind.isPresent() && !row.failed()) {
      into.build(row, () -> PostShare.of(PostOrigin.of(kind.get(), from), count))
          .ifPresent(share -> into.shares.put(path, new Pending<>(row, share)));
    }
  }
}
