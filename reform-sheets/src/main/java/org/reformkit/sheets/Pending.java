package org.reformkit.sheets;

/**
 * An element read from a row and waiting for the rows of other sheets (its phases, its references),
 * with the row it came from for any problem found later. Internal.
 *
 * @param <T> the element's builder or value
 */
record Pending<T>(RowIn row, T value) {}
