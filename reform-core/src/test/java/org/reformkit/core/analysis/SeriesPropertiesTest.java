package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.RuleSet;
import org.reformkit.core.series.ReportSeries;

/**
 * Properties of the series analyses over small generated series (one to four reports whose
 * programmes draw commitments, phases and indicators from small pools, so that items come, go,
 * complete and come back, and about one status in four is not stated). The expectations are
 * computed here from the reports themselves, not from the series' histories.
 */
class SeriesPropertiesTest {

  static Gen<ReportSeries> series() {
    return Generate.range(1, 4)
        .flatMap(
            size ->
                in -> {
                  List<ProgressReport> reports = new ArrayList<>();
                  for (int i = 0; i < size; i++) {
                    reports.add(
                        Fixtures.report(
                            "GB.3" + (20 + i) + "/INS/1",
                            Integer.toString(2010 + i),
                            unstated(Generators.programmes().generate(in), in)));
                  }
                  return ReportSeries.of(reports);
                });
  }

  /** The programme with about one status in four left not stated. */
  private static ReformProgramme unstated(ReformProgramme programme, RandomnessSource in) {
    Gen<Boolean> quarter = Generate.range(0, 3).map(n -> n == 0);
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment commitment : programme.commitments()) {
      List<Phase> phases = new ArrayList<>();
      for (Phase phase : commitment.phases()) {
        phases.add(quarter.generate(in) ? phase.withStatus(Optional.empty()) : phase);
      }
      Commitment c = commitment.withPhases(phases);
      commitments.add(quarter.generate(in) ? c.withStatus(Optional.empty()) : c);
    }
    return programme.withCommitments(commitments);
  }

  /** Every item of a programme by path, with whether the report states it closed. */
  private static void items(
      ReformProgramme programme, Set<ElementPath> paths, Set<ElementPath> closed) {
    ElementPath root = ElementPath.root();
    for (Commitment commitment : programme.commitments()) {
      ElementPath path = root.key("commitments", commitment.id());
      add(path, isClosed(commitment.status()), paths, closed);
      for (Phase phase : commitment.phases()) {
        add(path.key("phases", phase.id()), isClosed(phase.status()), paths, closed);
      }
      for (Milestone milestone : commitment.milestones()) {
        add(path.key("milestones", milestone.id()), isClosed(milestone.status()), paths, closed);
      }
    }
    for (Indicator indicator : programme.indicators()) {
      add(root.key("indicators", indicator.id()), false, paths, closed);
    }
  }

  /** A status not stated is not closed: nothing is invented. */
  private static boolean isClosed(Optional<Status> status) {
    return status.equals(Optional.of(Status.COMPLETED))
        || status.equals(Optional.of(Status.CANCELLED));
  }

  private static void add(
      ElementPath path, boolean isClosed, Set<ElementPath> paths, Set<ElementPath> closed) {
    paths.add(path);
    if (isClosed) {
      closed.add(path);
    }
  }

  @Test
  void everyItemIsInTheLastReportOrClosedOrDroppedAndNeverDroppedAndEitherOfTheOthers() {
    qt().forAll(series())
        .checkAssert(
            series -> {
              Set<ElementPath> all = new LinkedHashSet<>();
              Set<ElementPath> closed = new LinkedHashSet<>();
              for (ProgressReport report : series.reports()) {
                items(report.programme(), all, closed);
              }
              Set<ElementPath> inLast = new LinkedHashSet<>();
              items(series.last().programme(), inLast, new LinkedHashSet<>());
              Set<ElementPath> dropped = new LinkedHashSet<>();
              Analyses.droppedItems(series).rows().forEach(r -> dropped.add(r.path()));

              assertThat(all).containsAll(dropped);
              for (ElementPath path : all) {
                boolean last = inLast.contains(path);
                boolean ended = closed.contains(path);
                boolean gone = dropped.contains(path);
                assertThat(last || ended || gone).as("%s is accounted for", path).isTrue();
                assertThat(gone && (last || ended)).as("%s is dropped and more", path).isFalse();
              }
            });
  }

  @Test
  void theDroppedRuleAndTheDroppedItemsNameTheSameItems() {
    qt().forAll(series())
        .checkAssert(
            series ->
                assertThat(
                        RuleSet.standard()
                            .only("SERIES_ITEM_DROPPED")
                            .validate(series, Locale.ENGLISH)
                            .findings()
                            .stream()
                            .map(Finding::path)
                            .toList())
                    .containsExactlyElementsOf(
                        Analyses.droppedItems(series).rows().stream()
                            .map(DroppedItem::path)
                            .toList()));
  }

  @Test
  void aStaleRunIsNeverShorterThanKAndAlwaysStatedUnderWay() {
    qt().forAll(series(), Generate.range(2, 4))
        .checkAssert(
            (series, k) -> {
              for (StaleItem row : Analyses.staleItems(series, k).rows()) {
                assertThat(row.reports()).isGreaterThanOrEqualTo(k);
                assertThat(row.status().isBegun() && !row.status().isClosed()).isTrue();
              }
            });
  }

  @Test
  void everyTrajectoryHasOneStatusPerReportAndIsListedWhereItWasSeen() {
    qt().forAll(series())
        .checkAssert(
            series -> {
              for (Trajectory row : Analyses.trajectories(series).rows()) {
                assertThat(row.statuses()).hasSize(series.size());
                assertThat(row.statuses().get(row.firstSeen()).listed()).isTrue();
                assertThat(row.statuses().get(row.lastSeen()).listed()).isTrue();
                assertThat(row.statuses().subList(0, row.firstSeen())).allMatch(s -> !s.listed());
              }
            });
  }
}
