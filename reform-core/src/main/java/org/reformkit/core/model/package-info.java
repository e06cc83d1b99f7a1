/**
 * The immutable model of a reform programme: the programme and its commitments, phases, posts,
 * indicators, staff engagements, external support, policies and committees, governing-body
 * documents and progress reports.
 *
 * <p>Every value is immutable, compares by value and prints readably. Values with many attributes
 * are made with a builder ({@code Commitment.builder()}) and copied with {@code with…} methods;
 * small values are made with a factory ({@code CommitmentId.of("bpr")}, {@code
 * DocumentSymbol.parse("GB.325/INS/15/1")}, {@code PartialDate.parse("2015-07")}). Absent facts are
 * {@link java.util.Optional}, never null. The model refuses only what has no meaning, with an
 * {@link org.reformkit.core.model.InvalidValueException} naming the field; inconsistencies are left
 * to the rule checks.
 */
@ReformStyle
@NullMarked
package org.reformkit.core.model;

import org.jspecify.annotations.NullMarked;
