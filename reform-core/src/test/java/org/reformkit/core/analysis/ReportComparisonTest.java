package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.commitment;
import static org.reformkit.core.analysis.Fixtures.date;
import static org.reformkit.core.analysis.Fixtures.phase;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;

class ReportComparisonTest {
  private static PostLine line(int count) {
    return PostLine.builder()
        .id(PostLineId.of("hq"))
        .count(count)
        .location(Location.headquarters())
        .category(PostCategory.TECHNICAL)
        .origin(PostOrigin.of(OriginKind.NEW))
        .build();
  }

  private static Indicator interviews(Measurement... measurements) {
    return Indicator.builder()
        .id(IndicatorId.of("interviews"))
        .name(Fixtures.text("Interviews"))
        .measure(Measure.of(MeasureKind.COUNT))
        .direction(Direction.HIGHER_IS_BETTER)
        .addMeasurements(measurements)
        .build();
  }

  private static ProgressReport older() {
    return Fixtures.report(
        "GB.323/INS/1",
        "2015-03",
        Fixtures.programme()
            .addCommitment(
                commitment("bpr", Status.NOT_STARTED)
                    .addPhase(phase("a", Status.NOT_STARTED).build())
                    .addPhase(phase("b", Status.COMPLETED).plannedEnd(date("2015-06")).build())
                    .build())
            .addCommitment(commitment("gone", Status.IN_PROGRESS).build())
            .addPostLine(line(20))
            .addIndicator(interviews())
            .build());
  }

  private static ProgressReport newer() {
    ProgressReport report =
        Fixtures.report(
            "GB.325/INS/1",
            "2015-11",
            Fixtures.programme()
                .addCommitment(
                    commitment("bpr", Status.IN_PROGRESS)
                        .started(date("2015-07"))
                        .addPhase(phase("a", Status.COMPLETED).build())
                        .addPhase(
                            phase("b", Status.IN_PROGRESS).plannedEnd(date("2015-12")).build())
                        .build())
                .addCommitment(commitment("new", Status.NOT_STARTED).build())
                .addPostLine(line(22))
                .addIndicator(
                    interviews(
                        Measurement.builder()
                            .value(IndicatorValue.count(75))
                            .date(date("2015-11"))
                            .build()))
                .build());
    GoverningBodyDocument document = report.document();
    return report.withDocument(
        document.withFootnotes(
            Footnote.builder()
                .number(1)
                .text(LocalizedText.of("en", "GB.325/POL/7."))
                .addReference(DocumentReference.of(DocumentSymbol.parse("GB.325/POL/7")))
                .build()));
  }

  private static Change change(String path, ChangeKind kind, String oldValue, String newValue) {
    return new Change(
        ElementPath.parse(path),
        kind,
        Optional.ofNullable(oldValue).map(v -> LocalizedText.of("en", v)),
        Optional.ofNullable(newValue).map(v -> LocalizedText.of("en", v)));
  }

  @Test
  void reportComparedWithItselfHasNoChanges() {
    assertThat(ReportComparison.between(newer(), newer()).isEmpty()).isTrue();
  }

