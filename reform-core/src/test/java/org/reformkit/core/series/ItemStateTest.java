package org.reformkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.Status;

class ItemStateTest {
  private static final ElementPath BPR = ElementPath.parse("commitments[bpr]");

  private static ItemState state(
      ElementPath path,
      ItemKind kind,
      String name,
      Optional<Status> status,
      String due,
      String statement,
      Object progressFact) {
    return new ItemState(
        path,
        kind,
        LocalizedText.of("en", name),
        status,
        ImmutableMap.of("due", PartialDate.parse(due)),
        ImmutableSet.of(StatementId.of(statement)),
        ImmutableList.of(progressFact));
  }

  private static ItemState base() {
    return state(
        BPR,
        ItemKind.COMMITMENT,
        "Business process review",
        Optional.of(Status.IN_PROGRESS),
        "2016",
        "delay",
        "phase c begun");
  }

  @Test
  void statesWithTheSameFactsAreEqualWithTheSameHash() {
    assertThat(base()).isEqualTo(base()).hasSameHashCodeAs(base());
  }

  @Test
  void statesDifferingInAnyOneFactAreNotEqual() {
    ItemState base = base();
    List<ItemState> others =
        List.of(
            state(
                ElementPath.parse("commitments[hr]"),
                ItemKind.COMMITMENT,
                "Business process review",
                Optional.of(Status.IN_PROGRESS),
                "2016",
                "delay",
                "phase c begun"),
            state(
                BPR,
                ItemKind.PHASE,
                "Business process review",
                Optional.of(Status.IN_PROGRESS),
                "2016",
                "delay",
                "phase c begun"),
            state(
                BPR,
                ItemKind.COMMITMENT,
                "Review of business processes",
                Optional.of(Status.IN_PROGRESS),
                "2016",
                "delay",
                "phase c begun"),
            state(
                BPR,
                ItemKind.COMMITMENT,
                "Business process review",
                Optional.empty(),
                "2016",
                "delay",
                "phase c begun"),
            state(
                BPR,
                ItemKind.COMMITMENT,
                "Business process review",
                Optional.of(Status.IN_PROGRESS),
                "2017",
                "delay",
                "phase c begun"),
            state(
                BPR,
                ItemKind.COMMITMENT,
                "Business process review",
                Optional.of(Status.IN_PROGRESS),
                "2016",
                "budget",
                "phase c begun"),
            state(
                BPR,
                ItemKind.COMMITMENT,
                "Business process review",
                Optional.of(Status.IN_PROGRESS),
                "2016",
                "delay",
                "phase c done"));
    for (ItemState other : others) {
      assertThat(other).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(other);
    }
    assertThat(base).isNotEqualTo("commitments[bpr]");
  }
}
