package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.GradeGroup;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ReformProgramme;

/**
 * Rules on posts and counted lines of posts, written once against {@link PostDetails}. Internal.
 */
final class PostRules {
  private PostRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(
        lineCountPositive(),
        transferSource(),
        gradeCategory(),
        gradeLocation(),
        sharesExceedLine(),
        abolishedFilled(),
        totalSum());
  }

  static Rule<PostLine> lineCountPositive() {
    String code = "POST_LINE_COUNT_POSITIVE";
    return define(
        Rule.builder(code, PostLine.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("A counted line of posts counts at least one post")
            .description(
                "A line of posts whose count is 0 is reported: the model accepts it, but a"
                    + " line that counts nothing is almost always a data-entry slip. The count is"
                    + " always stated.")
            .messages(MessageKey.of(code)),
        (line, at) -> {
          if (line.count() <= 0) {
            at.report(MessageKey.of(code), values("line", line.id(), "count", line.count()));
          }
        });
  }

  static Rule<PostDetails> transferSource() {
    String code = "POST_TRANSFER_SOURCE";
    return define(
        Rule.builder(code, PostDetails.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("Transferred posts name the unit they come from")
            .description(
                "Posts (or a part of a line, \"of which some transferred\") whose origin is a"
                    + " transfer but which name no unit they come from are reported: the absence"
                    + " of the unit is the finding. Redeployments may come from anywhere and are"
                    + " not checked.")
            .messages(MessageKey.variants(code, "posts", "share")),
        (post, at) -> {
          if (post.origin().kind() == OriginKind.TRANSFERRED && post.origin().from().isEmpty()) {
            at.report(MessageKey.of(code, "posts"), values("origin", post.origin().kind()));
          }
          ImmutableList<PostShare> shares = post.ofWhich();
          for (int i = 0; i < shares.size(); i++) {
            PostShare share = shares.get(i);
            if (share.origin().kind() == OriginKind.TRANSFERRED
                && share.origin().from().isEmpty()) {
              at.report(
                  at.path().index("ofWhich", i),
                  MessageKey.of(code, "share"),
                  values("origin", share.origin().kind(), "count", share.count()));
            }
          }
        });
  }

  static Rule<PostDetails> gradeCategory() {
    String code = "POST_GRADE_CATEGORY";
    return define(
        Rule.builder(code, PostDetails.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A post's grade fits its category")
            .description(
                "General service grades (G-1 to G-7) go with support posts, and support posts"
                    + " with general service grades; a general service grade on a technical,"
                    + " managerial or administrative post, or a professional, director or"
                    + " national officer grade on a support post, is reported. Posts whose grade"
                    + " is not stated are skipped.")
            .messages(MessageKey.of(code)),
        (post, at) -> {
          if (post.grade().isEmpty()) {
            return;
          }
          Grade grade = post.grade().get();
          boolean generalService = grade.group() == GradeGroup.GENERAL_SERVICE;
          PostCategory category = post.category();
          boolean misfit =
              (generalService
                      && (category == PostCategory.TECHNICAL
                          || category == PostCategory.MANAGERIAL
                          || category == PostCategory.ADMINISTRATIVE))
                  || (!generalService && category == PostCategory.SUPPORT);
          if (misfit) {
            at.report(MessageKey.of(code), values("grade", grade.label(), "category", category));
          }
        });
  }

  static Rule<PostDetails> gradeLocation() {
    String code = "POST_GRADE_LOCATION";
    return define(
        Rule.builder(code, PostDetails.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("National officer grades are used only in the field")
            .description(
                "A post with a national officer grade (NO-A to NO-D) located at headquarters"
                    + " is reported. Posts whose grade is not stated are skipped.")
            .messages(MessageKey.of(code)),
        (post, at) -> {
          Optional<Grade> grade = post.grade();
          if (grade.isPresent()
              && grade.get().group() == GradeGroup.NATIONAL_OFFICER
              && !post.location().inField()) {
            at.report(
                MessageKey.of(code),
                values("grade", grade.get().label(), "location", post.location().kind()));
          }
        });
  }

  static Rule<PostDetails> sharesExceedLine() {
    String code = "POST_SHARES_EXCEED_LINE";
    return define(
        Rule.builder(code, PostDetails.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("The stated parts of a line do not exceed the line")
            .description(
                "When the parts of a line of posts by origin (\"of which 5 transferred\")"
                    + " whose size is stated add up to more than the line counts, the line is"
                    + " reported. Parts whose size is not stated (\"some of them\") are left out"
                    + " of the sum, never guessed.")
            .messages(MessageKey.of(code)),
        (post, at) -> {
          int stated = 0;
          for (PostShare share : post.ofWhich()) {
            stated += share.count().orElse(0);
          }
          if (stated > post.headCount()) {
            at.report(MessageKey.of(code), values("parts", stated, "count", post.headCount()));
          }
        });
  }

  static Rule<PostDetails> abolishedFilled() {
    String code = "POST_ABOLISHED_FILLED";
    return define(
        Rule.builder(code, PostDetails.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("No post is both abolished and filled")
            .description(
                "Posts whose origin says they are abolished but whose status says they are"
                    + " filled are reported. Posts with no stated status are skipped.")
            .messages(MessageKey.of(code)),
        (post, at) -> {
          if (post.origin().kind() == OriginKind.ABOLISHED
              && post.status().filter(s -> s == PostStatus.FILLED).isPresent()) {
            at.report(
                MessageKey.of(code),
                values("origin", post.origin().kind(), "status", PostStatus.FILLED));
          }
        });
  }

  static Rule<PostTotal> totalSum() {
    String code = "POST_TOTAL_SUM";
    return define(
        Rule.builder(code, PostTotal.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A stated total of posts equals the sum of its lines")
            .description(
                "A stated total that differs from the sum of the counts of the lines it lists"
                    + " is reported. Skipped when the total is checked without its programme,"
                    + " when it lists no lines, or when a listed line does not exist"
                    + " (REFERENCE_UNRESOLVED reports that).")
            .messages(MessageKey.of(code)),
        (total, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          if (programme.isEmpty() || total.lines().isEmpty()) {
            return;
          }
          int sum = 0;
          for (PostLineId lineId : total.lines()) {
            Optional<PostLine> line = programme.get().postLine(lineId);
            if (line.isEmpty()) {
              return;
            }
            sum += line.get().count();
          }
          if (sum != total.count()) {
            at.report(
                MessageKey.of(code),
                values(
                    "total", total.id(),
                    "stated", total.count(),
                    "sum", sum,
                    "lines", total.lines()));
          }
        });
  }
}
