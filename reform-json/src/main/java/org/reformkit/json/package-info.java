/**
 * The JSON form of the reformkit model.
 *
 * <p>{@link org.reformkit.json.ReformJson#reader()} and {@link
 * org.reformkit.json.ReformJson#writer()} give the immutable, thread-safe {@link
 * org.reformkit.json.ReformJsonReader} and {@link org.reformkit.json.ReformJsonWriter}: what they
 * read or write (a {@link org.reformkit.core.model.ProgressReport}, a {@link
 * org.reformkit.core.model.ReformProgramme} or findings, a {@link
 * org.reformkit.core.rules.ValidationResult}), how strictly, within which limits and in which
 * layout are their settings ({@code ReformJson.reader().forProgramme().keepingUnknown()}), and only
 * the source or sink varies: a {@code String}, a {@code Reader}/{@code Writer}, a stream, a file,
 * or UTF-8 bytes in a {@code byte[]}. Reading is strict by default (an unknown property is an
 * error); a reader that keeps unknown properties reads a document of a later minor version into an
 * {@link org.reformkit.json.Extended} value, which writes them back unchanged. Everything that can
 * go wrong reading is a {@link org.reformkit.json.ReformJsonException} with the JSON Pointer, line
 * and column of the offending element. {@link org.reformkit.json.ReformModule} plugs the same
 * format into a user's own Jackson 3 {@code JsonMapper}. The format is described in {@code
 * docs/JSON-FORMAT.md} and by the JSON Schemas returned by {@link
 * org.reformkit.json.ReformJson#jsonSchema()} and {@link
 * org.reformkit.json.ReformJson#findingsJsonSchema()}.
 */
@NullMarked
package org.reformkit.json;

import org.jspecify.annotations.NullMarked;
