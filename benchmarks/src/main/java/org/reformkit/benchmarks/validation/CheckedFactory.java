package org.reformkit.benchmarks.validation;

import org.reformkit.benchmarks.plain.PlainBaseline;
import org.reformkit.benchmarks.plain.PlainCommitment;
import org.reformkit.benchmarks.plain.PlainEngagement;
import org.reformkit.benchmarks.plain.PlainFactory;
import org.reformkit.benchmarks.plain.PlainIndicator;
import org.reformkit.benchmarks.plain.PlainMeasurement;
import org.reformkit.benchmarks.plain.PlainPhase;
import org.reformkit.benchmarks.plain.PlainPost;
import org.reformkit.benchmarks.plain.PlainPostLine;
import org.reformkit.benchmarks.plain.PlainPostTotal;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.benchmarks.plain.PlainTarget;
import org.reformkit.benchmarks.plain.PlainValue;

/** Makes the Bean Validation-annotated variants of the plain classes. */
public final class CheckedFactory implements PlainFactory {
  /** The one instance. */
  public static final CheckedFactory INSTANCE = new CheckedFactory();

  private CheckedFactory() {}

  @Override
  public PlainProgramme programme() {
    return new CheckedProgramme();
  }

  @Override
  public PlainCommitment commitment() {
    return new CheckedCommitment();
  }

  @Override
  public PlainPhase phase() {
    return new CheckedPhase();
  }

  @Override
  public PlainPostLine postLine() {
    return new CheckedPostLine();
  }

  @Override
  public PlainPost post() {
    return new CheckedPost();
  }

  @Override
  public PlainPostTotal postTotal() {
    return new CheckedPostTotal();
  }

  @Override
  public PlainIndicator indicator() {
    return new CheckedIndicator();
  }

  @Override
  public PlainMeasurement measurement() {
    return new CheckedMeasurement();
  }

  @Override
  public PlainValue value() {
    return new CheckedValue();
  }

  @Override
  public PlainEngagement engagement() {
    return new CheckedEngagement();
  }

  @Override
  public PlainBaseline baseline() {
    return new CheckedBaseline();
  }

  @Override
  public PlainTarget target() {
    return new CheckedTarget();
  }
}
