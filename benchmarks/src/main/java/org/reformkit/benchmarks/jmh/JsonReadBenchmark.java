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
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading JSON: reformkit's binding, Jackson databind into the plain classes, and a raw token scan
 * of each side's bytes (the floor that no binding can beat).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
public class JsonReadBenchmark {
  /** The size of the programme. */
  @Param({"seed", "agency", "system"})
  public String size;

  private JsonMapper plainMapper;
  private byte[] reformkitJson;
  private byte[] plainJson;

  /** Writes the programme both ways, once. */
  @Setup(Level.Trial)
  public void setUp() {
    plainMapper = PlainJson.mapper();
    var programme = Sizes.report(size).programme();
    reformkitJson = JsonAdapter.write(programme);
    plainJson = plainMapper.writeValueAsBytes(PlainConverter.plain(programme));
  }

  /**
   * reformkit's reader.
   *
   * @return the programme read
   */
  @Benchmark
  public Object readReformkit() {
    return JsonAdapter.read(reformkitJson);
  }

  /**
   * Jackson databind into the plain classes: the baseline.
   *
   * @return the programme read
   */
  @Benchmark
  public PlainProgramme readPlainDatabind() {
    return plainMapper.readValue(plainJson, PlainProgramme.class);
  }

  /**
   * A raw token scan of reformkit's bytes: the floor for {@link #readReformkit()}.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long tokenScanReformkitJson() {
    return scan(reformkitJson);
  }

  /**
   * A raw token scan of the plain classes' bytes: the floor for {@link #readPlainDatabind()}.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long tokenScanPlainJson() {
    return scan(plainJson);
  }

  private long scan(byte[] json) {
    long tokens = 0;
    try (JsonParser parser = plainMapper.createParser(json)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
