package org.reformkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsChineseTextByDisplayWidthNotByCharacters() {
    String table =
        TextTable.builder("Phase", "Status")
            .addRow("收集数据", "completed")
            .addRow("Process analysis", "completed")
            .build()
            .toString();

    assertThat(table)
        .isEqualTo(
            "Phase             Status\n"
                + "----------------  ---------\n"
                + "收集数据          completed\n"
                + "Process analysis  completed\n");
  }

  @Test
  void widensAColumnForAChineseCellWiderThanItsLatinCells() {
    String table =
        TextTable.builder("a", "b").addRow("重新设计流程", "x").addRow("ok", "y").build().toString();

    assertThat(table.lines())
        .containsExactly("a             b", "------------  -", "重新设计流程  x", "ok            y");
    assertThat(
            table.lines().skip(2).map(l -> TextTable.displayWidth(l.substring(0, l.length() - 1))))
        .containsOnly(14);
  }

  @Test
  void alignsRightAlignedColumnsToTheRight() {
    String table =
        TextTable.builder("Posts", "Count")
            .alignRight(1)
            .addRow("总部技术职位", 22)
            .addRow("Field", 17)
            .addRow("Total", 139)
            .build()
            .toString();

    assertThat(table)
        .isEqualTo(
            "Posts         Count\n"
                + "------------  -----\n"
                + "总部技术职位     22\n"
                + "Field            17\n"
                + "Total           139\n");
  }

  @Test
  void measuresWideNarrowAndZeroWidthCharacters() {
    assertThat(TextTable.displayWidth("")).isZero();
    assertThat(TextTable.displayWidth("abc")).isEqualTo(3);
    assertThat(TextTable.displayWidth("业务流程")).isEqualTo(8);
    assertThat(TextTable.displayWidth("ＡＢ")).isEqualTo(4);
    assertThat(TextTable.displayWidth("한국")).isEqualTo(4);
    assertThat(TextTable.displayWidth("e\u0301")).isEqualTo(1);
    assertThat(TextTable.displayWidth("a\u200Bb")).isEqualTo(2);
    assertThat(TextTable.displayWidth("𠀀")).isEqualTo(2);
  }

  @Test
  void leavesNoTrailingSpacesAndEndsEveryLineWithANewline() {
    String table = TextTable.builder("a", "b").addRow("long text", "").build().toString();

    assertThat(table).endsWith("\n");
    assertThat(table.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    assertThat(table.lines()).containsExactly("a          b", "---------  -", "long text");
  }

  @Test
  void flattensLineBreaksAndTabsInCells() {
    TextTable table = TextTable.builder(List.of("a\nb")).addRow("x\r\ny\tz").build();

    assertThat(table.headers()).containsExactly("a b");
    assertThat(table.rows()).containsExactly(ImmutableList.of("x y z"));
    assertThat(table.toString().lines()).hasSize(3);
  }

  @Test
  void printsAnEmptyTableAsItsHeaders() {
    assertThat(TextTable.builder("Rule", "Path").build()).hasToString("Rule  Path\n----  ----\n");
  }

  @Test
  void refusesRowsOfTheWrongLengthAndUnknownColumns() {
    TextTable.Builder builder = TextTable.builder("a", "b");

    assertThatThrownBy(() -> builder.addRow("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row needs 2 cells, not 1");
    assertThatThrownBy(() -> builder.alignRight(2)).hasMessage("no column 2");
    assertThatThrownBy(() -> builder.alignRight(-1)).hasMessage("no column -1");
    assertThatThrownBy(() -> TextTable.builder()).hasMessage("a table needs at least one column");
  }

  @Test
  void showsACellsTerminalEscapesAndOverridesAsEscapesAndItsLineBreaksAsSpaces() {
    TextTable table =
        TextTable.builder("id", "title").addRow("a\u001b[2Jb", "line\nnext\u202eend\tx").build();
    assertThat(table.rows())
        .containsExactly(ImmutableList.of("a\\u001b[2Jb", "line next\\u202eend x"));
    assertThat(SafeText.needsEscaping(table.toString().replace("\n", ""))).isFalse();
  }
}
