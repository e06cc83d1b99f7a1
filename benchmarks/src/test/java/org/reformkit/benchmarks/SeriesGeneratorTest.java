package org.reformkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformkit.benchmarks.data.PlantedSeries;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.benchmarks.data.SeriesGenerator;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.DroppedItem;
import org.reformkit.core.analysis.SlipRow;
import org.reformkit.core.analysis.StaleItem;
import org.reformkit.core.analysis.StatedValue;
import org.reformkit.core.analysis.Trajectory;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.PartialDate;

/**
 * The series analyses on a synthetic agency-size series find exactly what the generator planted, as
 * its own record says: every dropped, stale, slipped, completed and restated item, and nothing
 * else.
 */
class SeriesGeneratorTest {
  private static final int REPORTS = 5;
  private static PlantedSeries planted;

  @BeforeAll
  static void generate() {
    planted = SeriesGenerator.series(ProgrammeSize.AGENCY, REPORTS, 7L);
  }

  @Test
  void theGeneratorPlantsSomethingOfEachKindInASeriesOfOneProgramme() {
    assertThat(planted.series().size()).isEqualTo(REPORTS);
    assertThat(planted.dropped()).isNotEmpty();
    assertThat(planted.stale()).isNotEmpty();
    assertThat(planted.completed()).isNotEmpty();
    assertThat(planted.slips()).isNotEmpty();
    assertThat(planted.restated()).isNotEmpty();
  }

  @Test
  void theSameSeedMakesTheSameSeriesAndAnotherSeedAnother() {
    assertThat(SeriesGenerator.series(ProgrammeSize.AGENCY, REPORTS, 7L)).isEqualTo(planted);
    assertThat(SeriesGenerator.series(ProgrammeSize.AGENCY, REPORTS, 8L).dropped())
        .isNotEqualTo(planted.dropped());
  }

  @Test
  void droppedItemsAreExactlyThePlantedVanishings() {
    assertThat(Analyses.droppedItems(planted.series()).rows())
        .extracting(DroppedItem::path)
        .containsExactlyInAnyOrderElementsOf(planted.dropped());
  }

  @Test
  void staleItemsAreExactlyThePlantedStallsOverTheWholeSeries() {
    assertThat(Analyses.staleItems(planted.series()).rows())
        .allSatisfy(
            row -> {
              assertThat(row.from()).isZero();
              assertThat(row.to()).isEqualTo(REPORTS - 1);
            })
        .extracting(StaleItem::path)
        .containsExactlyInAnyOrderElementsOf(planted.stale());
  }

  @Test
  void slipHistoryIsExactlyThePlantedSlipsEachCertainlyLate() {
    Map<ElementPath, Integer> found = new LinkedHashMap<>();
    for (SlipRow row : Analyses.slipHistory(planted.series()).rows()) {
      assertThat(row.field()).isEqualTo("plannedEnd");
      assertThat(row.certainlySlipped()).as("%s slipped", row.path()).isTrue();
      found.put(row.path(), row.moves());
    }
    assertThat(found).isEqualTo(planted.slips());
  }

  @Test
  void trajectoriesCompleteExactlyThePlantedPhasesInThePlantedReports() {
    Map<ElementPath, Integer> completedLater =
        Analyses.trajectories(planted.series()).rows().stream()
            .filter(row -> row.completedIn().map(r -> r > 0).orElse(false))
            .collect(Collectors.toMap(Trajectory::path, row -> row.completedIn().orElseThrow()));
    assertThat(completedLater).isEqualTo(planted.completed());
  }

  @Test
  void indicatorHistoryRestatesExactlyThePlantedMeasurements() {
    Map<ElementPath, PartialDate> restated = new LinkedHashMap<>();
    for (StatedValue row : Analyses.indicatorHistory(planted.series()).restated()) {
      restated.put(row.path(), row.date().orElseThrow());
    }
    assertThat(restated).isEqualTo(planted.restated());
  }

  @Test
  void aPlantedSeriesNeedsThreeReports() {
    assertThatThrownBy(() -> SeriesGenerator.series(ProgrammeSize.AGENCY, 2, 7L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a planted series needs at least 3 reports, not 2");
  }
}
