package org.reformkit.sheets;

/**
 * One problem of a workbook, at the cell (or row, or sheet) where it is: {@code Phases!D7: 'done'
 * is not a phase status; expected one of ...}.
 *
 * @param sheet the sheet's name as the workbook spells it (for CSV, the file's name)
 * @param row the row number as a spreadsheet shows it, from 1; 0 when the problem is the sheet's
 * @param column the column's letters ({@code D}); empty when the problem is the row's or the
 *     sheet's
 * @param message what is wrong, with any value from the workbook quoted through {@code SafeText}
 */
public record SheetProblem(String sheet, int row, String column, String message) {

  /**
   * Returns where the problem is, as a spreadsheet names it: {@code Phases!D7}, {@code Phases!7}
   * for a whole row, {@code Phases} for a whole sheet.
   *
   * @return the cell, row or sheet
   */
  public String cell() {
    if (row == 0) {
      return sheet;
    }
    return sheet + "!" + column + row;
  }

  /**
   * Returns the problem as one line: {@code Phases!D7: message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return cell() + ": " + message;
  }

  /** Column letters for a zero-based index: 0 is A, 25 is Z, 26 is AA. */
  static String columnLetters(int index) {
    StringBuilder letters = new StringBuilder();
    int rest = index + 1;
    while (rest > 0) {
      int digit = (rest - 1) % 26;
      letters.insert(0, (char) ('A' + digit));
      rest = (rest - 1) / 26;
    }
    return letters.toString();
  }
}
