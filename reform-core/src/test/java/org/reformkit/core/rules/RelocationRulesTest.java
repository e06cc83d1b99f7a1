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
import static org.reformkit.core.rules.Fixtures.text;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;

class RelocationRulesTest {
  private static final Location NAIROBI =
      Location.field().withDutyStation(DutyStation.of(text("Nairobi"), "KE"));
  private static final Location BANGKOK =
      Location.of(LocationKind.REGION, text("Asia and the Pacific"));

  private static Relocation move(Location from, Location to) {
    return Relocation.builder().from(from).to(to).build();
  }

  @Test
  void relocationToTheSamePlaceIsReported() {
    ReformProgramme p =
        programme()
            .withPostLines(hqLine().withRelocation(move(NAIROBI, NAIROBI)), fieldLine())
            .withPosts(supportPost().withRelocation(move(BANGKOK, BANGKOK)));

    ValidationResult result = run("RELOCATION_SAME_PLACE", p);

    assertThat(codesAndPaths(result))
        .containsExactly(
            tuple("RELOCATION_SAME_PLACE", "postLines[hq].relocation"),
            tuple("RELOCATION_SAME_PLACE", "posts[p1].relocation"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("22 post(s) are relocated from Nairobi to the same place");
    assertThat(result.findings().get(1).message()).contains("from Asia and the Pacific");
  }

  @Test
  void relocationToAnotherPlaceOrNoRelocationIsNotReported() {
    ReformProgramme p =
        programme()
            .withPostLines(
                hqLine().withRelocation(move(Location.headquarters(), NAIROBI)),
                fieldLine()
                    .withRelocation(
                        move(
                            NAIROBI,
                            NAIROBI.withDutyStation(DutyStation.of(text("Nairobi"), "TZ")))));

    assertThat(run("RELOCATION_SAME_PLACE", p).findings()).isEmpty();
    assertThat(run("RELOCATION_SAME_PLACE", programme()).findings()).isEmpty();
  }

  @Test
  void relocationWithNoStatedDestinationIsNotReportedAsStayingInPlace() {
    Relocation outOfNairobi = Relocation.builder().from(NAIROBI).build();
    ReformProgramme p =
        programme()
            .withPostLines(hqLine(), fieldLine().withRelocation(outOfNairobi))
            .withPosts(supportPost().withRelocation(Relocation.builder().from(BANGKOK).build()));

    assertThat(run("RELOCATION_SAME_PLACE", p).findings()).isEmpty();
  }

  @Test
  void postsRelocatedOutOfAPlaceWithNoPostsAreReportedEvenWithNoStatedDestination() {
    ReformProgramme p =
        programme()
            .withPostLines(
                hqLine(), fieldLine().withRelocation(Relocation.builder().from(NAIROBI).build()));

    ValidationResult result = run("RELOCATION_FROM_EMPTY", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("RELOCATION_FROM_EMPTY", "postLines[field].relocation"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("17 post(s) are relocated out of Nairobi, where the programme states no posts");
  }

  @Test
  void postsRelocatedOutOfAPlaceWithNoPostsAreReported() {
    ReformProgramme p =
        programme()
            .withPostLines(hqLine(), fieldLine().withRelocation(move(NAIROBI, Location.field())));

    ValidationResult result = run("RELOCATION_FROM_EMPTY", p);

    assertThat(codesAndPaths(result))
        .containsExactly(tuple("RELOCATION_FROM_EMPTY", "postLines[field].relocation"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("17 post(s) are relocated out of Nairobi, where the programme states no posts");
    assertThat(
            RuleSet.standard()
                .only("RELOCATION_FROM_EMPTY")
                .validate(p, ValidationContext.of(Fixtures.AS_OF, Locale.FRENCH))
                .findings()
                .get(0)
                .message())
        .isEqualTo(
            "17 poste(s) sont transférés hors de Nairobi, où le programme n'indique aucun poste");
  }

  @Test
  void postsRelocatedOutOfAPlaceWithPostsOrInPlaceOrWithoutProgrammeAreNotReported() {
    ReformProgramme fromHeadquarters =
        programme()
            .withPostLines(
                hqLine(), fieldLine().withRelocation(move(Location.headquarters(), NAIROBI)))
            .withPosts();
    ReformProgramme fromAPost =
        programme()
            .withPostLines(hqLine().withRelocation(move(BANGKOK, NAIROBI)))
            .withPosts(supportPost().withLocation(BANGKOK));
    ReformProgramme inPlace =
        programme().withPostLines(hqLine().withRelocation(move(NAIROBI, NAIROBI)));

    assertThat(run("RELOCATION_FROM_EMPTY", fromHeadquarters).findings()).isEmpty();
    assertThat(run("RELOCATION_FROM_EMPTY", fromAPost).findings()).isEmpty();
    assertThat(run("RELOCATION_FROM_EMPTY", inPlace).findings()).isEmpty();
    assertThat(
            RuleSet.standard()
                .only("RELOCATION_FROM_EMPTY")
                .validate(fieldLine().withRelocation(move(NAIROBI, BANGKOK)), CONTEXT)
                .findings())
        .isEmpty();
  }

  @Test
  void aPlaceWithNoNameIsShownByItsKind() {
    assertThat(
            run(
                    "RELOCATION_SAME_PLACE",
                    programme()
                        .withPostLines(
                            hqLine()
                                .withRelocation(
                                    move(Location.headquarters(), Location.headquarters()))))
                .findings()
                .get(0)
                .message())
        .isEqualTo("22 post(s) are relocated from headquarters to the same place");
  }
}
