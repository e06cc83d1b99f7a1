package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.Status;

/** The text forms made once are those the enum names give. */
class FormatsTest {
  private static final tools.jackson.databind.json.JsonMapper MAPPER =
      tools.jackson.databind.json.JsonMapper.builder().build();

  /** The constant the reader finds for a word, as it reads it from a JSON string. */
  private static <E extends Enum<E>> E match(Class<E> type, String word) {
    try (tools.jackson.core.JsonParser parser = MAPPER.createParser("\"" + word + "\"")) {
      parser.nextToken();
      return Words.of(type).match(parser);
    }
  }

  @Test
  void theWordsOfAnEnumAreItsNamesInLowerCaseWithHyphens() {
    assertThat(Formats.word(Status.NOT_STARTED)).isEqualTo("not-started");
    matchEvery(Status.class);
    matchEvery(MeasureKind.class);
    matchEvery(PostCategory.class);
  }

  private static <E extends Enum<E>> void matchEvery(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      String word = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      assertThat(Formats.word(constant)).isEqualTo(word);
      assertThat(match(type, word)).isSameAs(constant);
    }
    assertThat(match(type, "no-such-word")).isNull();
  }

  @Test
  void everyGradeIsFoundByItsLabel() {
    assertThat(Formats.GRADES).hasSize(Grade.values().length);
    for (Grade grade : Grade.values()) {
      assertThat(Formats.GRADES.get(grade.label())).isSameAs(grade);
    }
  }
}
