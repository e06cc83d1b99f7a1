package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.ElementPath;
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
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.ReformProgramme;

class PostSummaryTest {
  private static final OrgUnit INSTITUTE = OrgUnit.of("INST", Fixtures.text("Institute"));

  private static PostLine.Builder line(String id, int count) {
    return PostLine.builder()
        .id(PostLineId.of(id))
        .count(count)
        .location(Location.headquarters())
        .category(PostCategory.TECHNICAL)
        .origin(PostOrigin.of(OriginKind.NEW));
  }

  private static ReformProgramme programme() {
    return Fixtures.programme()
        .addPostLine(
            line("hq", 22)
                .addOfWhich(PostShare.some(PostOrigin.transferredFrom(INSTITUTE)))
                .build())
        .addPostLine(
            line("hq-more", 8)
                .funding(FundingSource.REGULAR_BUDGET)
                .addOfWhich(PostShare.of(PostOrigin.transferredFrom(INSTITUTE), 5))
                .build())
        .addPostLine(line("field", 17).build().withLocation(Location.field()))
        .addPost(
            Post.builder()
                .id(PostId.of("P-1"))
                .location(Location.field())
                .category(PostCategory.MANAGERIAL)
                .origin(PostOrigin.of(OriginKind.EXISTING))
                .build())
        .addPostTotal(
            PostTotal.builder()
                .id(PostTotalId.of("all-new"))
                .description(Fixtures.text("New posts"))
                .count(40)
                .addLines(PostLineId.of("hq"), PostLineId.of("field"), PostLineId.of("gone"))
                .build())
        .build();
  }

  @Test
  void totalCountsLinesByTheirCountAndSinglePostsAsOne() {
    assertThat(PostSummary.of(programme()).total()).isEqualTo(22 + 8 + 17 + 1);
  }

  @Test
  void groupsByLocationInOrderOfFirstAppearance() {
    assertThat(PostSummary.of(programme()).groups(PostDimension.LOCATION))
        .extracting(g -> g.key().in(Locale.ENGLISH), PostGroup::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("headquarters", 30),
            org.assertj.core.groups.Tuple.tuple("field", 18));
  }

  @Test
  void partWithoutANumberIsNotStatedRatherThanZero() {
    PostGroup unstated =
        PostSummary.of(
                Fixtures.programme()
                    .addPostLine(
                        line("hq", 22)
                            .addOfWhich(PostShare.some(PostOrigin.of(OriginKind.TRANSFERRED)))
                            .build())
                    .build())
            .groups(PostDimension.LOCATION)
            .get(0);

    assertThat(unstated.count()).isEqualTo(22);
    assertThat(unstated.ofWhichText(Locale.ENGLISH)).isEqualTo("transferred: not stated");
    assertThat(unstated.ofWhichText(Locale.CHINESE)).isEqualTo("转入: 未说明");
  }

  @Test
  void statedAndUnstatedPartsAddUpToAtLeastTheStatedOnes() {
    PostGroup hq = PostSummary.of(programme()).groups(PostDimension.LOCATION).get(0);

    assertThat(hq.ofWhich())
        .containsExactly(
            new PostPart(Labels.origin(PostOrigin.transferredFrom(INSTITUTE)), 5, true));
    assertThat(hq.ofWhichText(Locale.ENGLISH))
        .isEqualTo("transferred from INST: at least 5, rest not stated");
  }

  @Test
  void missingFundingIsItsOwnNotStatedGroup() {
    assertThat(PostSummary.of(programme()).groups(PostDimension.FUNDING))
        .extracting(g -> g.key().in(Locale.ENGLISH), PostGroup::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("not stated", 40),
            org.assertj.core.groups.Tuple.tuple("regular budget", 8));
  }

  @Test
  void statedTotalIsSetAgainstTheLinesItNames() {
    StatedTotal total = PostSummary.of(programme()).statedTotals().get(0);

    assertThat(total.stated()).isEqualTo(40);
    assertThat(total.sumOfLines()).isEqualTo(39);
    assertThat(total.missingLines()).containsExactly(PostLineId.of("gone"));
    assertThat(total.addsUp()).isFalse();
    assertThat(total.path().toString()).isEqualTo("postTotals[all-new]");
  }

