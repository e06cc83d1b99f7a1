package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.MeasureKind;

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
}
