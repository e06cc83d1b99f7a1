package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;

/**
 * Rules on posts moved from one location to another, written once against {@link PostDetails}.
 * Places are compared as {@link Location} values (kind, name and duty station). Internal.
 */
final class RelocationRules {
  private RelocationRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(samePlace(), fromEmpty());
  }

  static Rule<PostDetails> samePlace() {
    String code = "RELOCATION_SAME_PLACE";
    return define(
        Rule.builder(code, PostDetails.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A relocation moves posts to another place")
            .description(
                "Posts relocated to the very location they are relocated from (same kind, name"
                    + " and duty station) are reported. Posts with no stated relocation, and posts"
                    + " relocated out of a place with no stated destination, are skipped.")
            .messages(MessageKey.of(code)),
        (post, at) -> {
          Optional<Relocation> relocation = post.relocation();
          if (relocation.isPresent() && relocation.get().staysInPlace()) {
            at.report(
                at.path().field("relocation"),
                MessageKey.of(code),
                values("count", post.headCount(), "place", place(relocation.get().from())));
          }
        });
  }

  static Rule<PostDetails> fromEmpty() {
    String code = "RELOCATION_FROM_EMPTY";
    return define(
        Rule.builder(code, PostDetails.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("Posts are relocated out of a place that has posts")
            .description(
                "Posts relocated out of a location at which the programme states no post line"
                    + " and no post (this one included) are reported: the report moves posts it"
                    + " never said were there. Skipped without the programme, and for posts with"
                    + " no stated relocation or one that stays in place (RELOCATION_SAME_PLACE"
                    + " reports that).")
            .messages(MessageKey.of(code)),
        (post, at) -> {
          Optional<ReformProgramme> programme = at.programme();
          Optional<Relocation> relocation = post.relocation();
          if (programme.isEmpty() || relocation.isEmpty() || relocation.get().staysInPlace()) {
            return;
          }
          Location from = relocation.get().from();
          ReformProgramme p = programme.get();
          boolean stated =
              p.postLines().stream().anyMatch(l -> l.location().equals(from))
                  || p.posts().stream().anyMatch(l -> l.location().equals(from));
          if (!stated) {
            at.report(
                at.path().field("relocation"),
                MessageKey.of(code),
                values("count", post.headCount(), "place", place(from)));
          }
        });
  }

  /**
   * A place as a message shows it: its duty station's city if named, otherwise its name, otherwise
   * its kind (each in the message's language).
   */
  static Object place(Location location) {
    if (location.dutyStation().isPresent()) {
      return location.dutyStation().get().city();
    }
    if (location.name().isPresent()) {
      return location.name().get();
    }
    return location.kind();
  }
}
