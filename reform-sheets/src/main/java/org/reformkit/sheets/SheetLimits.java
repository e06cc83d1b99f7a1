package org.reformkit.sheets;

/**
 * How much a reader accepts: file size, rows per sheet, cells in all, and, against zip bombs, the
 * number of entries of an {@code .xlsx} file and the bytes they expand to. A workbook over a limit
 * is refused with a message that names the limit; nothing of it is read further.
 *
 * @param maxFileBytes the largest file (or CSV file) in bytes
 * @param maxRows the most rows of one sheet, the header row included
 * @param maxCells the most non-empty cells of the whole workbook
 * @param maxZipEntries the most entries of an {@code .xlsx} file
 * @param maxExpandedBytes the most bytes all entries of an {@code .xlsx} file expand to
 */
public record SheetLimits(
    long maxFileBytes, int maxRows, long maxCells, int maxZipEntries, long maxExpandedBytes) {

  /**
   * Checks that every limit is positive.
   *
   * @param maxFileBytes the largest file (or CSV file) in bytes
   * @param maxRows the most rows of one sheet, the header row included
   * @param maxCells the most non-empty cells of the whole workbook
   * @param maxZipEntries the most entries of an {@code .xlsx} file
   * @param maxExpandedBytes the most bytes all entries of an {@code .xlsx} file expand to
   * @throws IllegalArgumentException if one is not
   */
  public SheetLimits {
    if (maxFileBytes <= 0
        || maxRows <= 0
        || maxCells <= 0
        || maxZipEntries <= 0
        || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * Returns the limits readers start with: 50 MiB a file, 100,000 rows a sheet, 2,000,000 cells,
   * 1,000 zip entries expanding to at most 500 MiB (the agency-size programme, about 3,000 posts,
   * is far inside them).
   *
   * @return the default limits
   */
  public static SheetLimits defaults() {
    return new SheetLimits(50L << 20, 100_000, 2_000_000L, 1_000, 500L << 20);
  }
}
