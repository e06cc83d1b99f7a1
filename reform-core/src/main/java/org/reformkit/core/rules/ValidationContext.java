package org.reformkit.core.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.reformkit.core.model.ProgressReport;

/**
 * What a validation needs besides the data: the date the checks are made as of (a phase is overdue
 * only as of a date; no actual date may lie after it) and the locale of the messages.
 *
 * <pre>{@code
 * ValidationContext.of(LocalDate.of(2015, 11, 1), Locale.CHINESE);
 * ValidationContext.forReport(report, Locale.ENGLISH); // as of the report's date
 * ValidationContext.builder().asOf(LocalDate.now()).build(); // English messages
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationContext {
  private final LocalDate asOf;
  private final Locale locale;

  private ValidationContext(LocalDate asOf, Locale locale) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * Returns a context.
   *
   * @param asOf the date the checks are made as of
   * @param locale the locale of the messages
   * @return the context
   */
  public static ValidationContext of(LocalDate asOf, Locale locale) {
    return new ValidationContext(asOf, locale);
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
    return new ValidationContext(report.asOf().lastDay(), locale);
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
    return new ValidationContext(newAsOf, locale);
  }

  /**
   * Returns a copy with another locale.
   *
   * @param newLocale the locale
   * @return the new context
   */
  public ValidationContext withLocale(Locale newLocale) {
    return new ValidationContext(asOf, newLocale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationContext that
        && asOf.equals(that.asOf)
        && locale.equals(that.locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, locale);
  }

  @Override
  public String toString() {
    return "ValidationContext{asOf=" + asOf + ", locale=" + locale.toLanguageTag() + "}";
  }

  /** Builds a {@link ValidationContext}. Not thread-safe; the context it builds is. */
  public static final class Builder {
    private LocalDate asOf = LocalDate.MIN;
    private boolean asOfSet;
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

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
      return new ValidationContext(asOf, locale);
    }
  }
}
