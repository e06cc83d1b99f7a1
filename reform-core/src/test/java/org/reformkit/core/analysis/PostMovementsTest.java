package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.text;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;

class PostMovementsTest {
  private static final Location NEW_YORK =
      Location.headquarters().withDutyStation(DutyStation.of(text("New York"), "US"));
  private static final Location NAIROBI_HUB =
      Location.of(LocationKind.FIELD_OFFICE, text("Regional hub"))
          .withDutyStation(DutyStation.of(text("Nairobi"), "KE"));
  private static final Location NAIROBI_REGION =
      Location.of(LocationKind.REGION, text("Africa"))
          .withDutyStation(DutyStation.of(text("Nairobi"), "KE"));
  private static final Location BANGKOK = Location.of(LocationKind.REGION, text("Asia"));

  private static Relocation move(Location from, Location to) {
    return Relocation.builder().from(from).to(to).build();
  }

  private static PostLine line(String id, int count, Relocation move) {
    return PostLine.builder()
        .id(PostLineId.of(id))
        .count(count)
        .location(move.to().orElseThrow())
        .category(PostCategory.TECHNICAL)
        .origin(PostOrigin.of(OriginKind.REDEPLOYED))
        .relocation(move)
        .build();
  }

  private static ProgressReport report(ReformProgramme programme) {
    return Fixtures.report("GB.325/INS/15/1", "2015-11", programme);
  }

  private static ReformProgramme programme() {
    return Fixtures.programme()
        .addPostLine(line("to-nairobi", 12, move(NEW_YORK, NAIROBI_HUB)))
        .addPostLine(line("to-nairobi-region", 3, move(NEW_YORK, NAIROBI_REGION)))
        .addPostLine(line("to-bangkok", 5, move(NAIROBI_HUB, BANGKOK)))
        .addPostLine(
            PostLine.builder()
                .id(PostLineId.of("unmoved"))
                .count(40)
                .location(NEW_YORK)
                .category(PostCategory.TECHNICAL)
                .origin(PostOrigin.of(OriginKind.EXISTING))
                .build())
        .addPost(
            Post.builder()
                .id(PostId.of("p1"))
                .location(BANGKOK)
                .category(PostCategory.SUPPORT)
                .origin(PostOrigin.of(OriginKind.REDEPLOYED))
                .relocation(move(Location.field(), BANGKOK))
                .build())
        .build();
  }

  @Test
  void countsPostsInAndOutOfEachDutyStationAndTheNet() {
    PostMovements movements = Analyses.postMovements(report(programme()));

    assertThat(movements.rows())
        .extracting(r -> r.place().in(Locale.ENGLISH), MovementRow::in, MovementRow::out)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Nairobi (KE)", 15, 5),
            org.assertj.core.groups.Tuple.tuple("New York (US)", 0, 15),
            org.assertj.core.groups.Tuple.tuple("region Asia", 6, 0),
            org.assertj.core.groups.Tuple.tuple("field", 0, 1));
    assertThat(movements.rows().get(0).net()).isEqualTo(10);
    assertThat(movements.rows().get(1).net()).isEqualTo(-15);
  }

  @Test
  void tableSignsTheNetAndSpeaksTheLocalesLanguage() {
    PostMovements movements = Analyses.postMovements(report(programme()));

    assertThat(movements.toTable().headers()).containsExactly("Duty station", "In", "Out", "Net");
    assertThat(movements.toTable().rows())
        .containsExactly(
            com.google.common.collect.ImmutableList.of("Nairobi (KE)", "15", "5", "+10"),
            com.google.common.collect.ImmutableList.of("New York (US)", "0", "15", "-15"),
            com.google.common.collect.ImmutableList.of("region Asia", "6", "0", "+6"),
            com.google.common.collect.ImmutableList.of("field", "0", "1", "-1"));
    assertThat(movements.toTable(Locale.CHINESE).rows().get(0).get(0)).isEqualTo("中Nairobi（KE）");
    assertThat(movements.toString()).isEqualTo(movements.toTable().toString());
  }

  @Test
  void aMoveInPlaceNetsZeroAndNoMovesGiveNoRows() {
    ReformProgramme inPlace =
        Fixtures.programme().addPostLine(line("stay", 4, move(BANGKOK, BANGKOK))).build();

    assertThat(Analyses.postMovements(report(inPlace)).toTable().rows())
        .containsExactly(com.google.common.collect.ImmutableList.of("region Asia", "4", "4", "0"));
    assertThat(Analyses.postMovements(report(Fixtures.programme().build())).rows()).isEmpty();
  }

  @Test
  void postsWithNoStatedDestinationCountOutOfTheirOriginAndIntoOneNotStatedRow() {
    ReformProgramme undecided =
        Fixtures.programme()
            .addPostLine(line("to-nairobi", 12, move(NEW_YORK, NAIROBI_HUB)))
            .addPostLine(
                PostLine.builder()
                    .id(PostLineId.of("out-of-new-york"))
                    .count(7)
                    .location(NEW_YORK)
                    .category(PostCategory.TECHNICAL)
                    .origin(PostOrigin.of(OriginKind.EXISTING))
                    .relocation(Relocation.builder().from(NEW_YORK).build())
                    .build())
            .addPost(
                Post.builder()
                    .id(PostId.of("p1"))
                    .location(BANGKOK)
                    .category(PostCategory.SUPPORT)
                    .origin(PostOrigin.of(OriginKind.EXISTING))
                    .relocation(Relocation.builder().from(BANGKOK).build())
                    .build())
            .build();

    PostMovements movements = Analyses.postMovements(report(undecided));

    assertThat(movements.toTable().rows())
        .containsExactly(
            com.google.common.collect.ImmutableList.of("Nairobi (KE)", "12", "0", "+12"),
            com.google.common.collect.ImmutableList.of("New York (US)", "0", "19", "-19"),
            com.google.common.collect.ImmutableList.of("destination not stated", "8", "0", "+8"),
            com.google.common.collect.ImmutableList.of("region Asia", "0", "1", "-1"));
    // no place is invented for them: one row, named in each language
    MovementRow unstated = movements.rows().get(2);
    assertThat(unstated.place().in(Locale.CHINESE)).isEqualTo("目的地未说明");
    assertThat(unstated.place().in(Locale.FRENCH)).isEqualTo("destination non précisée");
    assertThat(unstated.place().in(Locale.forLanguageTag("es"))).isEqualTo("destino no indicado");
    assertThat(movements.rows().stream().mapToInt(MovementRow::net).sum()).isZero();
  }

  @Test
  void movementsAreValues() {
    PostMovements movements = Analyses.postMovements(report(programme()));
    PostMovements same = Analyses.postMovements(report(programme()));
    PostMovements other = Analyses.postMovements(report(Fixtures.programme().build()));

    assertThat(movements).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(movements.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(movements.rows().get(0).hashCode()).isNotEqualTo(movements.rows().get(1).hashCode());
    assertThat(movements).isNotEqualTo("movements");
    MovementRow row = movements.rows().get(0);
    assertThat(row).isEqualTo(same.rows().get(0)).hasSameHashCodeAs(same.rows().get(0));
    assertThat(row).isNotEqualTo(movements.rows().get(1)).isNotEqualTo("row");
    assertThat(row)
        .isNotEqualTo(new MovementRow(row.place(), row.in() + 1, row.out()))
        .isNotEqualTo(new MovementRow(row.place(), row.in(), row.out() + 1))
        .isNotEqualTo(new MovementRow(LocalizedText.of("en", "x"), row.in(), row.out()));
    assertThat(row.toString()).contains("in 15, out 5");
  }
}
