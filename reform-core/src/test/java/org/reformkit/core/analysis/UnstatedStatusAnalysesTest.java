package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.commitment;
import static org.reformkit.core.analysis.Fixtures.date;
import static org.reformkit.core.analysis.Fixtures.phase;
import static org.reformkit.core.analysis.Fixtures.report;
import static org.reformkit.core.analysis.Fixtures.unstatedCommitment;
import static org.reformkit.core.analysis.Fixtures.unstatedPhase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/** Analyses never count a status the report does not state: they say "not stated". */
class UnstatedStatusAnalysesTest {
  private static final LocalDate DAY = LocalDate.of(2015, 11, 1);

  /** Three workstreams whose status the report does not state, and one that is done. */
  private static ReformProgramme workstreams() {
    return Fixtures.programme()
        .addCommitment(unstatedCommitment("a").build())
        .addCommitment(unstatedCommitment("b").build())
        .addCommitment(unstatedCommitment("c").due(date("2014")).build())
        .addCommitment(commitment("done", Status.COMPLETED).build())
        .build()
        .withStatus(Optional.empty());
  }

  @Test
  void aCommitmentWithoutPhasesWhoseStatusIsNotStatedHasNoShare() {
    CommitmentProgress a = ProgrammeProgress.of(workstreams(), DAY).commitments().get(0);

    assertThat(a.status()).isEmpty();
    assertThat(a.share()).isEmpty();
    assertThat(a.shareNotStated()).isTrue();
  }

  @Test
  void overallIsGivenOverWhatIsKnownWithTheCountOfWhatIsNot() {
    ProgrammeProgress progress = ProgrammeProgress.of(workstreams(), DAY);

    assertThat(progress.overall()).contains(new BigDecimal("1.0"));
    assertThat(progress.notStated()).isEqualTo(3);
  }

  @Test
  void nothingStatedMeansNoOverallShareAtAll() {
    ReformProgramme programme =
        Fixtures.programme().addCommitment(unstatedCommitment("a").build()).build();
    ProgrammeProgress progress = ProgrammeProgress.of(programme, DAY);

    assertThat(progress.overall()).isEmpty();
    assertThat(progress.notStated()).isEqualTo(1);
    assertThat(progress.toString())
        .contains("Commitment a  not stated")
        .containsPattern("\noverall +1 not stated\n$");
  }

  @Test
  void theTableSaysNotStatedAndInventsNoPercentage() {
    String table = ProgrammeProgress.of(workstreams(), DAY).toString();

    assertThat(table)
        .isEqualTo(
            String.join(
                    "\n",
                    "Commitment       Status 2015-11-01  Phases  Done  Begun  Not started            Progress",
                    "---------------  -----------------  ------  ----  -----  -----------  ------------------",
                    "Commitment a     not stated                                                   not stated",
                    "Commitment b     not stated                                                   not stated",
                    "Commitment c     not stated                                                   not stated",
                    "Commitment done  completed                                                          100%",
                    "overall                                                               100%, 3 not stated")
                + "\n");
    assertThat(table).doesNotContain("50%");
  }

  @Test
  void theTableSpeaksEachLanguage() {
    ProgrammeProgress progress = ProgrammeProgress.of(workstreams(), DAY);

    assertThat(progress.toTable(Locale.CHINESE).toString()).contains("未说明", "100%，3 项未说明");
    assertThat(progress.toTable(Locale.FRENCH).toString()).contains("non précisé");
    assertThat(progress.toTable(Locale.forLanguageTag("es")).toString()).contains("no indicado");
  }

