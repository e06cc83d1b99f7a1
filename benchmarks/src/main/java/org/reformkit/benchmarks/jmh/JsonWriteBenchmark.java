package org.reformkit.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.reformkit.benchmarks.adapters.JsonAdapter;
import org.reformkit.benchmarks.adapters.PlainJson;
import org.reformkit.benchmarks.plain.PlainConverter;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.json.JsonMapper;

/** Writing JSON: reformkit's binding against Jackson databind on the plain classes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
public class JsonWriteBenchmark {
  /** The size of the programme. */
  @Param({"seed", "agency", "system"})
  public String size;

  private JsonMapper plainMapper;
  private ReformProgramme programme;
  private PlainProgramme plain;

  /** Makes the programme and its plain copy. */
  @Setup(Level.Trial)
  public void setUp() {
    plainMapper = PlainJson.mapper();
    programme = Sizes.report(size).programme();
    plain = PlainConverter.plain(programme);
  }

  /**
   * reformkit's writer.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writeReformkit() {
    return JsonAdapter.write(programme);
  }

  /**
   * Jackson databind on the plain classes: the baseline.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writePlainDatabind() {
    return plainMapper.writeValueAsBytes(plain);
  }
}
