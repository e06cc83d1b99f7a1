package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.ReformProgramme;

class FindingGroupsTest {
  private static final ElementPath ROOT = ElementPath.root();

  /** The fixture programme with a post at a named field office. */
  private static ReformProgramme programme() {
    return Fixtures.programme()
        .withPosts(
            Fixtures.supportPost(),
            Fixtures.supportPost()
                .withId(PostId.of("p2"))
                .withLocation(Location.of(LocationKind.FIELD_OFFICE, Fixtures.text("Dakar"))));
  }

  private static Finding finding(String code, Severity severity, ElementPath path) {
    return Finding.of(code, severity, path, "message", "message.key", Map.of());
  }

  private static List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (String commitment : List.of("bpr", "bpr", "field", "bpr", "mrf")) {
      findings.add(
          finding(
              "PHASE_ORDER",
              Severity.WARNING,
              ROOT.key("commitments", commitment).key("phases", "a")));
    }
    findings.add(finding("POST_GRADE", Severity.ERROR, ROOT.key("posts", "p1")));
    findings.add(finding("POST_GRADE", Severity.ERROR, ROOT.key("posts", "p2")));
    findings.add(finding("POST_GRADE", Severity.ERROR, ROOT.key("posts", "p2")));
    findings.add(finding("POST_GRADE", Severity.ERROR, ROOT.key("postLines", "hq")));
    findings.add(finding("POST_GRADE", Severity.ERROR, ROOT.key("posts", "unknown")));
    findings.add(finding("DOCUMENT_SYMBOL", Severity.INFO, ROOT));
    findings.add(finding("INDICATOR_TARGET", Severity.WARNING, ROOT.key("indicators", "i")));
    return findings;
  }

  @Test
  void groupsComeMostSeriousFirstThenMostFindingsThenByCode() {
    FindingGroups groups = FindingGroups.of(programme(), findings());

    assertThat(groups.groups())
        .extracting(FindingGroup::code)
        .containsExactly("POST_GRADE", "PHASE_ORDER", "INDICATOR_TARGET", "DOCUMENT_SYMBOL");
    assertThat(groups.groups()).extracting(FindingGroup::count).containsExactly(5, 5, 1, 1);
    assertThat(groups.total()).isEqualTo(12);
  }

  @Test
  void aGroupKeepsTheFirstThreePathsAndCountsFindingsByCommitmentMostFirst() {
    FindingGroup phases = FindingGroups.of(programme(), findings()).groups().get(1);

    assertThat(phases.severity()).isEqualTo(Severity.WARNING);
    assertThat(phases.firstPaths())
        .extracting(ElementPath::toString)
        .containsExactly(
            "commitments[bpr].phases[a]",
            "commitments[bpr].phases[a]",
            "commitments[field].phases[a]");
    assertThat(phases.byCommitment())
        .containsExactly(Map.entry("bpr", 3), Map.entry("field", 1), Map.entry("mrf", 1));
    assertThat(phases.byLocation()).isEmpty();
  }

  @Test
  void findingsOnPostsAndLinesCountAtTheirLocationAndAnUnknownPostNowhere() {
    FindingGroup posts = FindingGroups.of(programme(), findings()).groups().get(0);

    assertThat(posts.byLocation())
        .containsExactly(
            Map.entry(Location.headquarters(), 2),
            Map.entry(Location.of(LocationKind.FIELD_OFFICE, Fixtures.text("Dakar")), 2));
    assertThat(posts.byCommitment()).isEmpty();
  }

  @Test
  void aGroupHasTheMostSeriousSeverityOfItsFindings() {
    FindingGroups groups =
        FindingGroups.builder(programme())
            .add("PHASE_ORDER", Severity.INFO, ROOT)
            .add("PHASE_ORDER", Severity.ERROR, ROOT)
            .add("PHASE_ORDER", Severity.WARNING, ROOT)
            .build();

    assertThat(groups.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void tableNamesTheFirstPathsAndTheThreePlacesWithMostFindingsThenCountsTheOthers() {
    FindingGroups.Builder builder = FindingGroups.builder(programme());
    for (String commitment : List.of("a", "b", "c", "d", "e", "a")) {
      builder.add("PHASE_ORDER", Severity.WARNING, ROOT.key("commitments", commitment));
    }
    builder.add("POST_GRADE", Severity.ERROR, ROOT.key("posts", "p2"));
    builder.add("POST_GRADE", Severity.ERROR, ROOT.key("posts", "p1"));
    builder.add("POST_GRADE", Severity.ERROR, ROOT.key("posts", "p1"));
    builder.add("DOCUMENT_SYMBOL", Severity.INFO, ROOT);

    String table = builder.build().toTable(Locale.ENGLISH).toString();

    assertThat(table)
        .contains("Rule", "Findings", "First paths", "Most under commitment", "Most at location")
        .contains("commitments[a], commitments[b], commitments[c], …")
        .contains("a (2), b (1), c (1), 2 more")
        .contains("headquarters (2), field office · Dakar (1)")
        .doesNotContain("0 more")
        .contains("(root)");
    assertThat(table.lines().filter(l -> l.startsWith("POST_GRADE")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("error").doesNotContain("…"));
    assertThat(builder.build().toString()).isEqualTo(table);
    assertThat(builder.build().toTable(Locale.CHINESE).toString())
        .contains("最集中的改革承诺", "另有 2 处", "外地办事处 · Dakar (1)", "(根)");
  }

  @Test
  void groupsOfTheSameFindingsAreEqual() {
    FindingGroups one = FindingGroups.of(programme(), findings());
    FindingGroups two = FindingGroups.of(programme(), findings());

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(FindingGroups.of(programme(), findings().subList(0, 3)));
    assertThat(one).isNotEqualTo("groups");
    assertThat(one.hashCode())
        .isNotEqualTo(FindingGroups.of(programme(), findings().subList(0, 3)).hashCode());
  }
}