  @Test
  void findsStatusMovesDatesCountsMeasurementsAndCitations() {
    ReportComparison comparison = ReportComparison.between(older(), newer());

    assertThat(comparison.changes())
        .extracting(c -> c.path().toString(), Change::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "commitments[bpr].status", ChangeKind.STATUS_FORWARD),
            org.assertj.core.groups.Tuple.tuple(
                "commitments[bpr].started", ChangeKind.DATE_CHANGED),
            org.assertj.core.groups.Tuple.tuple(
                "commitments[bpr].phases[a].status", ChangeKind.STATUS_FORWARD),
            org.assertj.core.groups.Tuple.tuple(
                "commitments[bpr].phases[b].status", ChangeKind.STATUS_BACKWARD),
            org.assertj.core.groups.Tuple.tuple(
                "commitments[bpr].phases[b].plannedEnd", ChangeKind.DATE_CHANGED),
            org.assertj.core.groups.Tuple.tuple("commitments[new]", ChangeKind.ADDED),
            org.assertj.core.groups.Tuple.tuple("commitments[gone]", ChangeKind.REMOVED),
            org.assertj.core.groups.Tuple.tuple("postLines[hq].count", ChangeKind.COUNT_CHANGED),
            org.assertj.core.groups.Tuple.tuple(
                "indicators[interviews].measurements[2015-11]", ChangeKind.ADDED),
            org.assertj.core.groups.Tuple.tuple("citations[GB.325/POL/7]", ChangeKind.NEWLY_CITED));
  }

  @Test
  void eachChangeCarriesOldAndNewValues() {
    ReportComparison comparison = ReportComparison.between(older(), newer());

    assertThat(comparison.at(ElementPath.parse("commitments[bpr].phases[b]")))
        .containsExactly(
            new Change(
                ElementPath.parse("commitments[bpr].phases[b].status"),
                ChangeKind.STATUS_BACKWARD,
                Optional.of(
                    LocalizedText.zhEn("已完成", "completed")
                        .and("fr", "achevé")
                        .and("es", "terminado")),
                Optional.of(
                    LocalizedText.zhEn("进行中", "in progress")
                        .and("fr", "en cours")
                        .and("es", "en curso"))),
            change(
                "commitments[bpr].phases[b].plannedEnd",
                ChangeKind.DATE_CHANGED,
                "2015-06",
                "2015-12"));
    assertThat(comparison.at(ElementPath.parse("postLines[hq]")))
        .containsExactly(change("postLines[hq].count", ChangeKind.COUNT_CHANGED, "20", "22"));
  }

  @Test
  void pathWithoutAKeySelectsEveryElementOfThatList() {
    ReportComparison comparison = ReportComparison.between(older(), newer());

    assertThat(comparison.at(ElementPath.parse("commitments"))).hasSize(7);
    assertThat(comparison.at(ElementPath.parse("commitments[bpr].phases")))
        .extracting(c -> c.path().toString())
        .containsExactly(
            "commitments[bpr].phases[a].status",
            "commitments[bpr].phases[b].status",
            "commitments[bpr].phases[b].plannedEnd");
  }

  @Test
  void backwardMovesAndRemovalsNeedAttention() {
    assertThat(ReportComparison.between(older(), newer()).needingAttention())
        .extracting(c -> c.path().toString())
        .containsExactly("commitments[bpr].phases[b].status", "commitments[gone]");
  }

  @Test
  void comparingTheOtherWayRoundMirrorsEveryChange() {
    assertThat(ReportComparison.between(newer(), older()).changes())
        .containsExactlyInAnyOrderElementsOf(
            ReportComparison.between(older(), newer()).mirrored().changes());
  }

  @Test
  void printsAHeadingAndMarksChangesNeedingAttention() {
    assertThat(ReportComparison.between(older(), newer()).toString())
        .isEqualTo(
            "GB.323/INS/1 (2015-03) -> GB.325/INS/1 (2015-11): 10 changes\n"
                + "!  Path                                          Change           Old           "
                + "   New\n"
                + "-  --------------------------------------------  --------------- "
                + " ---------------  --------------\n"
                + "   commitments[bpr].status                       status forward   not started   "
                + "   in progress\n"
                + "   commitments[bpr].started                      date changed                   "
                + "   2015-07\n"
                + "   commitments[bpr].phases[a].status             status forward   not started   "
                + "   completed\n"
                + "!  commitments[bpr].phases[b].status             status BACKWARD  completed     "
                + "   in progress\n"
                + "   commitments[bpr].phases[b].plannedEnd         date changed     2015-06       "
                + "   2015-12\n"
                + "   commitments[new]                              added                          "
                + "   Commitment new\n"
                + "!  commitments[gone]                             removed          Commitment"
                + " gone\n"
                + "   postLines[hq].count                           count changed    20            "
                + "   22\n"
                + "   indicators[interviews].measurements[2015-11]  added                          "
                + "   75\n"
                + "   citations[GB.325/POL/7]                       newly cited                    "
                + "   GB.325/POL/7\n");
  }

  @Test
  void printsChineseLabels() {
    assertThat(ReportComparison.between(older(), newer()).toTable(Locale.CHINESE).toString())
        .contains("   commitments[bpr].status                       状态前进  未开始             进行中\n")
        .contains("!  commitments[gone]                             删除      中Commitment gone\n");
  }
}