  @Test
  void phasesWhoseStatusIsNotStatedAreCountedApartAndLeftOutOfTheShare() {
    ReformProgramme programme =
        Fixtures.programme()
            .addCommitment(
                commitment("bpr", Status.IN_PROGRESS)
                    .addPhase(phase("a", Status.COMPLETED).build())
                    .addPhase(unstatedPhase("b").build())
                    .addPhase(phase("c", Status.NOT_STARTED).build())
                    .build())
            .build();
    ProgrammeProgress progress = ProgrammeProgress.of(programme, DAY);
    CommitmentProgress bpr = progress.commitments().get(0);

    assertThat(bpr.notStated()).isEqualTo(1);
    assertThat(bpr.completed() + bpr.begun() + bpr.notStarted()).isEqualTo(2);
    assertThat(bpr.share()).contains(new BigDecimal("0.5"));
    assertThat(bpr.shareNotStated()).isFalse();
    assertThat(progress.notStated()).isZero();
    assertThat(progress.toString())
        .contains("Not stated")
        .contains(
            "Commitment bpr  in progress             3     1      0            1           1");
  }

  @Test
  void aCommitmentWhosePhasesAreAllUnstatedHasNoShareNorDoesItGuessFromItsOwnStatus() {
    ReformProgramme programme =
        Fixtures.programme()
            .addCommitment(
                commitment("bpr", Status.IN_PROGRESS)
                    .addPhase(unstatedPhase("a").build())
                    .addPhase(phase("x", Status.CANCELLED).build())
                    .build())
            .addCommitment(
                commitment("dropped", Status.IN_PROGRESS)
                    .addPhase(phase("x", Status.CANCELLED).build())
                    .build())
            .build();
    ProgrammeProgress progress = ProgrammeProgress.of(programme, DAY);

    assertThat(progress.commitments().get(0).share()).isEmpty();
    assertThat(progress.commitments().get(0).shareNotStated()).isTrue();
    assertThat(progress.commitments().get(1).shareNotStated()).isFalse();
    assertThat(progress.notStated()).isEqualTo(1);
    assertThat(progress.overall()).isEmpty();
  }

  @Test
  void theTimelineShowsNotStatedAndClaimsNoScheduleEvenWhenTheDueDateHasPassed() {
    PhaseTimeline timeline = PhaseTimeline.of(workstreams(), DAY);
    TimelineRow c = timeline.row(ElementPath.root().key("commitments", "c")).orElseThrow();

    assertThat(c.recordedStatus()).isEmpty();
    assertThat(c.statusAsOf()).isEmpty();
    assertThat(c.schedule()).isEqualTo(Schedule.NOT_STATED);
    assertThat(timeline.toString()).contains("not stated").contains("status not stated");
    assertThat(Schedule.NOT_STATED.label().in(Locale.CHINESE)).isEqualTo("状态未说明");
  }

  @Test
  void aStatusNoLongerStatedIsAPlainChangeShownAsNotStated() {
    ReformProgramme older =
        Fixtures.programme().addCommitment(commitment("a", Status.IN_PROGRESS).build()).build();
    ReformProgramme newer =
        Fixtures.programme().addCommitment(unstatedCommitment("a").build()).build();

    ReportComparison comparison =
        Analyses.compare(
            report("GB.323/INS/9", "2015-03", older), report("GB.325/INS/15/1", "2015-11", newer));

    assertThat(comparison.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path().toString()).isEqualTo("commitments[a].status");
              assertThat(c.kind()).isEqualTo(ChangeKind.STATUS_CHANGED);
              assertThat(c.oldValue().orElseThrow().in(Locale.ENGLISH)).isEqualTo("in progress");
              assertThat(c.newValue().orElseThrow().in(Locale.ENGLISH)).isEqualTo("not stated");
            });
    assertThat(
            Analyses.compare(
                    report("GB.325/INS/15/1", "2015-11", newer),
                    report("GB.325/INS/15/1", "2015-11", newer))
                .changes())
        .isEmpty();
  }

  @Test
  void theStatusOnADayOfAnUnstatedStatusStaysUnstated() {
    assertThat(Status.onDay(Optional.empty(), DAY, Optional.of(date("2015-12")), Optional.empty()))
        .isEmpty();
    assertThat(
            Status.onDay(
                Optional.of(Status.IN_PROGRESS),
                DAY,
                Optional.of(date("2015-12")),
                Optional.empty()))
        .contains(Status.NOT_STARTED);
  }
}
