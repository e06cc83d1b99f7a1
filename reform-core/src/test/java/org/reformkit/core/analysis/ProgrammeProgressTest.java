package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.commitment;
import static org.reformkit.core.analysis.Fixtures.date;
import static org.reformkit.core.analysis.Fixtures.phase;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

class ProgrammeProgressTest {
  private static final LocalDate DAY = LocalDate.of(2015, 11, 1);

  private static ReformProgramme programme() {
    return Fixtures.programme()
        .addCommitment(
            commitment("bpr", Status.IN_PROGRESS)
                .addPhase(phase("a", Status.COMPLETED).build())
                .addPhase(phase("b", Status.COMPLETED).build())
                .addPhase(phase("c", Status.IN_PROGRESS).build())
                .addPhase(phase("d", Status.NOT_STARTED).build())
                .addPhase(phase("x", Status.CANCELLED).build())
                .build())
        .addCommitment(commitment("done", Status.COMPLETED).build())
        .addCommitment(commitment("dropped", Status.CANCELLED).build())
        .build();
  }

  @Test
  void phasesWeighOneWhenCompletedHalfWhenBegunAndCancelledOnesAreLeftOut() {
    CommitmentProgress bpr = ProgrammeProgress.of(programme(), DAY).commitments().get(0);

    assertThat(bpr.phases()).isEqualTo(5);
    assertThat(bpr.completed()).isEqualTo(2);
    assertThat(bpr.begun()).isEqualTo(1);
    assertThat(bpr.notStarted()).isEqualTo(1);
    assertThat(bpr.cancelled()).isEqualTo(1);
    assertThat(bpr.share()).contains(new BigDecimal("0.625"));
  }

  @Test
  void overallIsTheMeanOfCommitmentsThatHaveAShare() {
    ProgrammeProgress progress = ProgrammeProgress.of(programme(), DAY);

    assertThat(progress.commitments().get(2).share()).isEmpty();
    assertThat(progress.overall()).contains(new BigDecimal("0.8125"));
  }

  @Test
  void phaseCompletedAfterTheDayCountsAsBegun() {
    ReformProgramme programme =
        Fixtures.programme()
            .addCommitment(
                commitment("c", Status.IN_PROGRESS)
                    .addPhase(phase("a", Status.COMPLETED).actualEnd(date("2015-12")).build())
                    .build())
            .build();

    assertThat(ProgrammeProgress.of(programme, DAY).overall()).contains(new BigDecimal("0.5"));
  }

  @Test
  void printsAnOverallRow() {
    assertThat(ProgrammeProgress.of(programme(), DAY).toString())
        .isEqualTo(
            "Commitment          Status 2015-11-01  Phases  Done  Begun  Not started  Progress\n"
                + "------------------  -----------------  ------  ----  -----  ----------- "
                + " --------\n"
                + "Commitment bpr      in progress             5     2      1            1      "
                + " 63%\n"
                + "Commitment done     completed                                               "
                + " 100%\n"
                + "Commitment dropped  cancelled\n"
                + "overall                                                                      "
                + " 81%\n");
  }
}
