package org.reformkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformkit.core.analysis.Fixtures.date;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlippageTest {
  @Test
  void datesStatedToTheDayGiveExactDays() {
    Slippage slip = Slippage.between(date("2015-07-01"), date("2015-07-15"));

    assertThat(slip.exactDays()).contains(14L);
    assertThat(slip.certainlyLate()).isTrue();
    assertThat(slip).hasToString("+14");
  }

  @Test
  void monthsGiveTheRangeOfDaysTheyAllow() {
    Slippage slip = Slippage.between(date("2015-07"), date("2015-09"));

    assertThat(slip.atLeastDays()).contains(32L);
    assertThat(slip.atMostDays()).contains(91L);
    assertThat(slip.exactDays()).isEmpty();
    assertThat(slip.certainlyLate()).isTrue();
    assertThat(slip).hasToString("+32..+91");
  }

  @Test
  void sameMonthIsNeitherCertainlyLateNorEarly() {
    Slippage slip = Slippage.between(date("2015-07"), date("2015-07"));

    assertThat(slip.certainlyLate()).isFalse();
    assertThat(slip.certainlyEarly()).isFalse();
    assertThat(slip.possiblyOnTime()).isTrue();
    assertThat(slip).hasToString("-30..+30");
  }

  @Test
  void earlyFinishIsNegative() {
    Slippage slip = Slippage.between(date("2015-12-31"), date("2015-12-01"));

    assertThat(slip.exactDays()).contains(-30L);
    assertThat(slip.certainlyEarly()).isTrue();
  }

  @Test
  void byBoundsOnlyFromAboveAndAboutProvesNothing() {
    assertThat(Slippage.between(date("2015-07-01"), date("by 2015-09")))
        .isEqualTo(new Slippage(Optional.empty(), Optional.of(91L)));
    assertThat(Slippage.between(date("2015-07-01"), date("about 2015-09"))).hasToString("?");
    assertThat(Slippage.between(date("2015-07-01"), date("from 2015-09"))).hasToString(">= +62");
  }

  @Test
  void finishingOnThePlannedDayIsOnTimeAndPrintsZero() {
    Slippage slip = Slippage.between(date("2015-07-01"), date("2015-07-01"));

    assertThat(slip.exactDays()).contains(0L);
    assertThat(slip.certainlyLate()).isFalse();
    assertThat(slip.certainlyEarly()).isFalse();
    assertThat(slip.possiblyOnTime()).isTrue();
    assertThat(slip).hasToString("0");
  }

  @Test
  void slippageBoundedOnOneSideOnlyIsNotPossiblyOnTime() {
    assertThat(Slippage.between(date("2015-07-01"), date("by 2015-09")).possiblyOnTime()).isFalse();
    assertThat(Slippage.between(date("2015-07-01"), date("from 2015-05")).possiblyOnTime())
        .isFalse();
    assertThat(Slippage.between(date("2015-07-01"), date("about 2015-07")).possiblyOnTime())
        .isFalse();
  }
}
