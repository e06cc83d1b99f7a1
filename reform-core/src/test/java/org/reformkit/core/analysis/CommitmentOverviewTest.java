package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reformkit.core.analysis.Fixtures.commitment;
import static org.reformkit.core.analysis.Fixtures.date;
import static org.reformkit.core.analysis.Fixtures.phase;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

class CommitmentOverviewTest {
  private static final LocalDate DAY = LocalDate.of(2016, 1, 1);

  /** a on plan, b on hold, c started late, d overdue, e on plan. */
  private static ReformProgramme programme() {
    return Fixtures.programme()
        .addCommitment(
            commitment("a", Status.IN_PROGRESS)
                .addPhase(phase("x", Status.NOT_STARTED).build())
                .build())
        .addCommitment(
            commitment("b", Status.ON_HOLD).addPhase(phase("x", Status.ON_HOLD).build()).build())
        .addCommitment(
            commitment("c", Status.IN_PROGRESS)
                .addPhase(
                    phase("x", Status.IN_PROGRESS)
                        .plannedStart(date("2015-01-01"))
                        .actualStart(date("2015-03-01"))
                        .build())
                .build())
        .addCommitment(
            commitment("d", Status.IN_PROGRESS)
                .addPhase(phase("x", Status.COMPLETED).build())
                .addPhase(phase("y", Status.IN_PROGRESS).plannedEnd(date("2015-06")).build())
                .addPhase(phase("z", Status.NOT_STARTED).plannedEnd(date("2015-07")).build())
                .build())
        .addCommitment(commitment("e", Status.COMPLETED).build())
        .build();
  }

  private static String id(CommitmentTrouble row) {
    return row.path().steps().get(0).key().orElseThrow();
  }

  @Test
  void commitmentsComeOverdueThenSlippedThenOnHoldFirstAndOtherwiseInProgrammeOrder() {
    CommitmentOverview overview = CommitmentOverview.of(programme(), DAY);

    assertThat(overview.commitments())
        .extracting(CommitmentOverviewTest::id)
        .containsExactly("d", "c", "b", "a", "e");
  }

  @Test
  void eachCommitmentCountsItsPhasesDoneAndInEachTrouble() {
    CommitmentOverview overview = CommitmentOverview.of(programme(), DAY);
    CommitmentTrouble d =
        overview.commitment(ElementPath.root().key("commitments", "d")).orElseThrow();
    CommitmentTrouble e =
        overview.commitment(ElementPath.root().key("commitments", "e")).orElseThrow();

    assertThat(d.rows()).isEqualTo(3);
    assertThat(d.done()).isEqualTo(1);
    assertThat(d.overdue()).isEqualTo(2);
    assertThat(d.slipped()).isZero();
    assertThat(d.blocked()).isZero();
    assertThat(d.inTrouble()).isTrue();
    assertThat(d.share()).isPresent();
    // a commitment without phases is one row of its own
    assertThat(e.rows()).isEqualTo(1);
    assertThat(e.done()).isEqualTo(1);
    assertThat(e.inTrouble()).isFalse();
    assertThat(overview.commitment(ElementPath.root().key("commitments", "none"))).isEmpty();
  }

  @Test
  void slippedAndBlockedCommitmentsCountTheirPhases() {
    CommitmentOverview overview = CommitmentOverview.of(programme(), DAY);

    assertThat(overview.commitments().get(1).slipped()).isEqualTo(1);
    assertThat(overview.commitments().get(1).inTrouble()).isTrue();
    assertThat(overview.commitments().get(2).blocked()).isEqualTo(1);
    assertThat(overview.commitments().get(2).inTrouble()).isTrue();
    assertThat(overview.commitments().get(3).inTrouble()).isFalse();
  }

  @Test
  void aPhaseWithoutAStatedStatusIsInNoTroubleAndLeavesTheShareNotStated() {
    ReformProgramme programme =
        Fixtures.programme()
            .addCommitment(
                commitment("u", Status.IN_PROGRESS)
                    .addPhase(Fixtures.unstatedPhase("x").plannedEnd(date("2015-06")).build())
                    .build())
            .build();

    CommitmentTrouble row = CommitmentOverview.of(programme, DAY).commitments().get(0);

    assertThat(row.inTrouble()).isFalse();
    assertThat(row.shareNotStated()).isTrue();
    assertThat(CommitmentOverview.of(programme, DAY).toTable(Locale.ENGLISH, 5).toString().lines())
        .anySatisfy(l -> assertThat(l).startsWith("Commitment u").endsWith("not stated"));
  }

