package org.reformkit.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.ProgressReport;

/**
 * A workbook for tests: the tables the writer makes of a report, which a test changes cell by cell
 * (by sheet name, row number as a spreadsheet shows it, and column header) before writing it.
 */
final class Workbook {
  private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

  static Workbook of(ProgressReport report) {
    Workbook workbook = new Workbook();
    for (Table table : Tables.of(Optional.of(Contents.of(report)), Locale.ENGLISH)) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(new ArrayList<>(table.header()));
      for (Table.Line line : table.lines()) {
        rows.add(new ArrayList<>(line.cells()));
      }
      workbook.sheets.put(table.name(), rows);
    }
    return workbook;
  }

  /** Sets a cell; a row past the end is added. */
  Workbook set(String sheet, int row, String column, String text) {
    List<List<String>> rows = sheets.get(sheet);
    int index = rows.get(0).indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + sheet);
    }
    while (rows.size() < row) {
      List<String> blank = new ArrayList<>();
      rows.get(0).forEach(h -> blank.add(""));
      rows.add(blank);
    }
    rows.get(row - 1).set(index, text);
    return this;
  }

  /** Removes every row of a sheet but its header. */
  Workbook clear(String sheet) {
    List<List<String>> rows = sheets.get(sheet);
    rows.subList(1, rows.size()).clear();
    return this;
  }

  /** Renames a header cell. */
  Workbook header(String sheet, String column, String text) {
    List<String> header = sheets.get(sheet).get(0);
    header.set(header.indexOf(column), text);
    return this;
  }

  Workbook renameSheet(String sheet, String name) {
    Map<String, List<List<String>>> renamed = new LinkedHashMap<>();
    sheets.forEach((k, v) -> renamed.put(k.equals(sheet) ? name : k, v));
    sheets.clear();
    sheets.putAll(renamed);
    return this;
  }

  byte[] bytes() {
    List<Table> tables = new ArrayList<>();
    sheets.forEach(
        (name, rows) -> {
          List<Table.Line> lines = new ArrayList<>();
          for (int i = 1; i < rows.size(); i++) {
            lines.add(
                new Table.Line(i + 1, com.google.common.collect.ImmutableList.copyOf(rows.get(i))));
          }
          tables.add(new Table(name, rows.get(0), lines));
        });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbooks.write(tables, out);
    return out.toByteArray();
  }

  ProgressReport read() {
    return ReformSheets.reader().read(new ByteArrayInputStream(bytes()));
  }

  /**
   * A minimal .xlsx file made by hand, with one sheet whose XML a test gives (formulas, errors).
   */
  static byte[] handMade(String sheetName, String sheetData) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
              + " PartName=\"/xl/worksheets/sheet1.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet"
              + " name=\""
              + sheetName
              + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
              + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              + sheetData
              + "</sheetData></worksheet>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void entry(java.util.zip.ZipOutputStream zip, String name, String text)
      throws IOException {
    zip.putNextEntry(new java.util.zip.ZipEntry(name));
    zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
