/**
 * The JSON form of the reformkit model.
 *
 * <p>{@link org.reformkit.json.ReformJson} reads and writes a {@link
 * org.reformkit.core.model.ProgressReport} or a {@link org.reformkit.core.model.ReformProgramme}
 * from and to a {@code String}, a {@code Reader}/{@code Writer}, a stream or a file, and reads
 * one from UTF-8 bytes in a {@code byte[]}. Reading is
 * strict by default (an unknown property is an error); {@code read…KeepingUnknown} reads a document
 * of a later minor version and keeps what it does not know in an {@link
 * org.reformkit.json.Extended} value, which writes them back unchanged. Everything that can go
 * wrong reading is a {@link org.reformkit.json.ReformJsonException} with the JSON Pointer, line and
 * column of the offending element. {@link org.reformkit.json.ReformModule} plugs the same format
 * into a user's own Jackson 3 {@code JsonMapper}. The format is described in {@code
 * docs/JSON-FORMAT.md} and by the JSON Schema returned by {@link
 * org.reformkit.json.ReformJson#jsonSchema()}.
 */
@NullMarked
package org.reformkit.json;

import org.jspecify.annotations.NullMarked;
