package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.CONTEXT;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.fieldLine;
import static org.reformkit.core.rules.Fixtures.hqLine;
import static org.reformkit.core.rules.Fixtures.programme;
import static org.reformkit.core.rules.Fixtures.run;
import static org.reformkit.core.rules.Fixtures.supportPost;

import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.ReformProgramme;

class PostRulesTest {

  private static ValidationResult one(String code, PostDetails post) {
    return RuleSet.standard().only(code).validate(post, CONTEXT);
  }

  @Test
  void lineCountingNoPostsIsReported() {
    ValidationResult result =
        run(
            "POST_LINE_COUNT_POSITIVE",
            programme().withPostLines(hqLine(), fieldLine().withCount(0)));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_LINE_COUNT_POSITIVE", "postLines[field]"));
  }

  @Test
  void lineCountingPostsIsNotReported() {
    assertThat(one("POST_LINE_COUNT_POSITIVE", fieldLine().withCount(1)).findings()).isEmpty();
  }

  @Test
  void transferredPartWithoutItsSourceUnitIsReported() {
    PostDetails line = hqLine().withOfWhich(PostShare.some(PostOrigin.of(OriginKind.TRANSFERRED)));

    ValidationResult result = one("POST_TRANSFER_SOURCE", line);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_TRANSFER_SOURCE", "postLines[hq].ofWhich[0]"));
  }

  @Test
  void transferredPostWithoutItsSourceUnitIsReported() {
    ValidationResult result =
        one(
            "POST_TRANSFER_SOURCE",
            supportPost().withOrigin(PostOrigin.of(OriginKind.TRANSFERRED)));

    assertThat(codesAndPaths(result)).containsExactly(tuple("POST_TRANSFER_SOURCE", "posts[p1]"));
  }

  @Test
  void transferNamingItsSourceUnitAndRedeploymentAreNotReported() {
    assertThat(one("POST_TRANSFER_SOURCE", hqLine()).findings()).isEmpty();
    assertThat(
            one(
                    "POST_TRANSFER_SOURCE",
                    supportPost().withOrigin(PostOrigin.of(OriginKind.REDEPLOYED)))
                .findings())
        .isEmpty();
  }

  @Test
  void generalServiceGradeOnATechnicalPostIsReported() {
    ValidationResult result = one("POST_GRADE_CATEGORY", hqLine().withGrade(Grade.G_6));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_GRADE_CATEGORY", "postLines[hq]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Grade G-6 does not fit a technical post");
  }

  @Test
  void professionalGradeOnASupportPostIsReported() {
    ValidationResult result = one("POST_GRADE_CATEGORY", supportPost().withGrade(Grade.P_2));

    assertThat(codesAndPaths(result)).containsExactly(tuple("POST_GRADE_CATEGORY", "posts[p1]"));
  }

  @Test
  void fittingOrUnstatedGradeIsNotReported() {
    assertThat(one("POST_GRADE_CATEGORY", supportPost()).findings()).isEmpty();
    assertThat(one("POST_GRADE_CATEGORY", hqLine()).findings()).isEmpty();
    assertThat(one("POST_GRADE_CATEGORY", fieldLine()).findings()).isEmpty();
  }

  @Test
  void nationalOfficerAtHeadquartersIsReported() {
    ValidationResult result =
        run(
            "POST_GRADE_LOCATION",
            programme().withPostLines(hqLine().withGrade(Grade.NO_C), fieldLine()));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_GRADE_LOCATION", "postLines[hq]"));
  }

  @Test
  void nationalOfficerInAFieldOfficeIsNotReported() {
    PostDetails line =
        fieldLine()
            .withGrade(Grade.NO_C)
            .withLocation(
                Location.of(LocationKind.FIELD_OFFICE, LocalizedText.of("en", "ILO Beijing")));

    assertThat(one("POST_GRADE_LOCATION", line).findings()).isEmpty();
  }

  @Test
  void statedPartsAddingUpToMoreThanTheLineAreReported() {
    PostDetails line =
        fieldLine()
            .withOfWhich(
                PostShare.of(PostOrigin.of(OriginKind.REDEPLOYED), 10),
                PostShare.of(PostOrigin.of(OriginKind.NEW), 8),
                PostShare.some(PostOrigin.transferredFrom(Fixtures.IILS)));

    ValidationResult result = one("POST_SHARES_EXCEED_LINE", line);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_SHARES_EXCEED_LINE", "postLines[field]"));
    assertThat(result.findings().get(0).values())
        .containsEntry("parts", 18)
        .containsEntry("count", 17);
  }

