/**
 * Reads and writes reform programmes and progress reports as spreadsheets: {@link
 * org.reformkit.sheets.ReformSheets} is the entry point, {@link
 * org.reformkit.sheets.ReformSheetsReader} and {@link org.reformkit.sheets.ReformSheetsWriter} the
 * immutable reader and writer, {@link org.reformkit.sheets.ReformSheetsException} the one error,
 * listing every {@link org.reformkit.sheets.SheetProblem} of a workbook.
 */
@NullMarked
package org.reformkit.sheets;

import org.jspecify.annotations.NullMarked;
