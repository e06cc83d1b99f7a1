package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The mapping of one sheet: its name, its columns (one table used by reading and writing), the rows
 * a report gives it, and how one of its rows is read into the workbook being assembled. A new kind
 * of element is one more small subclass, listed in {@link Layout}. Internal.
 */
abstract class SheetMapping {
  /** The sheet's name, English, as the bundles key it ({@code sheet.Phases}). */
  abstract String name();

  /** Its columns, in order. */
  abstract ImmutableList<Columns.Column> columns();

  /** Its rows for a report, in the report's order. */
  abstract List<RowOut> rows(Contents report);

  /** Reads one non-blank row into the workbook being assembled. */
  abstract void read(RowIn row, Assembly into);
}
