package org.reformkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableWrappingTest {
  @Test
  void longLatinCellWrapsAtSpacesOntoContinuationLines() {
    String table =
        TextTable.builder("Id", "Text")
            .maxCellWidth(10)
            .addRow("a", "one two three four")
            .build()
            .toString();
    assertThat(table)
        .isEqualTo("Id  Text\n" + "--  ----------\n" + "a   one two\n" + "    three four\n");
  }

  @Test
  void longChineseCellWrapsByDisplayWidth() {
    String table = TextTable.builder("X").maxCellWidth(8).addRow("收集数据流程分析").build().toString();
    assertThat(table).isEqualTo("X\n--------\n收集数据\n流程分析\n");
  }

  @Test
  void wordLongerThanTheWidthIsCutRatherThanLost() {
    assertThat(TextTable.wrap("abcdefghij", 8)).containsExactly("abcdefgh", "ij");
  }

  @Test
  void cellsWithinTheWidthAreNotWrapped() {
    assertThat(TextTable.wrap("short", 8)).containsExactly("short");
  }

  @Test
  void tooSmallAMaximumWidthIsRefused() {
    assertThatThrownBy(() -> TextTable.builder("X").maxCellWidth(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 8");
  }
}
