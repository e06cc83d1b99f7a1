package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link ReadLimits} is an immutable value with the documented defaults, refusing a limit that is
 * not positive.
 */
class ReadLimitsTest {
  @Test
  void theDefaultsAreTheDocumentedLimits() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.maxDocumentSize()).isEqualTo(16L * 1024 * 1024);
    assertThat(limits.maxTokens()).isEqualTo(5_000_000L);
    assertThat(limits.maxDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(1_000_000);
    assertThat(Limits.constraints(limits).getMaxDocumentLength()).isEqualTo(16L * 1024 * 1024);
  }

  @Test
  void eachWitherChangesOnlyItsOwnLimitAndLeavesTheOriginalAlone() {
    ReadLimits defaults = ReadLimits.defaults();
    ReadLimits size = defaults.withMaxDocumentSize(3_000_000_000L);
    ReadLimits tokens = defaults.withMaxTokens(100_000_000L);
    ReadLimits depth = defaults.withMaxDepth(100);
    ReadLimits strings = defaults.withMaxStringLength(5);

    assertThat(size).isEqualTo(limits(3_000_000_000L, 5_000_000L, 64, 1_000_000));
    assertThat(tokens).isEqualTo(limits(16L * 1024 * 1024, 100_000_000L, 64, 1_000_000));
    assertThat(depth).isEqualTo(limits(16L * 1024 * 1024, 5_000_000L, 100, 1_000_000));
    assertThat(strings).isEqualTo(limits(16L * 1024 * 1024, 5_000_000L, 64, 5));
    assertThat(defaults).isEqualTo(limits(16L * 1024 * 1024, 5_000_000L, 64, 1_000_000));
  }

  @Test
  void theConstraintsGivenToJacksonFollowTheLimits() {
    ReadLimits limits = limits(1000, 200, 7, 30);
    tools.jackson.core.StreamReadConstraints constraints = Limits.constraints(limits);
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(1000);
    assertThat(constraints.getMaxTokenCount()).isEqualTo(200);
    assertThat(constraints.getMaxNestingDepth()).isEqualTo(7);
    assertThat(constraints.getMaxStringLength()).isEqualTo(30);
    assertThat(constraints.getMaxNameLength()).isEqualTo(Limits.MAX_NAME_LENGTH);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(Limits.MAX_NUMBER_LENGTH);
  }

  @Test
  void equalLimitsAreEqualAndDifferInEveryValue() {
    ReadLimits one = limits(10, 20, 30, 40);
    assertThat(one).isEqualTo(limits(10, 20, 30, 40)).hasSameHashCodeAs(limits(10, 20, 30, 40));
    assertThat(one).isEqualTo(one);
    assertThat(one).isNotEqualTo(limits(11, 20, 30, 40));
    assertThat(one).isNotEqualTo(limits(10, 21, 30, 40));
    assertThat(one).isNotEqualTo(limits(10, 20, 31, 40));
    assertThat(one).isNotEqualTo(limits(10, 20, 30, 41));
    assertThat(one).isNotEqualTo("ReadLimits");
    assertThat(one.equals(null)).isFalse();
    assertThat(one.hashCode()).isNotEqualTo(limits(11, 20, 30, 40).hashCode());
  }

  @Test
  void theTextNamesEveryLimit() {
    assertThat(ReadLimits.defaults())
        .hasToString(
            "ReadLimits{maxDocumentSize=16777216, maxTokens=5000000, maxDepth=64, maxStringLength=1000000}");
  }

  @Test
  void aLimitThatIsNotPositiveIsRefusedByName() {
    ReadLimits defaults = ReadLimits.defaults();
    assertThatThrownBy(() -> defaults.withMaxDocumentSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentSize must be positive, got 0");
    assertThatThrownBy(() -> defaults.withMaxTokens(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokens must be positive, got -1");
    assertThatThrownBy(() -> defaults.withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be positive, got 0");
    assertThatThrownBy(() -> defaults.withMaxStringLength(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be positive, got -5");
  }

  @Test
  void theSmallestLimitsAreOne() {
    ReadLimits ones = limits(1, 1, 1, 1);
    assertThat(ones.maxDocumentSize()).isEqualTo(1);
    assertThat(ones.maxTokens()).isEqualTo(1);
    assertThat(ones.maxDepth()).isEqualTo(1);
    assertThat(ones.maxStringLength()).isEqualTo(1);
  }

  static ReadLimits limits(long size, long tokens, int depth, int strings) {
    return ReadLimits.defaults()
        .withMaxDocumentSize(size)
        .withMaxTokens(tokens)
        .withMaxDepth(depth)
        .withMaxStringLength(strings);
  }
}
