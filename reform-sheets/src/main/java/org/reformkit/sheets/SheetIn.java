package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.text.SafeText;

/**
 * One sheet being read against its columns: which column of the file holds which attribute (the
 * header in any of the four languages), and the problems of its header. Internal.
 */
final class SheetIn {
  private final Table table;
  private final Problems problems;
  private final Map<String, Integer> single = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> languages = new LinkedHashMap<>();
  private boolean usable = true;

  SheetIn(Table table, ImmutableList<Columns.Column> columns, Headers headers, Problems problems) {
    this.table = table;
    this.problems = problems;
    ImmutableList<String> header = table.header();
    for (int i = 0; i < header.size(); i++) {
      String text = header.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      Optional<Headers.Resolved> resolved = headers.resolve(text, columns);
      if (resolved.isEmpty()) {
        problems.add(
            table.name(),
            1,
            i,
            SafeText.quote(text)
                + " is not a column of this sheet; expected one of "
                + names(columns));
        continue;
      }
      Headers.Resolved column = resolved.get();
      boolean duplicate;
      if (column.language().isPresent()) {
        duplicate =
            languages
                    .computeIfAbsent(column.name(), k -> new LinkedHashMap<>())
                    .putIfAbsent(column.language().get(), i)
                != null;
      } else {
        duplicate = single.putIfAbsent(column.name(), i) != null;
      }
      if (duplicate) {
        problems.add(table.name(), 1, i, "column " + SafeText.quote(text) + " appears twice");
        usable = false;
      }
    }
    for (Columns.Column column : columns) {
      boolean present =
          column.multilingual()
              ? languages.containsKey(column.name())
              : single.containsKey(column.name());
      if (column.required() && !present) {
        problems.add(
            table.name(),
            1,
            -1,
            "missing required column "
                + SafeText.quote(column.name() + (column.multilingual() ? ".en" : "")));
        usable = false;
      }
    }
  }

  private static String names(ImmutableList<Columns.Column> columns) {
    List<String> names = new ArrayList<>();
    for (Columns.Column column : columns) {
      names.add(column.multilingual() ? column.name() + ".<language>" : column.name());
    }
    return String.join(", ", names);
  }

  /** Whether rows can be read: no required column is missing and none appears twice. */
  boolean usable() {
    return usable;
  }

  String name() {
    return table.name();
  }

  /** The rows that are not blank, each ready to read. */
  List<RowIn> rows() {
    List<RowIn> rows = new ArrayList<>();
    for (Table.Line line : table.lines()) {
      if (!line.blank()) {
        rows.add(new RowIn(this, line));
      }
    }
    return rows;
  }

  Optional<Integer> column(String name) {
    return Optional.ofNullable(single.get(name));
  }

  Map<String, Integer> languageColumns(String name) {
    return languages.getOrDefault(name, Map.of());
  }

  Problems problems() {
    return problems;
  }
}
