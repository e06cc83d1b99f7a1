package org.reformkit.benchmarks.jmh;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.reformkit.benchmarks.adapters.RulesAdapter;
import org.reformkit.benchmarks.plain.PlainConverter;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.benchmarks.validation.CheckedFactory;
import org.reformkit.benchmarks.validation.YaviChecks;
import org.reformkit.core.model.ProgressReport;

/**
 * Validation: the standard rules on a whole report, and the checks shared with Bean Validation
 * ({@link org.reformkit.benchmarks.validation.SharedChecks}) run by reformkit and by Hibernate
 * Validator on annotated plain classes and by YAVI's own validators ({@link YaviChecks}) on the
 * plain classes, each holding the same data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
public class ValidationBenchmark {
  /** The size of the programme. */
  @Param({"seed", "agency", "system"})
  public String size;

  private ProgressReport report;
  private PlainProgramme checked;
  private PlainProgramme plain;
  private ValidatorFactory validatorFactory;
  private Validator validator;

  /** Makes the report, its annotated and plain copies and the Hibernate validator. */
  @Setup(Level.Trial)
  public void setUp() {
    report = Sizes.report(size);
    checked = PlainConverter.convert(report.programme(), CheckedFactory.INSTANCE);
    plain = PlainConverter.plain(report.programme());
    validatorFactory =
        Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
    validator = validatorFactory.getValidator();
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    validatorFactory.close();
  }

  /**
   * The standard rule set on the whole report.
   *
   * @return the number of findings
   */
  @Benchmark
  public int standardRules() {
    return RulesAdapter.validateStandard(report);
  }

  /**
   * reformkit restricted to the shared checks.
   *
   * @return the number of findings
   */
  @Benchmark
  public int sharedChecksReformkit() {
    return RulesAdapter.validateShared(report.programme());
  }

  /**
   * Hibernate Validator on the annotated plain classes: the baseline.
   *
   * @return the number of violations
   */
  @Benchmark
  public int sharedChecksHibernateValidator() {
    return validator.validate(checked).size();
  }

  /**
   * YAVI's validators, built once, on the plain classes: the second baseline.
   *
   * @return the number of violations
   */
  @Benchmark
  public int sharedChecksYavi() {
    return YaviChecks.validate(plain).size();
  }
}
