package org.reformkit.json;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.Status;

/**
 * Binds post lines, posts and post totals, with their locations, origins and shares, as they stream
 * from the parser, calling the model's builders. Each method starts on the first token of its value
 * and leaves the parser on the last. Internal.
 */
final class PostBinder {
  private static final Words<FundingSource> FUNDING_SOURCE_WORDS = Words.of(FundingSource.class);
  private static final Words<LocationKind> LOCATION_KIND_WORDS = Words.of(LocationKind.class);
  private static final Words<OriginKind> ORIGIN_KIND_WORDS = Words.of(OriginKind.class);
  private static final Words<PostCategory> POST_CATEGORY_WORDS = Words.of(PostCategory.class);
  private static final Words<PostStatus> POST_STATUS_WORDS = Words.of(PostStatus.class);
  private static final Words<Status> STATUS_WORDS = Words.of(Status.class);

  private PostBinder() {}

  static PostLine postLine(Reading r) {
    Parsing.Obj o = r.begin(Formats.POST_LINE);
    PostLine.Builder b = PostLine.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(PostLineId::of));
        case Names.COUNT -> b.count(r.nonNegative("a post line count"));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.LOCATION -> b.location(location(r));
        case Names.UNIT -> b.unit(r.orgUnit());
        case Names.CATEGORY -> b.category(r.enumValue(POST_CATEGORY_WORDS, "post category"));
        case Names.GRADE -> b.grade(r.grade());
        case Names.ORIGIN -> b.origin(postOrigin(r));
        case Names.OF_WHICH -> r.each(b::addOfWhich, () -> postShare(r));
        case Names.FUNDING -> b.funding(r.enumValue(FUNDING_SOURCE_WORDS, "funding source"));
        case Names.STATUS -> b.status(r.enumValue(POST_STATUS_WORDS, "post status"));
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.RELOCATION -> b.relocation(RecommendationBinder.relocation(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Post post(Reading r) {
    Parsing.Obj o = r.begin(Formats.POST);
    Post.Builder b = Post.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(PostId::of));
        case Names.TITLE -> b.title(r.text());
        case Names.LOCATION -> b.location(location(r));
        case Names.UNIT -> b.unit(r.orgUnit());
        case Names.CATEGORY -> b.category(r.enumValue(POST_CATEGORY_WORDS, "post category"));
        case Names.GRADE -> b.grade(r.grade());
        case Names.ORIGIN -> b.origin(postOrigin(r));
        case Names.OF_WHICH -> r.each(b::addOfWhich, () -> postShare(r));
        case Names.FUNDING -> b.funding(r.enumValue(FUNDING_SOURCE_WORDS, "funding source"));
        case Names.STATUS -> b.status(r.enumValue(POST_STATUS_WORDS, "post status"));
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.RELOCATION -> b.relocation(RecommendationBinder.relocation(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static PostTotal postTotal(Reading r) {
    Parsing.Obj o = r.begin(Formats.POST_TOTAL);
    PostTotal.Builder b = PostTotal.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(PostTotalId::of));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.COUNT -> b.count(r.nonNegative("a post total count"));
        case Names.LINES -> r.each(b::addLine, () -> r.id(PostLineId::of));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Location location(Reading r) {
    Parsing.Obj o = r.begin(Formats.LOCATION);
    @Nullable LocationKind kind = null;
    Optional<LocalizedText> name = Optional.empty();
    Optional<DutyStation> station = Optional.empty();
    for (String property = o.next(); property != null; property = o.next()) {
      switch (property) {
        case Names.KIND -> kind = r.enumValue(LOCATION_KIND_WORDS, "location kind");
        case Names.NAME -> name = Optional.of(r.text());
        case Names.DUTY_STATION -> station = Optional.of(RecommendationBinder.dutyStation(r));
        default -> o.unknown(property);
      }
    }
    LocationKind k = kind;
    Optional<LocalizedText> n = name;
    Optional<DutyStation> d = station;
    return o.build(() -> Location.of(Objects.requireNonNull(k), n).withDutyStation(d));
  }

  static PostOrigin postOrigin(Reading r) {
    Parsing.Obj o = r.begin(Formats.ORIGIN);
    @Nullable OriginKind kind = null;
    Optional<OrgUnit> from = Optional.empty();
    for (String property = o.next(); property != null; property = o.next()) {
      switch (property) {
        case Names.KIND -> kind = r.enumValue(ORIGIN_KIND_WORDS, "post origin kind");
        case Names.FROM -> from = Optional.of(r.orgUnit());
        default -> o.unknown(property);
      }
    }
    OriginKind k = kind;
    Optional<OrgUnit> f = from;
    return o.build(() -> PostOrigin.of(Objects.requireNonNull(k), f));
  }

  static PostShare postShare(Reading r) {
    Parsing.Obj o = r.begin(Formats.SHARE);
    @Nullable PostOrigin origin = null;
    Optional<Integer> count = Optional.empty();
    for (String property = o.next(); property != null; property = o.next()) {
      switch (property) {
        case Names.ORIGIN -> origin = postOrigin(r);
        case Names.COUNT -> count = Optional.of(r.nonNegative("a post share count"));
        default -> o.unknown(property);
      }
    }
    PostOrigin from = origin;
    Optional<Integer> c = count;
    return o.build(() -> PostShare.of(Objects.requireNonNull(from), c));
  }
}
