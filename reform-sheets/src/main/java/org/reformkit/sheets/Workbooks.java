package org.reformkit.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.reformkit.core.text.SafeText;

/**
 * Reads and writes {@code .xlsx} files with fastexcel: tables in, tables out. A formula is read as
 * its cached value; a formula without one, or an error value, is a problem at its cell. Internal.
 */
final class Workbooks {
  private Workbooks() {}

  static void write(List<Table> tables, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "reformkit", "1.0");
      for (Table table : tables) {
        Worksheet sheet = workbook.newWorksheet(table.name());
        for (int c = 0; c < table.header().size(); c++) {
          sheet.value(0, c, Escapes.escape(table.header().get(c)));
          sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.lines().size(); r++) {
          Table.Line line = table.lines().get(r);
          for (int c = 0; c < line.cells().size(); c++) {
            String text = line.cells().get(c);
            if (!text.isEmpty()) {
              sheet.value(r + 1, c, Escapes.escape(text));
            }
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Table> read(byte[] bytes, String source, SheetLimits limits, Problems problems) {
    ZipGuard.check(bytes, limits, source);
    List<Table> tables = new ArrayList<>();
    long cells = 0;
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      Iterator<Sheet> sheets = workbook.getSheets().iterator();
      while (sheets.hasNext()) {
        Sheet sheet = sheets.next();
        List<String> header = new ArrayList<>();
        List<Table.Line> lines = new ArrayList<>();
        int count = 0;
        try (Stream<Row> rows = sheet.openStream()) {
          Iterator<Row> it = rows.iterator();
          while (it.hasNext()) {
            Row row = it.next();
            count++;
            if (count > limits.maxRows()) {
              throw Limits.exceeded(
                  sheet.getName(), "the sheet has more than " + limits.maxRows() + " rows");
            }
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
              Cell cell = row.getCell(c);
              String text =
                  cell == null ? "" : text(cell, sheet.getName(), row.getRowNum(), problems);
              if (!text.isEmpty()) {
                cells++;
                if (cells > limits.maxCells()) {
                  throw Limits.exceeded(
                      source, "the workbook has more than " + limits.maxCells() + " filled cells");
                }
              }
              texts.add(text);
            }
            if (count == 1) {
              header.addAll(texts);
            } else {
              lines.add(
                  new Table.Line(
                      row.getRowNum(), com.google.common.collect.ImmutableList.copyOf(texts)));
            }
          }
        }
        tables.add(new Table(sheet.getName(), header, lines));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ReformSheetsException known) {
        throw known;
      }
      throw new ReformSheetsException(
          new SheetProblem(source, 0, "", "not a readable .xlsx workbook"), e);
    }
    return tables;
  }

  private static String text(Cell cell, String sheet, int row, Problems problems) {
    CellType type = cell.getType();
    Object value = cell.getValue();
    switch (type) {
      case EMPTY:
        return "";
      case ERROR:
        problems.add(
            sheet,
            row,
            cell.getColumnIndex(),
            "the cell holds the error " + SafeText.quote(String.valueOf(cell.getRawValue())));
        return "";
      case FORMULA:
        if (cell.getRawValue() == null) {
          problems.add(
              sheet,
              row,
              cell.getColumnIndex(),
              "the formula ="
                  + SafeText.escape(String.valueOf(cell.getFormula()))
                  + " has no cached value; open and save the workbook in a spreadsheet program,"
                  + " or type the value");
          return "";
        }
        return Escapes.unescape(plain(value == null ? cell.getRawValue() : value));
      case STRING:
        return Escapes.unescape(plain(value));
      case NUMBER:
      case BOOLEAN:
        return plain(value);
    }
    return "";
  }

  private static String plain(Object value) {
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return value == null ? "" : value.toString();
  }
}
