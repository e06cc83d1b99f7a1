package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One sheet as read: its name, its header cells and its rows of cell texts (empty text for an empty
 * cell), each with the row number a spreadsheet shows. Internal.
 */
final class Table {
  private final String name;
  private final ImmutableList<String> header;
  private final ImmutableList<Line> lines;

  /** One row: the number a spreadsheet shows and the cell texts, by column. */
  record Line(int number, ImmutableList<String> cells) {
    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    boolean blank() {
      return cells.stream().allMatch(String::isEmpty);
    }
  }

  Table(String name, List<String> header, List<Line> lines) {
    this.name = name;
    this.header = ImmutableList.copyOf(header);
    this.lines = ImmutableList.copyOf(lines);
  }

  String name() {
    return name;
  }

  ImmutableList<String> header() {
    return header;
  }

  ImmutableList<Line> lines() {
    return lines;
  }
}
