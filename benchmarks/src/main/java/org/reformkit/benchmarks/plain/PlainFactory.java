package org.reformkit.benchmarks.plain;

/**
 * Makes the plain objects that {@link PlainConverter} fills: the plain classes themselves, or
 * subclasses of them that carry Bean Validation constraints.
 */
public interface PlainFactory {
  /** The plain classes themselves. */
  PlainFactory PLAIN =
      new PlainFactory() {
        @Override
        public PlainProgramme programme() {
          return new PlainProgramme();
        }

        @Override
        public PlainCommitment commitment() {
          return new PlainCommitment();
        }

        @Override
        public PlainPhase phase() {
          return new PlainPhase();
        }

        @Override
        public PlainPostLine postLine() {
          return new PlainPostLine();
        }

        @Override
        public PlainPost post() {
          return new PlainPost();
        }

        @Override
        public PlainPostTotal postTotal() {
          return new PlainPostTotal();
        }

        @Override
        public PlainIndicator indicator() {
          return new PlainIndicator();
        }

        @Override
        public PlainMeasurement measurement() {
          return new PlainMeasurement();
        }

        @Override
        public PlainValue value() {
          return new PlainValue();
        }

        @Override
        public PlainEngagement engagement() {
          return new PlainEngagement();
        }

        @Override
        public PlainBaseline baseline() {
          return new PlainBaseline();
        }

        @Override
        public PlainTarget target() {
          return new PlainTarget();
        }
      };

  /**
   * Returns a new programme.
   *
   * @return the programme
   */
  PlainProgramme programme();

  /**
   * Returns a new commitment.
   *
   * @return the commitment
   */
  PlainCommitment commitment();

  /**
   * Returns a new phase.
   *
   * @return the phase
   */
  PlainPhase phase();

  /**
   * Returns a new post line.
   *
   * @return the post line
   */
  PlainPostLine postLine();

  /**
   * Returns a new post.
   *
   * @return the post
   */
  PlainPost post();

  /**
   * Returns a new post total.
   *
   * @return the post total
   */
  PlainPostTotal postTotal();

  /**
   * Returns a new indicator.
   *
   * @return the indicator
   */
  PlainIndicator indicator();

  /**
   * Returns a new measurement.
   *
   * @return the measurement
   */
  PlainMeasurement measurement();

  /**
   * Returns a new value.
   *
   * @return the value
   */
  PlainValue value();

  /**
   * Returns a new staff engagement.
   *
   * @return the engagement
   */
  PlainEngagement engagement();

  /**
   * Makes an empty baseline.
   *
   * @return the baseline
   */
  PlainBaseline baseline();

  /**
   * Makes an empty target.
   *
   * @return the target
   */
  PlainTarget target();
}
