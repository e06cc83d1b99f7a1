package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Every element that says where it was stated refuses a paragraph number below 1. */
class SourcedParagraphsTest {

  private static <T extends Sourced> Arguments sourced(
      String element, Gen<T> values, BiFunction<T, Integer, T> withParagraph) {
    return Arguments.of(element, values, withParagraph);
  }

  static Stream<Arguments> sourcedTypes() {
    return Stream.of(
        sourced("baseline", ModelGenerators.baselines(), Baseline::withParagraphs),
        sourced("commitment", ModelGenerators.commitments(), Commitment::withParagraphs),
        sourced("committee", ModelGenerators.committees(), Committee::withParagraphs),
        sourced("deliverable", ModelGenerators.deliverables(), Deliverable::withParagraphs),
        sourced(
            "external support",
            ModelGenerators.externalSupports(),
            ExternalSupport::withParagraphs),
        sourced("indicator", ModelGenerators.indicators(), Indicator::withParagraphs),
        sourced("measurement", ModelGenerators.measurements(), Measurement::withParagraphs),
        sourced("milestone", ModelGenerators.milestones(), Milestone::withParagraphs),
        sourced(
            "monitoring framework",
            ModelGenerators.monitoringFrameworks(),
            MonitoringFramework::withParagraphs),
        sourced("phase", ModelGenerators.phases(), Phase::withParagraphs),
        sourced("policy", ModelGenerators.policies(), Policy::withParagraphs),
        sourced("post", ModelGenerators.posts(), Post::withParagraphs),
        sourced("post line", ModelGenerators.postLines(), PostLine::withParagraphs),
        sourced("post total", ModelGenerators.postTotals(), PostTotal::withParagraphs),
        sourced("programme", ModelGenerators.reformProgrammes(), ReformProgramme::withParagraphs),
        sourced("engagement", ModelGenerators.staffEngagements(), StaffEngagement::withParagraphs),
        sourced("statement", ModelGenerators.statements(), Statement::withParagraphs),
        sourced("target", ModelGenerators.targets(), Target::withParagraphs));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourcedTypes")
  <T extends Sourced> void refusesAParagraphNumberBelowOneNamingTheElement(
      String element, Gen<T> values, BiFunction<T, Integer, T> withParagraph) {
    qt().withExamples(10)
        .forAll(values)
        .checkAssert(
            value -> {
              for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
                assertThatThrownBy(() -> withParagraph.apply(value, bad))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage(element + " paragraph must be positive: " + bad);
              }
              assertThat(withParagraph.apply(value, 1).paragraphs()).containsExactly(1);
            });
  }
}
