package org.reformkit.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.sheets.ReformSheets;
import org.reformkit.sheets.ReformSheetsReader;
import org.reformkit.sheets.ReformSheetsWriter;

/**
 * Reading and writing the programme as an {@code .xlsx} workbook (reform-sheets), beside {@link
 * JsonReadBenchmark#readReformkit()} and {@link JsonWriteBenchmark#writeReformkit()} on the same
 * programme: the ratio of the two is the cost of the spreadsheet (issue 15, point 6). The programme
 * alone is written, as the JSON benchmarks write it. The system size is left out: a workbook of it
 * is beyond what a reform office keeps in a spreadsheet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
public class SheetsBenchmark {
  /** The size of the programme. */
  @Param({"seed", "agency"})
  public String size;

  private final ReformSheetsReader reader = ReformSheets.reader();
  private final ReformSheetsWriter writer = ReformSheets.writer();
  private ReformProgramme programme;
  private byte[] workbook;

  /** Makes the programme and writes its workbook, once. */
  @Setup(Level.Trial)
  public void setUp() {
    programme = Sizes.report(size).programme();
    workbook = write();
  }

  /**
   * Reads the workbook.
   *
   * @return the programme read
   */
  @Benchmark
  public ReformProgramme readWorkbook() {
    return reader.readProgramme(new ByteArrayInputStream(workbook));
  }

  /**
   * Writes the workbook.
   *
   * @return its bytes
   */
  @Benchmark
  public byte[] writeWorkbook() {
    return write();
  }

  private byte[] write() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    writer.write(programme, out);
    return out.toByteArray();
  }
}
