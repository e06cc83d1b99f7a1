package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageKeyTest {
  @Test
  void aKeyIsTheCodeOrTheCodeAndAVariant() {
    MessageKey own = MessageKey.of("PHASE_OVERDUE");
    MessageKey planned = MessageKey.of("PHASE_END_BEFORE_START", "planned");

    assertThat(own.code()).isEqualTo("PHASE_OVERDUE");
    assertThat(own.key()).isEqualTo("PHASE_OVERDUE");
    assertThat(own.variant()).isEmpty();
    assertThat(own).hasToString("PHASE_OVERDUE");
    assertThat(planned.code()).isEqualTo("PHASE_END_BEFORE_START");
    assertThat(planned.key()).isEqualTo("PHASE_END_BEFORE_START.planned");
    assertThat(planned.variant()).isEqualTo("planned");
    assertThat(MessageKey.variants("PHASE_END_BEFORE_START", "planned", "actual"))
        .extracting(MessageKey::key)
        .containsExactly("PHASE_END_BEFORE_START.planned", "PHASE_END_BEFORE_START.actual");
  }

  @Test
  void aKeyWithoutAMessageInEveryBundleCannotBeMade() {
    assertThatThrownBy(() -> MessageKey.of("PHASE_OVERDUE", "never"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message PHASE_OVERDUE.never in the rule messages of language ''");
  }
}
