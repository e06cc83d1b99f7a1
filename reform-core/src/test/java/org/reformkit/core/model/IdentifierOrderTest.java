package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every identifier type sorts by its text, so that reports list elements in a stable order. */
class IdentifierOrderTest {
  static Stream<Function<String, ? extends Comparable<?>>> identifiers() {
    return Stream.of(
        CommitmentId::of,
        CommitteeId::of,
        DeliverableId::of,
        EngagementId::of,
        IndicatorId::of,
        MilestoneId::of,
        PhaseId::of,
        PolicyId::of,
        PostId::of,
        PostLineId::of,
        PostTotalId::of,
        ProgrammeId::of,
        StatementId::of,
        SupportId::of);
  }

  @ParameterizedTest
  @MethodSource("identifiers")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void sortsByItsText(Function<String, ? extends Comparable<?>> of) {
    Comparable a = of.apply("a-1");
    Comparable b = of.apply("b-1");

    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(of.apply("a-1"))).isZero();
    assertThat(Stream.of(b, a).sorted().toList()).isEqualTo(List.of(a, b));
  }
}
