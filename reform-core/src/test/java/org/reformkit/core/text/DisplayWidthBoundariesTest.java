package org.reformkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first and last code point of every wide range take two columns, and the code points just
 * outside each range (where they are ordinary printing characters) take one.
 */
class DisplayWidthBoundariesTest {

  @ParameterizedTest(name = "U+{0} to U+{1} are wide")
  @CsvSource({
    "1100, 115F",
    "2E80, 2E99", // the first block has a hole: only assigned characters are checked
    "2F00, 2FD5",
    "3001, 303E",
    "3041, 33FF",
    "3400, 4DBF",
    "4E00, 9FFF",
    "A000, A48C",
    "AC00, D7A3",
    "F900, FAFF",
    "FE30, FE4F",
    "FF01, FF60",
    "FFE0, FFE6",
    "1F300, 1F64F",
    "20000, 3134A"
  })
  void firstAndLastOfAWideRangeTakeTwoColumns(String first, String last) {
    assertThat(TextTable.displayWidth(Character.toString(Integer.parseInt(first, 16))))
        .isEqualTo(2);
    assertThat(TextTable.displayWidth(Character.toString(Integer.parseInt(last, 16)))).isEqualTo(2);
  }

  @ParameterizedTest(name = "U+{0} is narrow")
  @ValueSource(
      strings = {
        "10FF", "1160", "2E7F", "303F", "3040", "A4D0", "D7A4", "F8FF", "FB00", "FE50", "FF61",
        "FFDF", "FFE7", "1F2FF", "1F650", "1FFFF", "3FFFE", "41", "E9"
      })
  void codePointJustOutsideAWideRangeTakesOneColumn(String codePoint) {
    int cp = Integer.parseInt(codePoint, 16);
    assertThat(TextTable.displayWidth(Character.toString(cp)))
        .as("U+%s (%s)", codePoint, Character.getName(cp))
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "U+{0} takes no column")
  @ValueSource(strings = {"0301", "20DD", "200B", "200D", "FEFF"})
  void combiningEnclosingAndZeroWidthCharactersTakeNoColumn(String codePoint) {
    assertThat(TextTable.displayWidth("a" + Character.toString(Integer.parseInt(codePoint, 16))))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 2})
  void alignRightRefusesAColumnOutsideTheTable(int column) {
    assertThatThrownBy(() -> TextTable.builder("a", "b").alignRight(column))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column " + column);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void alignRightAcceptsEveryColumnOfTheTable(int column) {
    TextTable table = TextTable.builder("a", "b").alignRight(column).addRow("xyz", "xyz").build();

    assertThat(table.toString().lines().toList())
        .containsExactly(column == 0 ? "  a  b" : "a      b", "---  ---", "xyz  xyz");
  }
}