  @Test
  void partsOfUnstatedSizeAreNeverGuessed() {
    PostDetails line =
        fieldLine()
            .withOfWhich(
                PostShare.of(PostOrigin.of(OriginKind.REDEPLOYED), 17),
                PostShare.some(PostOrigin.transferredFrom(Fixtures.IILS)));

    assertThat(one("POST_SHARES_EXCEED_LINE", line).findings()).isEmpty();
  }

  @Test
  void abolishedAndFilledPostIsReported() {
    ValidationResult result =
        one("POST_ABOLISHED_FILLED", supportPost().withOrigin(PostOrigin.of(OriginKind.ABOLISHED)));

    assertThat(codesAndPaths(result)).containsExactly(tuple("POST_ABOLISHED_FILLED", "posts[p1]"));
  }

  @Test
  void abolishedVacantPostIsNotReported() {
    assertThat(
            one(
                    "POST_ABOLISHED_FILLED",
                    supportPost()
                        .withOrigin(PostOrigin.of(OriginKind.ABOLISHED))
                        .withStatus(PostStatus.VACANT))
                .findings())
        .isEmpty();
  }

  @Test
  void totalOffByOneIsReported() {
    ValidationResult result =
        run(
            "POST_TOTAL_SUM",
            programme().withPostTotals(programme().postTotals().get(0).withCount(40)));

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_TOTAL_SUM", "postTotals[new-technical]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Total new-technical states 40 posts but its lines (hq, field) add up to 39");
  }

  @Test
  void totalThatAddsUpOrListsAnUnknownLineIsNotReportedHere() {
    assertThat(run("POST_TOTAL_SUM", programme()).findings()).isEmpty();
    assertThat(
            run(
                    "POST_TOTAL_SUM",
                    programme()
                        .withPostTotals(
                            programme()
                                .postTotals()
                                .get(0)
                                .withLines(
                                    org.reformkit.core.model.PostLineId.of("hq"),
                                    org.reformkit.core.model.PostLineId.of("nowhere"))))
                .findings())
        .isEmpty();
  }

  @Test
  void postRulesAreWrittenOnceForLinesAndSinglePosts() {
    assertThat(RuleSet.standard().rule("POST_GRADE_LOCATION").orElseThrow().elementType())
        .isEqualTo(PostDetails.class);
    assertThat(
            one(
                    "POST_GRADE_LOCATION",
                    supportPost().withGrade(Grade.NO_A).withCategory(PostCategory.TECHNICAL))
                .codes())
        .containsExactly("POST_GRADE_LOCATION");
  }

  @Test
  void totalOfARepeatedLineIdentifierAddsTheFirstLineAsTheProgrammeLookupDoes() {
    // two lines named "field": the programme's postLine(field) finds the first (17), and so does
    // the rule, so 22 + 17 = 39 adds up; with the second line's 5 it would not
    ReformProgramme repeated =
        programme().withPostLines(hqLine(), fieldLine(), fieldLine().withCount(5));

    assertThat(run("POST_TOTAL_SUM", repeated).findings()).isEmpty();
    assertThat(
            codesAndPaths(
                run(
                    "POST_TOTAL_SUM",
                    repeated.withPostTotals(repeated.postTotals().get(0).withCount(44)))))
        .containsExactly(tuple("POST_TOTAL_SUM", "postTotals[new-technical]"));
  }

  @Test
  void everyTotalOfAProgrammeIsAddedUpFromTheSameLines() {
    PostTotal first = programme().postTotals().get(0);
    ReformProgramme threeTotals =
        programme()
            .withPostTotals(
                first,
                first
                    .withId(PostTotalId.of("hq-only"))
                    .withCount(23)
                    .withLines(PostLineId.of("hq")),
                first
                    .withId(PostTotalId.of("field-only"))
                    .withCount(17)
                    .withLines(PostLineId.of("field")));

    ValidationResult result = run("POST_TOTAL_SUM", threeTotals);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("POST_TOTAL_SUM", "postTotals[hq-only]"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("Total hq-only states 23 posts but its lines (hq) add up to 22");
  }
}
