package org.reformkit.benchmarks.data;

import java.util.Locale;

/**
 * The three sizes the benchmarks run at, with what the synthetic programme of each size holds.
 *
 * <p>Posts are split half in counted lines, half one by one. {@link #SEED} is the seed report
 * itself, so its figures are those of the report, not the ones here.
 */
public enum ProgrammeSize {
  /** The seed report (ILO GB.325/INS/15/1) as it is. */
  SEED(0, 0, 0, 0),
  /** An agency: about 3,000 posts, 50 commitments, 300 indicators of 12 measurements. */
  AGENCY(3_000, 50, 300, 12),
  /** A system-wide review: about 130,000 posts, 500 commitments, 10,000 indicators of 24. */
  SYSTEM(130_000, 500, 10_000, 24);

  private final int posts;
  private final int commitments;
  private final int indicators;
  private final int measurementsPerIndicator;

  ProgrammeSize(int posts, int commitments, int indicators, int measurementsPerIndicator) {
    this.posts = posts;
    this.commitments = commitments;
    this.indicators = indicators;
    this.measurementsPerIndicator = measurementsPerIndicator;
  }

  /**
   * Returns the number of posts, in counted lines and one by one together.
   *
   * @return the posts
   */
  public int posts() {
    return posts;
  }

  /**
   * Returns the number of commitments.
   *
   * @return the commitments
   */
  public int commitments() {
    return commitments;
  }

  /**
   * Returns the number of indicators.
   *
   * @return the indicators
   */
  public int indicators() {
    return indicators;
  }

  /**
   * Returns the number of measurements of each indicator.
   *
   * @return the measurements per indicator
   */
  public int measurementsPerIndicator() {
    return measurementsPerIndicator;
  }

  /**
   * Returns the name used as a JMH parameter value: {@code seed}, {@code agency} or {@code system}.
   *
   * @return the parameter value
   */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the size named by a JMH parameter value.
   *
   * @param parameter {@code seed}, {@code agency} or {@code system}, in any case
   * @return the size
   */
  public static ProgrammeSize ofParameter(String parameter) {
    return valueOf(parameter.toUpperCase(Locale.ROOT));
  }
}
