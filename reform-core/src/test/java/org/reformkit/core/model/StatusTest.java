package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each status means: begun, closed, rank, forward and backward, and the status on a day. */
class StatusTest {
  private static final LocalDate DAY = LocalDate.of(2015, 9, 30);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "NOT_STARTED, false, false, 0",
    "IN_PROGRESS, true,  false, 1",
    "ON_HOLD,     true,  false, 1",
    "COMPLETED,   true,  true,  2",
    "CANCELLED,   false, true,  "
  })
  void eachStatusSaysWhetherItHasBegunWhetherItIsClosedAndItsRank(
      Status status, boolean begun, boolean closed, Integer rank) {
    assertThat(status.isBegun()).isEqualTo(begun);
    assertThat(status.isClosed()).isEqualTo(closed);
    assertThat(status.rank()).isEqualTo(Optional.ofNullable(rank));
  }

  @Test
  void aChangeIsForwardOrBackwardOnlyBetweenRankedStatusesOfDifferentRank() {
    assertThat(Status.NOT_STARTED.isForwardTo(Status.IN_PROGRESS)).isTrue();
    assertThat(Status.IN_PROGRESS.isForwardTo(Status.COMPLETED)).isTrue();
    assertThat(Status.COMPLETED.isBackwardTo(Status.IN_PROGRESS)).isTrue();
    assertThat(Status.COMPLETED.isForwardTo(Status.IN_PROGRESS)).isFalse();
    assertThat(Status.IN_PROGRESS.isBackwardTo(Status.COMPLETED)).isFalse();
    assertThat(Status.IN_PROGRESS.isForwardTo(Status.ON_HOLD)).isFalse();
    assertThat(Status.IN_PROGRESS.isBackwardTo(Status.ON_HOLD)).isFalse();
    assertThat(Status.IN_PROGRESS.isForwardTo(Status.IN_PROGRESS)).isFalse();
    for (Status other : Status.values()) {
      assertThat(Status.CANCELLED.isForwardTo(other)).isFalse();
      assertThat(Status.CANCELLED.isBackwardTo(other)).isFalse();
      assertThat(other.isForwardTo(Status.CANCELLED)).isFalse();
      assertThat(other.isBackwardTo(Status.CANCELLED)).isFalse();
    }
  }

  @Test
  void postAndPolicyStatusesRankTheirChangesTheSameWay() {
    assertThat(PostStatus.PLANNED.isForwardTo(PostStatus.FILLED)).isTrue();
    assertThat(PostStatus.VACANT.isBackwardTo(PostStatus.PLANNED)).isTrue();
    assertThat(PostStatus.FILLED.isForwardTo(PostStatus.VACANT)).isFalse();
    assertThat(PostStatus.FILLED.isBackwardTo(PostStatus.VACANT)).isFalse();
    assertThat(PostStatus.PLANNED.isForwardTo(PostStatus.ABOLISHED)).isFalse();
    assertThat(PostStatus.ABOLISHED.isBackwardTo(PostStatus.PLANNED)).isFalse();
    assertThat(PostStatus.ESTABLISHED.rank()).contains(1);
    assertThat(PostStatus.ABOLISHED.rank()).isEmpty();

    assertThat(PolicyStatus.DRAFT.isForwardTo(PolicyStatus.ADOPTED)).isTrue();
    assertThat(PolicyStatus.ADOPTED.isForwardTo(PolicyStatus.PARTLY_IN_FORCE)).isTrue();
    assertThat(PolicyStatus.PARTLY_IN_FORCE.isForwardTo(PolicyStatus.IN_FORCE)).isTrue();
    assertThat(PolicyStatus.IN_FORCE.isBackwardTo(PolicyStatus.DRAFT)).isTrue();
    assertThat(PolicyStatus.IN_FORCE.isForwardTo(PolicyStatus.IN_FORCE)).isFalse();
    assertThat(PolicyStatus.DRAFT.isForwardTo(PolicyStatus.WITHDRAWN)).isFalse();
    assertThat(PolicyStatus.WITHDRAWN.isBackwardTo(PolicyStatus.DRAFT)).isFalse();
    assertThat(PolicyStatus.IN_FORCE.rank()).contains(3);
    assertThat(PolicyStatus.WITHDRAWN.rank()).isEmpty();
  }

  @Test
  void aBegunElementHadNotStartedOnADayBeforeItsActualStart() {
    Optional<PartialDate> october = Optional.of(PartialDate.parse("2015-10"));
    Optional<PartialDate> september = Optional.of(PartialDate.parse("2015-09"));

    for (Status begun : new Status[] {Status.IN_PROGRESS, Status.COMPLETED, Status.ON_HOLD}) {
      assertThat(begun.on(DAY, october, Optional.empty())).isEqualTo(Status.NOT_STARTED);
      assertThat(begun.on(DAY, september, Optional.empty())).isEqualTo(begun);
      assertThat(begun.on(DAY, Optional.empty(), Optional.empty())).isEqualTo(begun);
    }
    assertThat(Status.CANCELLED.on(DAY, october, Optional.empty())).isEqualTo(Status.CANCELLED);
    assertThat(Status.NOT_STARTED.on(DAY, october, Optional.empty())).isEqualTo(Status.NOT_STARTED);
  }

  @Test
  void aCompletedElementWasInProgressOnADayBeforeItsActualEnd() {
    Optional<PartialDate> july = Optional.of(PartialDate.parse("2015-07"));

    assertThat(Status.COMPLETED.on(DAY, july, Optional.of(PartialDate.parse("2015-10"))))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(Status.COMPLETED.on(DAY, july, Optional.of(PartialDate.parse("2015-09"))))
        .isEqualTo(Status.COMPLETED);
    assertThat(Status.COMPLETED.on(DAY, july, Optional.of(PartialDate.parse("about 2015-10"))))
        .isEqualTo(Status.COMPLETED);
    assertThat(
            Status.IN_PROGRESS.on(DAY, Optional.empty(), Optional.of(PartialDate.parse("2015-10"))))
        .isEqualTo(Status.IN_PROGRESS);
  }
}
