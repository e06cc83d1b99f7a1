package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.Status;

/** The text forms made once are those the enum names give. */
class FormatsTest {
  @Test
  void theWordsOfAnEnumAreItsNamesInLowerCaseWithHyphens() {
    assertThat(Formats.word(Status.NOT_STARTED)).isEqualTo("not-started");
    for (Class<? extends Enum<?>> type : List.of(Status.class, MeasureKind.class, PostCategory.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String word = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertThat(Formats.word(constant)).isEqualTo(word);
        assertThat(Formats.ordinalOf(type, word)).isEqualTo(constant.ordinal());
      }
      assertThat(Formats.ordinalOf(type, "no-such-word")).isEqualTo(-1);
    }
  }

  @Test
  void everyGradeIsFoundByItsLabel() {
    assertThat(Formats.GRADES).hasSize(Grade.values().length);
    for (Grade grade : Grade.values()) {
      assertThat(Formats.GRADES.get(grade.label())).isSameAs(grade);
    }
  }
}