  @Test
  void printsThePivotWithATotalRow() {
    String printed =
        PostSummary.of(
                Fixtures.programme()
                    .addPostLine(
                        line("hq", 22)
                            .addOfWhich(PostShare.some(PostOrigin.transferredFrom(INSTITUTE)))
                            .build())
                    .addPostLine(line("field", 17).build().withLocation(Location.field()))
                    .build())
            .toString();

    assertThat(printed)
        .isEqualTo(
            "By        Group         Posts  Of which\n"
                + "--------  ------------  -----  ---------------------------------\n"
                + "location  headquarters     22  transferred from INST: not stated\n"
                + "location  field            17\n"
                + "unit      not stated       39  transferred from INST: not stated\n"
                + "category  technical        39  transferred from INST: not stated\n"
                + "origin    new              39  transferred from INST: not stated\n"
                + "funding   not stated       39  transferred from INST: not stated\n"
                + "total                      39  transferred from INST: not stated\n");
  }

  @Test
  void postsAreShownByDutyStationWhenSomeLocationNamesOne() {
    Location nairobi =
        Location.field().withDutyStation(DutyStation.of(Fixtures.text("Nairobi"), "KE"));
    Location nairobiHub =
        Location.of(LocationKind.FIELD_OFFICE, Fixtures.text("Hub"))
            .withDutyStation(DutyStation.of(Fixtures.text("Nairobi"), "KE"));
    PostSummary summary =
        PostSummary.of(
            Fixtures.programme()
                .addPostLine(line("hq", 22).build())
                .addPostLine(line("field", 17).build().withLocation(nairobi))
                .addPostLine(line("hub", 3).build().withLocation(nairobiHub))
                .build());

    // one group per duty station, whatever the locations at it; none named is its own group
    assertThat(summary.groups(PostDimension.DUTY_STATION))
        .extracting(g -> g.key().in(Locale.ENGLISH), PostGroup::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("not stated", 22),
            org.assertj.core.groups.Tuple.tuple("Nairobi (KE)", 20));
    assertThat(summary.toString())
        .isEqualTo(
            "By            Group             Posts  Of which\n"
                + "------------  ----------------  -----  --------\n"
                + "location      headquarters         22\n"
                + "location      field                17\n"
                + "location      field office Hub      3\n"
                + "duty station  not stated           22\n"
                + "duty station  Nairobi (KE)         20\n"
                + "unit          not stated           42\n"
                + "category      technical            42\n"
                + "origin        new                  42\n"
                + "funding       not stated           42\n"
                + "total                              42\n");
    assertThat(summary.toTable(Locale.CHINESE).toString()).contains("工作地点").contains("Nairobi（KE）");
    assertThat(summary.toTable(Locale.FRENCH).toString()).contains("lieu d’affectation");
    assertThat(summary.toTable(Locale.forLanguageTag("es")).toString())
        .contains("lugar de destino");
  }

  @Test
  void withoutDutyStationsTheDimensionStillAddsUpButIsNotPrinted() {
    PostSummary summary = PostSummary.of(programme());

    assertThat(summary.groups(PostDimension.DUTY_STATION))
        .extracting(g -> g.key().in(Locale.ENGLISH), PostGroup::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("not stated", summary.total()));
    assertThat(summary.toString()).doesNotContain("duty station");
  }

  @Test
  void entriesCarryTheirPaths() {
    assertThat(PostSummary.of(programme()).entries())
        .extracting(e -> e.path().toString())
        .containsExactly("postLines[hq]", "postLines[hq-more]", "postLines[field]", "posts[P-1]");
  }

  @Test
  void statedTotalAddsUpOnlyWhenTheSumMatchesAndEveryLineIsThere() {
    LocalizedText label = Fixtures.text("all");
    ElementPath path = ElementPath.root().key("postTotals", PostTotalId.of("all"));

    assertThat(new StatedTotal(path, label, 39, 39, ImmutableList.of()).addsUp()).isTrue();
    assertThat(
            new StatedTotal(path, label, 39, 39, ImmutableList.of(PostLineId.of("gone"))).addsUp())
        .isFalse();
    assertThat(new StatedTotal(path, label, 40, 39, ImmutableList.of()).addsUp()).isFalse();
  }

