package org.reformkit.examples.snippets;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.InvalidValueException;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.ValueParseException;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.rules.ValidationContext;
import org.reformkit.core.rules.ValidationResult;

/**
 * Snippet: check one post as an HR system holds it, before it goes into a reform report. The HR
 * record's strings become a {@link Post}; the model refuses what has no meaning (a blank post
 * number, a grade that does not exist) with an exception that names the field; then one standard
 * rule, {@code POST_GRADE_LOCATION}, checks the post on its own. Every problem is collected rather
 * than only the first.
 *
 * <pre>{@code
 * ValidateOnePost.Result result =
 *     ValidateOnePost.validate(new HrRecord("40123", "Policy officer", "P-4", "Geneva", true, "regular budget"));
 * result.post();      // the Post, when there is no problem
 * result.problems();  // "grade: 'P-9' is not a grade; ..." otherwise
 * }</pre>
 */
public final class ValidateOnePost {
  private ValidateOnePost() {}

  /**
   * A post as an HR system exports it: plain strings.
   *
   * @param postNumber the HR system's post number
   * @param title the post's title, in English
   * @param grade the grade, such as {@code P-4} or {@code G-5}
   * @param dutyStation the duty station, such as {@code Geneva} or {@code Bangkok}
   * @param headquarters whether the duty station is headquarters
   * @param funding the funding source, such as {@code regular budget}
   */
  public record HrRecord(
      String postNumber,
      String title,
      String grade,
      String dutyStation,
      boolean headquarters,
      String funding) {}

  /**
   * The outcome of checking one record.
   *
   * @param post the post, when there is no problem
   * @param problems what is wrong, one line each, {@code field: message}
   */
  public record Result(Optional<Post> post, ImmutableList<String> problems) {}

  /**
   * Turns an HR record into a post, collecting every problem.
   *
   * @param record the HR record
   * @return the post or the problems
   */
  public static Result validate(HrRecord record) {
    List<String> problems = new ArrayList<>();
    Optional<Grade> grade = Optional.empty();
    try {
      grade = Optional.of(Grade.parse(record.grade()));
    } catch (ValueParseException e) {
      problems.add("grade: " + e.getMessage());
    }
    Optional<FundingSource> funding = Optional.empty();
    try {
      funding =
          Optional.of(
              FundingSource.valueOf(
                  record.funding().strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
    } catch (IllegalArgumentException e) {
      problems.add("funding: '" + record.funding() + "' is not a funding source");
    }
    Optional<Post> post = Optional.empty();
    try {
      Post.Builder builder =
          Post.builder()
              .id(PostId.of(record.postNumber()))
              .title(LocalizedText.of("en", record.title()))
              .location(
                  record.headquarters()
                      ? Location.headquarters()
                      : Location.of(
                          LocationKind.FIELD_OFFICE, LocalizedText.of("en", record.dutyStation())))
              .category(PostCategory.TECHNICAL)
              .origin(PostOrigin.of(OriginKind.EXISTING))
              .status(PostStatus.FILLED);
      grade.ifPresent(builder::grade);
      funding.ifPresent(builder::funding);
      post = Optional.of(builder.build());
    } catch (InvalidValueException e) {
      problems.add("post: " + e.getMessage());
    }
    if (post.isPresent()) {
      checkGradeLocation(post.get())
          .findings()
          .forEach(f -> problems.add(f.code() + ": " + f.message()));
    }
    return problems.isEmpty()
        ? new Result(post, ImmutableList.of())
        : new Result(Optional.empty(), ImmutableList.copyOf(problems));
  }

  /**
   * Runs one standard rule on one post, as an HR system would before sending it: national officer
   * grades only in the field.
   *
   * @param post the post
   * @return the rule's findings, at {@code posts[number]}
   */
  public static ValidationResult checkGradeLocation(Post post) {
    RuleSet rule = RuleSet.standard().only("POST_GRADE_LOCATION");
    return rule.validate(post, ValidationContext.of(LocalDate.now(ZoneOffset.UTC), Locale.ENGLISH));
  }

  /**
   * Checks three records, one good and two bad, and prints the outcome., one good and one bad, and
   * prints the outcome.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    for (HrRecord record :
        List.of(
            new HrRecord("40123", "Policy officer", "P-4", "Geneva", true, "regular budget"),
            new HrRecord(" ", "Programme officer", "P-9", "Bangkok", false, "donations"),
            new HrRecord(
                "40124", "National programme officer", "NO-B", "Geneva", true, "regular budget"))) {
      Result result = validate(record);
      if (result.problems().isEmpty()) {
        System.out.println(
            "ok: "
                + result.post().orElseThrow().id()
                + " "
                + result.post().orElseThrow().grade().orElseThrow().label());
      } else {
        result.problems().forEach(p -> System.out.println("problem: " + p));
      }
    }
  }
}
