package org.reformkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wrapping a cell exactly at its width, at a space, and with wide characters. */
class WrapEdgesTest {

  @Test
  void cellExactlyAsWideAsTheColumnIsOneLine() {
    assertThat(TextTable.wrap("abcd", 4)).containsExactly("abcd");
    assertThat(TextTable.wrap("abcde", 4)).containsExactly("abcd", "e");
  }

  @Test
  void wordFillingTheLineExactlyIsKeptWhole() {
    assertThat(TextTable.wrap("abc defg", 3)).containsExactly("abc", "def", "g");
    assertThat(TextTable.wrap("ab cdef", 5)).containsExactly("ab", "cdef");
  }

  @Test
  void leadingSpaceIsNoPlaceToBreak() {
    assertThat(TextTable.wrap(" abcdef", 4)).containsExactly(" abc", "def");
  }

  @Test
  void wideCharacterThatWouldOverflowGoesToTheNextLine() {
    assertThat(TextTable.wrap("a收集", 2)).containsExactly("a", "收", "集");
    assertThat(TextTable.wrap("收集", 1)).containsExactly("收", "集");
  }

  @Test
  void cellThatWrapsToItsVeryEndGetsNoEmptyLastLine() {
    assertThat(TextTable.wrap("abc   ", 3)).containsExactly("abc");
    assertThat(TextTable.wrap("", 3)).containsExactly("");
  }

  @Test
  void trailingSpacesOfAWrappedTableLineAreDropped() {
    TextTable table = TextTable.builder("a", "b").addRow("x", "").build();

    assertThat(table.toString().lines().toList()).containsExactly("a  b", "-  -", "x");
  }
}
