package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Status;

/** The small judgements the indicator progress and the timeline are made of, at their edges. */
class IndicatorJudgementTest {
  private static final BigDecimal TEN = BigDecimal.TEN;

  @ParameterizedTest
  @EnumSource(MeasureKind.class)
  void onlyCountsPercentagesAmountsAndNumbersAreNumeric(MeasureKind kind) {
    boolean expected =
        switch (kind) {
          case COUNT, PERCENTAGE, AMOUNT, NUMBER -> true;
          default -> false;
        };

    assertThat(IndicatorProgress.numeric(kind)).isEqualTo(expected);
  }

  @Test
  void targetIsAchievedAtItsValueInEveryDirection() {
    assertThat(IndicatorProgress.achieved(Direction.HIGHER_IS_BETTER, TEN, TEN)).isTrue();
    assertThat(IndicatorProgress.achieved(Direction.LOWER_IS_BETTER, TEN, TEN)).isTrue();
    assertThat(IndicatorProgress.achieved(Direction.HOLD, TEN, TEN)).isTrue();
  }

  @Test
  void targetIsMissedOnTheWrongSide() {
    BigDecimal nine = new BigDecimal("9.99");
    BigDecimal eleven = new BigDecimal("10.01");

    assertThat(IndicatorProgress.achieved(Direction.HIGHER_IS_BETTER, nine, TEN)).isFalse();
    assertThat(IndicatorProgress.achieved(Direction.HIGHER_IS_BETTER, eleven, TEN)).isTrue();
    assertThat(IndicatorProgress.achieved(Direction.LOWER_IS_BETTER, eleven, TEN)).isFalse();
    assertThat(IndicatorProgress.achieved(Direction.LOWER_IS_BETTER, nine, TEN)).isTrue();
    assertThat(IndicatorProgress.achieved(Direction.HOLD, nine, TEN)).isFalse();
    assertThat(IndicatorProgress.achieved(Direction.HOLD, eleven, TEN)).isFalse();
  }

  @Test
  void statusOnADayBeforeTheActualStartOfABegunElementIsNotStarted() {
    LocalDate day = LocalDate.of(2015, 9, 30);
    Optional<org.reformkit.core.model.PartialDate> october =
        Optional.of(Fixtures.date("2015-10"));

    for (Status begun : new Status[] {Status.IN_PROGRESS, Status.COMPLETED, Status.ON_HOLD}) {
      assertThat(Dates.statusOn(begun, october, Optional.empty(), day)).isEqualTo(Status.NOT_STARTED);
      assertThat(Dates.statusOn(begun, Optional.of(Fixtures.date("2015-09")), Optional.empty(), day))
          .isEqualTo(begun);
    }
    assertThat(Dates.statusOn(Status.CANCELLED, october, Optional.empty(), day))
        .isEqualTo(Status.CANCELLED);
    assertThat(Dates.statusOn(Status.NOT_STARTED, october, Optional.empty(), day))
        .isEqualTo(Status.NOT_STARTED);
  }

  @Test
  void completedElementWasInProgressBeforeItsActualEnd() {
    LocalDate day = LocalDate.of(2015, 9, 30);

    assertThat(
            Dates.statusOn(
                Status.COMPLETED,
                Optional.of(Fixtures.date("2015-07")),
                Optional.of(Fixtures.date("2015-10")),
                day))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(
            Dates.statusOn(
                Status.COMPLETED,
                Optional.of(Fixtures.date("2015-07")),
                Optional.of(Fixtures.date("2015-09")),
                day))
        .isEqualTo(Status.COMPLETED);
    assertThat(
            Dates.statusOn(
                Status.IN_PROGRESS, Optional.empty(), Optional.of(Fixtures.date("2015-10")), day))
        .isEqualTo(Status.IN_PROGRESS);
  }
}
