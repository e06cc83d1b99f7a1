package org.reformkit.sheets;

import java.util.Optional;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostStatus;

/**
 * The columns that posts and post lines share (where, which unit, category, grade, origin, funding,
 * status, commitment), written and read once for both sheets. Internal.
 */
final class PostColumns {
  static final String[] SPECS = {
    "location!",
    "location.name*",
    "unit.code",
    "unit.name*",
    "category!",
    "grade",
    "origin!",
    "origin.from.code",
    "origin.from.name*",
    "funding",
    "status",
    "commitment",
    "paragraphs"
  };

  /** The shared attributes of one row, read; absent where a cell had a problem. */
  record Details(
      Optional<Location> location,
      Optional<org.reformkit.core.model.OrgUnit> unit,
      Optional<PostCategory> category,
      Optional<Grade> grade,
      Optional<PostOrigin> origin,
      Optional<FundingSource> funding,
      Optional<PostStatus> status,
      Optional<CommitmentId> commitment,
      com.google.common.collect.ImmutableList<Integer> paragraphs) {}

  private PostColumns() {}

  static RowOut write(RowOut row, PostDetails post) {
    return row.put("location", post.location().kind())
        .localized("location.name", post.location().name())
        .unit("unit", post.unit())
        .put("category", post.category())
        .put("grade", post.grade().map(Grade::label))
        .put("origin", post.origin().kind())
        .unit("origin.from", post.origin().from())
        .put("funding", post.funding())
        .put("status", post.status())
        .put("commitment", post.commitment())
        .list("paragraphs", post.paragraphs());
  }

  static Details read(RowIn row) {
    Optional<Location> location =
        row.requiredWord("location", LocationKind.class, "a kind of location")
            .map(kind -> Location.of(kind, row.localized("location.name")));
    Optional<PostOrigin> origin =
        row.requiredWord("origin", OriginKind.class, "an origin of posts")
            .map(kind -> PostOrigin.of(kind, row.unit("origin.from")));
    return new Details(
        location,
        row.unit("unit"),
        row.requiredWord("category", PostCategory.class, "a category of posts"),
        row.parse("grade", "a grade", Grade::parse),
        origin,
        row.word("funding", FundingSource.class, "a source of funding"),
        row.word("status", PostStatus.class, "a post status"),
        row.parse("commitment", "an identifier", CommitmentId::of),
        row.paragraphs());
  }
}