  @Test
  void partsAddTheirStatedCountsAndKeepAnyUnstatedOne() {
    LocalizedText origin = Fixtures.text("new");
    PostPart stated = new PostPart(origin, 5, false);
    PostPart unstated = new PostPart(origin, 0, true);

    assertThat(stated.plus(new PostPart(origin, 2, false)))
        .isEqualTo(new PostPart(origin, 7, false));
    assertThat(stated.plus(unstated)).isEqualTo(new PostPart(origin, 5, true));
    assertThat(unstated.plus(stated)).isEqualTo(new PostPart(origin, 5, true));
    assertThat(unstated.plus(unstated)).isEqualTo(new PostPart(origin, 0, true));
  }

  @Test
  void statedTotalOfARepeatedLineIdentifierAddsTheFirstLineAsTheProgrammeLookupDoes() {
    ReformProgramme repeated =
        Fixtures.programme()
            .addPostLine(line("hq", 22).build())
            .addPostLine(line("hq", 5).build())
            .addPostLine(line("field", 17).build())
            .addPostTotal(
                PostTotal.builder()
                    .id(PostTotalId.of("t"))
                    .description(Fixtures.text("All"))
                    .count(39)
                    .addLines(PostLineId.of("hq"), PostLineId.of("field"), PostLineId.of("hq"))
                    .build())
            .build();

    StatedTotal total = PostSummary.of(repeated).statedTotals().get(0);

    assertThat(repeated.postLine(PostLineId.of("hq")).orElseThrow().count()).isEqualTo(22);
    assertThat(total.sumOfLines()).isEqualTo(22 + 17 + 22);
    assertThat(total.missingLines()).isEmpty();
  }

  @Test
  void everyStatedTotalIsSetAgainstItsOwnLinesInProgrammeOrder() {
    PostTotal.Builder base = PostTotal.builder().description(Fixtures.text("Part"));
    ReformProgramme one = programme();
    ReformProgramme twoTotals =
        one.withPostTotals(
            one.postTotals().get(0),
            base.id(PostTotalId.of("hq-only")).count(22).addLines(PostLineId.of("hq")).build());

    assertThat(PostSummary.of(twoTotals).statedTotals())
        .extracting(t -> t.path().toString(), StatedTotal::sumOfLines, StatedTotal::addsUp)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("postTotals[all-new]", 39, false),
            org.assertj.core.groups.Tuple.tuple("postTotals[hq-only]", 22, true));
  }

  @Test
  void tableWithFewerGroupsPerDimensionListsTheLargestAndAddsUpTheOthers() {
    PostSummary summary = PostSummary.of(programme());

    String folded = summary.toTable(Locale.ENGLISH, 1).toString();

    // location: headquarters 30 listed, field 18 added up; every dimension still totals 48
    assertThat(folded.lines().filter(l -> l.startsWith("location")))
        .hasSize(2)
        .first()
        .satisfies(l -> assertThat(l).contains("headquarters", "30"));
    assertThat(folded.lines().filter(l -> l.startsWith("location  other 1 groups")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("18"));
    assertThat(summary.toTable(Locale.ENGLISH, 10).toString())
        .isEqualTo(summary.toTable(Locale.ENGLISH).toString())
        .doesNotContain("other");
    assertThat(summary.toTable(Locale.CHINESE, 1).toString()).contains("其余 1 组");
  }

  @Test
  void foldedTableNamesTheFirstThreePartsOfAGroupAndCountsTheOthers() {
    ReformProgramme.Builder programme = Fixtures.programme();
    PostLine.Builder line = line("hq", 40);
    for (int i = 1; i <= 5; i++) {
      line.addOfWhich(
          PostShare.some(
              PostOrigin.transferredFrom(OrgUnit.of("U" + i, Fixtures.text("Unit " + i)))));
    }
    programme.addPostLine(line.build());
    programme.addPostLine(line("field", 2).build().withLocation(Location.field()));
    PostSummary summary = PostSummary.of(programme.build());

    String folded = summary.toTable(Locale.ENGLISH, 1).toString();

    assertThat(folded.replaceAll("\\s+", " ")).contains("transferred from U3: not stated; 2 more");
    assertThat(summary.toTable(Locale.ENGLISH).toString()).doesNotContain("more");
  }

  @Test
  void tableNeedsRoomForOneGroup() {
    PostSummary summary = PostSummary.of(programme());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> summary.toTable(Locale.ENGLISH, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups must be at least 1, not 0");
  }
}