  @Test
  void tableListsTheFirstCommitmentsThenAddsUpTheOthersThenTheOverallShare() {
    String table = CommitmentOverview.of(programme(), DAY).toTable(Locale.ENGLISH, 2).toString();

    assertThat(table.lines())
        .hasSize(6)
        .anySatisfy(l -> assertThat(l).startsWith("Commitment d"))
        .anySatisfy(l -> assertThat(l).startsWith("Commitment c"))
        .noneSatisfy(l -> assertThat(l).startsWith("Commitment b"));
    // the other three: b, a and e, with 3 rows, 1 done, 1 on hold
    assertThat(table.lines().filter(l -> l.startsWith("other 3 commitments")).findFirst())
        .hasValueSatisfying(
            l -> assertThat(l.split("\\s+")).containsSubsequence("3", "1", "0", "0", "1"));
    assertThat(table.lines().reduce((a, b) -> b))
        .hasValueSatisfying(l -> assertThat(l).startsWith("overall"));
    assertThat(table).contains("overdue", "slipped", "on hold");
    // counts and shares are aligned right: the overall share ends where the heading does
    List<String> lines = table.lines().collect(Collectors.toList());
    assertThat(lines.get(lines.size() - 1)).hasSize(lines.get(0).length());
  }

  @Test
  void tableWithRoomForAllHasNoOtherRowAndSpeaksChinese() {
    CommitmentOverview overview = CommitmentOverview.of(programme(), DAY);

    assertThat(overview.toString()).doesNotContain("other").contains("Commitment e");
    assertThat(overview.toTable(Locale.CHINESE, 1).toString()).contains("逾期", "其余 4 项承诺");
  }

  @Test
  void tableNeedsRoomForOneCommitment() {
    CommitmentOverview overview = CommitmentOverview.of(programme(), DAY);

    assertThatThrownBy(() -> overview.toTable(Locale.ENGLISH, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be at least 1, not 0");
  }

  @Test
  void overviewOfAReportIsJudgedOnTheFirstDayOfItsDateAndEqualsTheSameOverview() {
    CommitmentOverview ofReport =
        CommitmentOverview.of(Fixtures.report("GB.325/INS/15/1", "2016-01", programme()));
    CommitmentOverview ofDay = CommitmentOverview.of(programme(), DAY);

    assertThat(ofReport).isEqualTo(ofDay).hasSameHashCodeAs(ofDay);
    assertThat(ofReport.progress()).isEqualTo(ProgrammeProgress.of(programme(), DAY));
    assertThat(ofReport).isNotEqualTo(CommitmentOverview.of(programme(), LocalDate.of(2015, 1, 1)));
    assertThat(ofReport).isNotEqualTo("overview");
    assertThat(ofReport.hashCode())
        .isNotEqualTo(CommitmentOverview.of(programme(), LocalDate.of(2015, 1, 1)).hashCode());
  }

  @ParameterizedTest
  @EnumSource(Schedule.class)
  void eachScheduleIsInTheTroubleItsNameSays(Schedule schedule) {
    Optional<Trouble> expected =
        switch (schedule) {
          case OVERDUE -> Optional.of(Trouble.OVERDUE);
          case LATE_START, LATE, DONE_LATE -> Optional.of(Trouble.SLIPPED);
          case ON_HOLD -> Optional.of(Trouble.BLOCKED);
          default -> Optional.empty();
        };

    assertThat(schedule.trouble()).isEqualTo(expected);
  }

  @Test
  void everyTroubleHasALabelInEveryLanguage() {
    for (Trouble trouble : EnumSet.allOf(Trouble.class)) {
      assertThat(trouble.label().texts()).containsKeys("en", "zh", "fr", "es");
    }
    assertThat(Trouble.BLOCKED.label().in(Locale.FRENCH)).isEqualTo("suspendu");
  }
}
