package org.reformkit.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;
import org.reformkit.benchmarks.adapters.JsonAdapter;
import org.reformkit.benchmarks.adapters.PlainJson;
import org.reformkit.benchmarks.data.ProgrammeGenerator;
import org.reformkit.benchmarks.data.ProgrammeSize;
import org.reformkit.benchmarks.plain.PlainConverter;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures what JMH does not: for each size, the number of elements and posts, the JSON size on
 * each side, and the retained heap of the programme and of its plain copy (JOL's {@code
 * GraphLayout.parseInstance(...).totalSize()}), and writes them as JSON.
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Measures the sizes named (all three by default) and writes the figures.
   *
   * @param args the output file, then optionally sizes ({@code seed agency system})
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    ProgrammeSize[] sizes = ProgrammeSize.values();
    if (args.length > 1) {
      sizes = new ProgrammeSize[args.length - 1];
      for (int i = 1; i < args.length; i++) {
        sizes[i - 1] = ProgrammeSize.ofParameter(args[i]);
      }
    }
    Map<String, Map<String, Long>> figures = measure(sizes);
    JsonMapper mapper = PlainJson.mapper();
    Files.write(
        Path.of(args[0]), mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(figures));
  }

  /**
   * Measures the sizes given.
   *
   * @param sizes the sizes
   * @return for each size's parameter name, its figures by name
   */
  public static Map<String, Map<String, Long>> measure(ProgrammeSize... sizes) {
    JsonMapper mapper = PlainJson.mapper();
    Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
    for (ProgrammeSize size : sizes) {
      ReformProgramme programme =
          ProgrammeGenerator.report(size, ProgrammeGenerator.DEFAULT_SEED).programme();
      PlainProgramme plain = PlainConverter.plain(programme);
      Map<String, Long> row = new LinkedHashMap<>();
      row.put("elements", ProgrammeGenerator.elementCount(programme));
      row.put("posts", ProgrammeGenerator.postCount(programme));
      row.put("jsonBytesReformkit", (long) JsonAdapter.write(programme).length);
      row.put("jsonBytesPlain", (long) mapper.writeValueAsBytes(plain).length);
      row.put("heapBytesReformkit", GraphLayout.parseInstance(programme).totalSize());
      row.put("heapBytesPlain", GraphLayout.parseInstance(plain).totalSize());
      figures.put(size.parameter(), row);
    }
    return figures;
  }
}
