package org.reformkit.core.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.SymbolFamily;

/**
 * What a validation needs besides the data: the date the checks are made as of (a phase is overdue
 * only as of a date; no actual date may lie after it), the locale of the messages and, where the
 * caller states them, the cover conventions of its body ({@link CoverConventions}; otherwise each
 * paper is held to those of its symbol's family).
 *
 * <pre>{@code
 * ValidationContext.of(LocalDate.of(2015, 11, 1), Locale.CHINESE);
 * ValidationContext.forReport(report, Locale.ENGLISH); // as of the report's date
 * ValidationContext.builder().asOf(LocalDate.now()).build(); // English messages
 * ValidationContext.of(LocalDate.of(2016, 1, 29), Locale.ENGLISH)
 *     .withCoverConventions(CoverConventions.none()); // a body whose covers require nothing
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationContext {
  private final LocalDate asOf;
  private final Locale locale;
  private final Optional<CoverConventions> coverConventions;

  private ValidationContext(
      LocalDate asOf, Locale locale, Optional<CoverConventions> coverConventions) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.coverConventions = coverConventions;
  }

  /**
   * Returns a context.
   *
   * @param asOf the date the checks are made as of
   * @param locale the locale of the messages
   * @return the context
   */
  public static ValidationContext of(LocalDate asOf, Locale locale) {
    return new ValidationContext(asOf, locale, Optional.empty());
  }

  /**
   * Returns a context as of a progress report's date. The report's date is often known only to the
   * month; the context takes its last possible day, so that nothing the report could have known is
   * reported as lying in the future.
   *
   * @param report the report
   * @param locale the locale of the messages
   * @return the context
   */
  public static ValidationContext forReport(ProgressReport report, Locale locale) {
    return new ValidationContext(report.asOf().lastDay(), locale, Optional.empty());
  }

  /**
   * Starts a context; the locale is English unless set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the date the checks are made as of.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the locale of the messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns a copy with another as-of date.
   *
   * @param newAsOf the as-of date
   * @return the new context
   */
  public ValidationContext withAsOf(LocalDate newAsOf) {
    return new ValidationContext(newAsOf, locale, coverConventions);
  }

  /**
   * Returns a copy with another locale.
   *
   * @param newLocale the locale
   * @return the new context
   */
  public ValidationContext withLocale(Locale newLocale) {
    return new ValidationContext(asOf, newLocale, coverConventions);
  }

  /**
   * Returns the cover conventions the caller stated for every paper validated in this context;
   * empty when each paper is held to those of its symbol's family ({@link
   * CoverConventions#standard(SymbolFamily)}).
   *
   * @return the stated cover conventions
   */
  public Optional<CoverConventions> coverConventions() {
    return coverConventions;
  }

  /**
   * Returns the cover conventions a paper is held to: those the caller stated, else those of the
   * family of the paper's symbol.
   *
   * @param family the family of the paper's symbol
   * @return the conventions
   */
  public CoverConventions coverConventionsFor(SymbolFamily family) {
    return coverConventions.orElseGet(() -> CoverConventions.standard(family));
  }

  /**
   * Returns a copy that holds every paper to the given cover conventions, whatever its symbol.
   *
   * @param conventions the conventions of the caller's body
   * @return the new context
   */
  public ValidationContext withCoverConventions(CoverConventions conventions) {
    return new ValidationContext(
        asOf, locale, Optional.of(Objects.requireNonNull(conventions, "conventions")));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationContext that
        && asOf.equals(that.asOf)
        && locale.equals(that.locale)
        && coverConventions.equals(that.coverConventions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, locale, coverConventions);
  }

  @Override
  public String toString() {
    return "ValidationContext{asOf="
        + asOf
        + ", locale="
        + locale.toLanguageTag()
        + coverConventions.map(c -> ", coverConventions=" + c).orElse("")
        + "}";
  }

  /** Builds a {@link ValidationContext}. Not thread-safe; the context it builds is. */
  public static final class Builder {
    private LocalDate asOf = LocalDate.MIN;
    private boolean asOfSet;
    private Locale locale = Locale.ENGLISH;
    private Optional<CoverConventions> coverConventions = Optional.empty();

    private Builder() {}

    /**
     * Sets the cover conventions of the caller's body, for every paper validated (if not set, each
     * paper is held to those of its symbol's family).
     *
     * @param conventions the conventions
     * @return this builder
     */
    public Builder coverConventions(CoverConventions conventions) {
      this.coverConventions = Optional.of(Objects.requireNonNull(conventions, "conventions"));
      return this;
    }

    /**
     * Sets the as-of date (required).
     *
     * @param date the as-of date
     * @return this builder
     */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "asOf");
      this.asOfSet = true;
      return this;
    }

    /**
     * Sets the locale of the messages (English if not set).
     *
     * @param messageLocale the locale
     * @return this builder
     */
    public Builder locale(Locale messageLocale) {
      this.locale = Objects.requireNonNull(messageLocale, "locale");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws IllegalStateException if no as-of date was set
     */
    public ValidationContext build() {
      if (!asOfSet) {
        throw new IllegalStateException("a validation context needs an as-of date");
      }
      return new ValidationContext(asOf, locale, coverConventions);
    }
  }
}
