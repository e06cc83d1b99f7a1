package org.reformkit.sheets;

import java.util.Optional;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.Relocation;

/**
 * The columns that posts and post lines share (where, which unit, category, grade, origin, funding,
 * status, commitment), written and read once for both sheets. Internal.
 */
final class PostColumns {
  static final String[] SPECS = {
    "location!",
    "location.name*",
    "location.dutyStation.city*",
    "location.dutyStation.country",
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
    "paragraphs",
    "relocation.from",
    "relocation.from.name*",
    "relocation.from.dutyStation.city*",
    "relocation.from.dutyStation.country",
    "relocation.to",
    "relocation.to.name*",
    "relocation.to.dutyStation.city*",
    "relocation.to.dutyStation.country",
    "relocation.date",
    "relocation.paragraphs"
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
      Optional<Relocation> relocation,
      com.google.common.collect.ImmutableList<Integer> paragraphs) {}

  private PostColumns() {}

  static RowOut write(RowOut row, PostDetails post) {
    PlaceColumns.writeLocation(row, "location", post.location());
    PlaceColumns.writeRelocation(row, post.relocation());
    return row.unit("unit", post.unit())
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
    Optional<Location> location = PlaceColumns.requiredLocation(row, "location");
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
        PlaceColumns.relocation(row),
        row.paragraphs());
  }
}
