/**
 * reformkit spreadsheets: reads and writes reform programmes and progress reports as {@code .xlsx}
 * workbooks or as CSV files, one sheet per kind of element.
 *
 * <p>Use the {@link org.reformkit.sheets.ReformSheets} facade.
 */
module org.reformkit.sheets {
  requires transitive org.reformkit.core;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.csv;
  requires org.apache.commons.compress;
  requires static org.jspecify;

  exports org.reformkit.sheets;

  // the header bundles (headers*.properties) are read by reform-core's Bundle
  opens org.reformkit.sheets to
      org.reformkit.core;
}
