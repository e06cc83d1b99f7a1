package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far in one workbook, each with its cell. Internal. */
final class Problems {
  private final List<SheetProblem> found = new ArrayList<>();

  /**
   * Adds a problem; {@code column} is the zero-based column index, or -1 for a whole row; {@code
   * row} 0 for a whole sheet.
   */
  void add(String sheet, int row, int column, String message) {
    found.add(
        new SheetProblem(
            sheet, row, column < 0 ? "" : SheetProblem.columnLetters(column), message));
  }

  boolean any() {
    return !found.isEmpty();
  }

  ImmutableList<SheetProblem> list() {
    return ImmutableList.copyOf(found);
  }

  /** Throws the exception with every problem, if there is one. */
  void throwIfAny() {
    if (any()) {
      throw new ReformSheetsException(found);
    }
  }
}
