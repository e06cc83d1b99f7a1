package org.reformkit.core.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned plain-text table, as rule findings and analyses print themselves in JShell and on a
 * terminal. Columns are aligned by display width, so Chinese, Japanese and Korean characters (two
 * columns wide on a terminal) line up with Latin text.
 *
 * <pre>{@code
 * TextTable table = TextTable.builder("Phase", "Status")
 *     .addRow("收集数据", "completed")
 *     .addRow("Process analysis", "completed")
 *     .build();
 * System.out.print(table);
 * // Phase             Status
 * // ----------------  ---------
 * // 收集数据          completed
 * // Process analysis  completed
 * }</pre>
 *
 * <p>A table is immutable and safe to share between threads.
 */
public final class TextTable {
  private static final String GAP = "  ";

  private final ImmutableList<String> headers;
  private final ImmutableList<ImmutableList<String>> rows;
  private final ImmutableSet<Integer> rightAligned;
  private final int maxCellWidth;

  private TextTable(
      ImmutableList<String> headers,
      ImmutableList<ImmutableList<String>> rows,
      ImmutableSet<Integer> rightAligned,
      int maxCellWidth) {
    this.headers = headers;
    this.rows = rows;
    this.rightAligned = rightAligned;
    this.maxCellWidth = maxCellWidth;
  }

  /**
   * Starts a table with these column headers.
   *
   * @param headers the column headers
   * @return a builder
   */
  public static Builder builder(String... headers) {
    return new Builder(ImmutableList.copyOf(headers));
  }

  /**
   * Starts a table with these column headers.
   *
   * @param headers the column headers
   * @return a builder
   */
  public static Builder builder(List<String> headers) {
    return new Builder(ImmutableList.copyOf(headers));
  }

  /**
   * Returns the column headers.
   *
   * @return the column headers
   */
  public ImmutableList<String> headers() {
    return headers;
  }

  /**
   * Returns the rows, each as long as the headers.
   *
   * @return the rows
   */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /**
   * Returns the number of terminal columns a text takes: two for East Asian wide and full-width
   * characters, none for combining marks and zero-width characters, one otherwise.
   *
   * @param text the text
   * @return its display width
   */
  public static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += codePointWidth(codePoint);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  private static int codePointWidth(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }

  /**
   * Renders the table: a header line, a line of dashes, and one line per row, columns separated by
   * two spaces, each line ending in a newline and no trailing spaces. A cell wider than the table's
   * maximum cell width wraps onto continuation lines, at spaces where it can.
   *
   * @return the rendered table
   */
  @Override
  public String toString() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      widths[c] = Math.min(maxCellWidth, displayWidth(headers.get(c)));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Math.min(maxCellWidth, displayWidth(row.get(c))));
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      char[] dashes = new char[width];
      Arrays.fill(dashes, '-');
      rule.add(new String(dashes));
    }
    appendLine(out, rule, widths);
    for (List<String> row : rows) {
      List<List<String>> wrapped = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < row.size(); c++) {
        List<String> lines = wrap(row.get(c), widths[c]);
        wrapped.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int i = 0; i < height; i++) {
        List<String> line = new ArrayList<>();
        for (List<String> lines : wrapped) {
          line.add(i < lines.size() ? lines.get(i) : "");
        }
        appendLine(out, line, widths);
      }
    }
    return out.toString();
  }

  /** Splits a cell into lines no wider than {@code width}, breaking at a space where it can. */
  static List<String> wrap(String cell, int width) {
    List<String> lines = new ArrayList<>();
    String rest = cell;
    while (displayWidth(rest) > width) {
      int cut = 0;
      int used = 0;
      int lastSpace = -1;
      while (cut < rest.length()) {
        int cp = rest.codePointAt(cut);
        int w = codePointWidth(cp);
        if (used + w > width) {
          break;
        }
        if (cp == ' ') {
          lastSpace = cut;
        }
        used += w;
        cut += Character.charCount(cp);
      }
      if (cut == 0) {
        cut = Character.charCount(rest.codePointAt(0));
      } else if (lastSpace > 0 && cut < rest.length() && rest.charAt(cut) != ' ') {
        cut = lastSpace;
      }
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    // a cell that wrapped to its very end (a wide character last, or trailing spaces) ends there
    if (lines.isEmpty() || !rest.isEmpty()) {
      lines.add(rest);
    }
    return lines;
  }

  private void appendLine(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(GAP);
      }
      String cell = cells.get(c);
      int pad = widths[c] - displayWidth(cell);
      if (rightAligned.contains(c)) {
        line.append(" ".repeat(pad)).append(cell);
      } else {
        line.append(cell).append(" ".repeat(pad));
      }
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }

  /** Collects the rows of a {@link TextTable}. Not thread-safe; the table it builds is. */
  public static final class Builder {
    private final ImmutableList<String> headers;
    private final ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    private final ImmutableSet.Builder<Integer> rightAligned = ImmutableSet.builder();
    private int maxCellWidth = Integer.MAX_VALUE;

    private Builder(ImmutableList<String> headers) {
      if (headers.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one column");
      }
      this.headers = ImmutableList.copyOf(headers.stream().map(Builder::flatten).iterator());
    }

    /**
     * Adds a row; each cell's line breaks and tabs become spaces, and any other character that
     * {@link SafeText} escapes is shown as its escape.
     *
     * @param cells the cells, as many as there are headers
     * @return this builder
     * @throws IllegalArgumentException if the row has the wrong number of cells
     */
    public Builder addRow(Object... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalArgumentException(
            "a row needs " + headers.size() + " cells, not " + cells.length);
      }
      ImmutableList.Builder<String> row = ImmutableList.builder();
      for (Object cell : cells) {
        row.add(flatten(String.valueOf(cell)));
      }
      rows.add(row.build());
      return this;
    }

    /**
     * Aligns a column to the right, as numbers are.
     *
     * @param column the column, from 0
     * @return this builder
     */
    public Builder alignRight(int column) {
      if (column < 0 || column >= headers.size()) {
        throw new IllegalArgumentException("no column " + column);
      }
      rightAligned.add(column);
      return this;
    }

    /**
     * Wraps cells wider than this many terminal columns onto continuation lines (no limit unless
     * set).
     *
     * @param width the widest a column may be, at least 8
     * @return this builder
     */
    public Builder maxCellWidth(int width) {
      if (width < 8) {
        throw new IllegalArgumentException("a maximum cell width must be at least 8, not " + width);
      }
      this.maxCellWidth = width;
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public TextTable build() {
      return new TextTable(headers, rows.build(), rightAligned.build(), maxCellWidth);
    }

    private static String flatten(String text) {
      return SafeText.escape(
          text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }
  }
}
