package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FactsTest {
  @Test
  void valuesAreNamedInPairsInTheirOrder() {
    assertThat(Facts.values("phase", "a", "count", 3))
        .containsExactly(java.util.Map.entry("phase", "a"), java.util.Map.entry("count", 3));
    assertThat(Facts.values()).isEmpty();
  }

  @Test
  void anOddArgumentListIsRefusedNotTruncated() {
    assertThatThrownBy(() -> Facts.values("phase", "a", "count"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("names and values come in pairs; 3 arguments given");
  }

  @Test
  void aNameThatIsNotATextIsRefused() {
    assertThatThrownBy(() -> Facts.values("phase", "a", 3, "count"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("argument 2 should name a value, not 3");
  }
}
