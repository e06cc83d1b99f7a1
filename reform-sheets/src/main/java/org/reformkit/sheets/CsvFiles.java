package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes a directory of CSV files with Apache Commons CSV, one file per sheet ({@code
 * Phases.csv}), UTF-8, RFC 4180. Internal.
 */
final class CsvFiles {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private CsvFiles() {}

  static void write(List<Table> tables, Path directory) {
    try {
      Files.createDirectories(directory);
      for (Table table : tables) {
        try (Writer out =
                Files.newBufferedWriter(
                    directory.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
          printer.printRecord(table.header());
          for (Table.Line line : table.lines()) {
            printer.printRecord(line.cells());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Table> read(Path directory, SheetLimits limits) {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Table> tables = new ArrayList<>();
    long cells = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String sheet = name.substring(0, name.length() - ".csv".length());
      String text;
      try {
        if (Files.size(file) > limits.maxFileBytes()) {
          throw Limits.exceeded(
              name, "the file is larger than " + limits.maxFileBytes() + " bytes");
        }
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<String> header = new ArrayList<>();
      List<Table.Line> lines = new ArrayList<>();
      int row = 0;
      try (Reader in = new StringReader(text)) {
        for (CSVRecord record : FORMAT.parse(in)) {
          row++;
          if (row > limits.maxRows()) {
            throw Limits.exceeded(sheet, "the sheet has more than " + limits.maxRows() + " rows");
          }
          List<String> values = record.toList();
          cells += values.stream().filter(v -> !v.isEmpty()).count();
          if (cells > limits.maxCells()) {
            throw Limits.exceeded(
                directory.getFileName() + "",
                "the files have more than " + limits.maxCells() + " filled cells");
          }
          if (row == 1) {
            header.addAll(values);
          } else {
            lines.add(new Table.Line(row, ImmutableList.copyOf(values)));
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new ReformSheetsException(
            new SheetProblem(sheet, row + 1, "", "not readable as CSV"), e);
      }
      tables.add(new Table(sheet, header, lines));
    }
    return tables;
  }
}
