package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.text.Bundle;

/**
 * Turns a report into tables (one per sheet of the layout, headers in one language) and tables back
 * into a report, through the sheets' mappings. Internal.
 */
final class Tables {
  private Tables() {}

  /** The tables of a report; of an empty template when the report is absent. */
  static List<Table> of(Optional<Contents> report, Locale locale) {
    Headers headers = Headers.get();
    List<Table> tables = new ArrayList<>();
    for (SheetMapping mapping : Layout.WRITTEN) {
      List<RowOut> rows = report.map(mapping::rows).orElse(List.of());
      List<String> keys = new ArrayList<>();
      List<String> header = new ArrayList<>();
      for (Columns.Column column : mapping.columns()) {
        if (!column.multilingual()) {
          keys.add(column.name());
          header.add(headers.column(column.name(), Optional.empty(), locale));
          continue;
        }
        Set<String> languages = new LinkedHashSet<>(Bundle.LANGUAGES);
        String prefix = column.name() + ".";
        for (RowOut row : rows) {
          for (String key : row.cells().keySet()) {
            String rest = key.startsWith(prefix) ? key.substring(prefix.length()) : "";
            if (!rest.isEmpty() && !rest.contains(".")) {
              languages.add(rest);
            }
          }
        }
        for (String language : languages) {
          keys.add(prefix + language);
          header.add(headers.column(column.name(), Optional.of(language), locale));
        }
      }
      List<Table.Line> lines = new ArrayList<>();
      for (RowOut row : rows) {
        ImmutableList.Builder<String> cells = ImmutableList.builder();
        for (String key : keys) {
          cells.add(row.cells().getOrDefault(key, ""));
        }
        lines.add(new Table.Line(lines.size() + 2, cells.build()));
      }
      tables.add(new Table(headers.sheet(mapping.name(), locale), header, lines));
    }
    return tables;
  }

  /** The report the tables hold; every problem at once if they hold none. */
  static ProgressReport read(List<Table> tables, String source, Problems problems) {
    return read(tables, source, problems, a -> a.build(source));
  }

  /** The programme alone the tables hold; every problem at once if they hold none. */
  static ReformProgramme readProgramme(List<Table> tables, String source, Problems problems) {
    return read(tables, source, problems, a -> a.buildProgramme(source));
  }

  private static <T> T read(
      List<Table> tables, String source, Problems problems, Function<Assembly, Optional<T>> build) {
    Headers headers = Headers.get();
    List<Table> unmatched = new ArrayList<>(tables);
    Assembly assembly = new Assembly(problems);
    for (SheetMapping mapping : Layout.READ) {
      Optional<Table> table =
          unmatched.stream().filter(t -> headers.isSheet(t.name(), mapping.name())).findFirst();
      if (table.isEmpty()) {
        continue;
      }
      unmatched.remove(table.get());
      SheetIn sheet = new SheetIn(table.get(), mapping.columns(), headers, problems);
      if (!sheet.usable()) {
        assembly.unreadable.add(mapping.name());
        continue;
      }
      for (RowIn row : sheet.rows()) {
        mapping.read(row, assembly);
      }
    }
    for (Table table : unmatched) {
      List<String> names = new ArrayList<>();
      Layout.WRITTEN.forEach(m -> names.add(m.name()));
      problems.add(
          table.name(),
          0,
          -1,
          "not a sheet of the layout; expected one of " + String.join(", ", names));
    }
    Optional<T> read = build.apply(assembly);
    problems.throwIfAny();
    return read.orElseThrow();
  }
}
