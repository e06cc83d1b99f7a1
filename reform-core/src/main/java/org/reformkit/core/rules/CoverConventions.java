package org.reformkit.core.rules;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformkit.core.model.SymbolFamily;

/**
 * Which cover and header facts a body's papers must state: a property of the body's conventions,
 * not of the model. The rule {@code DOCUMENT_COVER_FIELDS} reports each required fact a paper
 * leaves out, and nothing else.
 *
 * <p>Unless the caller states the conventions in the {@link ValidationContext}, they follow the
 * family of the paper's symbol ({@link #standard(SymbolFamily)}): the ILO's set for ILO Governing
 * Body papers, none for other bodies, so that a paper of another body is not given ILO errors.
 *
 * <pre>{@code
 * CoverConventions ifad = CoverConventions.builder()
 *     .require(CoverField.DATE)
 *     .require(CoverField.DISTRIBUTION)
 *     .require(CoverField.ACTIONS_REQUESTED)
 *     .require(CoverField.CONTACTS)
 *     .build();
 * ValidationContext context = ValidationContext.forReport(report, Locale.ENGLISH)
 *     .withCoverConventions(ifad);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CoverConventions {
  private static final int ILO_MAIN_OUTCOME_FROM = 2017;

  private static final CoverConventions NONE = new CoverConventions(ImmutableMap.of());

  private static final CoverConventions ILO =
      builder()
          .require(CoverField.PURPOSE)
          .require(CoverField.STRATEGIC_OBJECTIVE)
          .requireFrom(CoverField.MAIN_OUTCOME, ILO_MAIN_OUTCOME_FROM)
          .require(CoverField.POLICY_IMPLICATIONS)
          .require(CoverField.LEGAL_IMPLICATIONS)
          .require(CoverField.FINANCIAL_IMPLICATIONS)
          .require(CoverField.FOLLOW_UP_ACTION)
          .require(CoverField.AUTHOR_UNIT)
          .build();

  /** Each required field with the first year it is required in (0: always). */
  private final ImmutableMap<CoverField, Integer> required;

  private CoverConventions(ImmutableMap<CoverField, Integer> required) {
    this.required = required;
  }

  /**
   * Returns the ILO Governing Body's conventions: purpose, relevant strategic objective, policy,
   * legal and financial implications, follow-up action required and author unit; from 2017 (by the
   * paper's date, else its session's dates) also the main relevant outcome.
   *
   * @return the ILO's conventions
   */
  public static CoverConventions ilo() {
    return ILO;
  }

  /**
   * Returns conventions that require nothing.
   *
   * @return no requirements
   */
  public static CoverConventions none() {
    return NONE;
  }

  /**
   * Returns the conventions the rule checks assume for a family of symbols when the caller states
   * none: the ILO's for {@link SymbolFamily#ILO_GOVERNING_BODY}, none for every other family (their
   * cover pages differ, and the library does not guess them).
   *
   * @param family the family of the paper's symbol
   * @return the conventions
   */
  public static CoverConventions standard(SymbolFamily family) {
    return family == SymbolFamily.ILO_GOVERNING_BODY ? ILO : NONE;
  }

  /**
   * Starts conventions that require nothing until told.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a paper of a year must state the field. A paper whose year is unknown must state the
   * fields required always, not those required only from some year.
   *
   * @param field the field
   * @param year the paper's year, if known
   * @return whether the field is required
   */
  public boolean requires(CoverField field, Optional<Integer> year) {
    Integer from = required.get(field);
    if (from == null) {
      return false;
    }
    return from == 0 || year.filter(y -> y >= from).isPresent();
  }

  /**
   * Returns the required fields, each with the first year from which it is required (empty:
   * always), in the order of {@link CoverField}.
   *
   * @return the required fields
   */
  public ImmutableMap<CoverField, Optional<Integer>> required() {
    ImmutableMap.Builder<CoverField, Optional<Integer>> out = ImmutableMap.builder();
    required.forEach((f, y) -> out.put(f, y == 0 ? Optional.empty() : Optional.of(y)));
    return out.buildOrThrow();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoverConventions that && required.equals(that.required);
  }

  @Override
  public int hashCode() {
    return Objects.hash(required);
  }

  @Override
  public String toString() {
    return "CoverConventions" + required();
  }

  /** Builds {@link CoverConventions}. Not thread-safe; the conventions it builds are. */
  public static final class Builder {
    private final Map<CoverField, Integer> required = new EnumMap<>(CoverField.class);

    private Builder() {}

    /**
     * Requires a field on every paper.
     *
     * @param field the field
     * @return this builder
     */
    public Builder require(CoverField field) {
      required.put(Objects.requireNonNull(field, "field"), 0);
      return this;
    }

    /**
     * Requires a field on papers of a year or later (by the paper's date, else its session's).
     *
     * @param field the field
     * @param year the first year it is required in
     * @return this builder
     * @throws IllegalArgumentException if the year is not positive
     */
    public Builder requireFrom(CoverField field, int year) {
      if (year <= 0) {
        throw new IllegalArgumentException("a year from which a field is required is positive");
      }
      required.put(Objects.requireNonNull(field, "field"), year);
      return this;
    }

    /**
     * Builds the conventions.
     *
     * @return the conventions
     */
    public CoverConventions build() {
      return new CoverConventions(ImmutableMap.copyOf(required));
    }
  }
}
