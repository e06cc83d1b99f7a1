package org.reformkit.benchmarks.data;

import java.io.IOException;
import java.nio.file.Path;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/**
 * Writes a generated programme to a JSON file, as a user would have it on disk, for the
 * whole-process measurements of {@code benchmarks/cold-start}.
 *
 * <pre>{@code
 * java -cp ... org.reformkit.benchmarks.data.ProgrammeFiles system target/system.json
 * }</pre>
 */
public final class ProgrammeFiles {
  private ProgrammeFiles() {}

  /**
   * Writes the report of one size, with the default seed, in the compact layout.
   *
   * @param size the size
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public static void write(ProgrammeSize size, Path file) throws IOException {
    ReformJson.writeReport(
        ProgrammeGenerator.report(size, ProgrammeGenerator.DEFAULT_SEED), Layout.COMPACT, file);
  }

  /**
   * Writes the report of a size to a file: {@code ProgrammeFiles SIZE FILE}.
   *
   * @param args the size ({@code seed}, {@code agency} or {@code system}) and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ProgrammeFiles seed|agency|system FILE");
    }
    write(ProgrammeSize.ofParameter(args[0]), Path.of(args[1]));
  }
}
