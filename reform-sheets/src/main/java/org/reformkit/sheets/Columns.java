package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;

/**
 * The columns of one sheet, in order, spelt in one table used by reading and writing: a column
 * name, {@code *} after it for text in several languages (one column per language, {@code
 * title.en}, {@code title.zh}), {@code !} for a column a row must fill. Internal.
 */
final class Columns {
  /** One column: its name, whether it holds text in several languages, whether it is required. */
  record Column(String name, boolean multilingual, boolean required) {}

  private Columns() {}

  static ImmutableList<Column> of(String... specs) {
    ImmutableList.Builder<Column> columns = ImmutableList.builder();
    for (String spec : specs) {
      boolean required = spec.endsWith("!");
      String rest = required ? spec.substring(0, spec.length() - 1) : spec;
      boolean multilingual = rest.endsWith("*");
      String name = multilingual ? rest.substring(0, rest.length() - 1) : rest;
      columns.add(new Column(name, multilingual, required));
    }
    return columns.build();
  }
}
