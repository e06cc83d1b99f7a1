package org.reformkit.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.benchmarks.adapters.PlainJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code RESULTS.md} from a JMH JSON result file and a {@link Footprint} file: every figure,
 * every ratio of issue 7 against its goal, the machine and the command.
 */
public final class ResultsReport {
  private static final String[] SIZES = {"seed", "agency", "system"};
  private static final String PACKAGE = "org.reformkit.benchmarks.jmh.";

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final JsonNode footprint;
  private final StringBuilder out = new StringBuilder();

  /** One JMH figure: score, error, unit, and bytes allocated per operation if profiled. */
  private static final class Score {
    final double score;
    final double error;
    final String unit;
    final double allocated;

    Score(double score, double error, String unit, double allocated) {
      this.score = score;
      this.error = error;
      this.unit = unit;
      this.allocated = allocated;
    }
  }

  private ResultsReport(List<JsonNode> jmhRuns, JsonNode footprint) {
    List<JsonNode> results = new ArrayList<>();
    for (JsonNode run : jmhRuns) {
      run.forEach(results::add);
    }
    for (JsonNode result : results) {
      String benchmark = result.get("benchmark").asString().replace(PACKAGE, "");
      String size = result.path("params").path("size").asString("");
      JsonNode metric = result.get("primaryMetric");
      double error = metric.path("scoreError").asDouble(Double.NaN);
      double allocated = Double.NaN;
      for (Map.Entry<String, JsonNode> secondary : result.path("secondaryMetrics").properties()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          allocated = secondary.getValue().path("score").asDouble(Double.NaN);
        }
      }
      scores.put(
          benchmark + "@" + size,
          new Score(
              metric.get("score").asDouble(),
              error,
              metric.get("scoreUnit").asString(),
              allocated));
    }
    this.footprint = footprint;
  }

  /**
   * Writes the report.
   *
   * @param args the JMH JSON results (one file, or several separated by {@code :}, such as the run
   *     of the seed and agency sizes and the longer run of the system size), the footprint JSON,
   *     the Markdown file to write, the command that produced them, and optionally a Markdown file
   *     of notes to append
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    JsonMapper mapper = PlainJson.mapper();
    List<JsonNode> jmh = new ArrayList<>();
    for (String file : args[0].split(":")) {
      jmh.add(mapper.readTree(Files.readAllBytes(Path.of(file))));
    }
    JsonNode footprint = mapper.readTree(Files.readAllBytes(Path.of(args[1])));
    String command = args.length > 3 ? args[3] : "benchmarks/run";
    String markdown = new ResultsReport(jmh, footprint).render(command);
    if (args.length > 4 && Files.isRegularFile(Path.of(args[4]))) {
      // the hand-written account of missed goals and their causes, kept beside the generator
      markdown += "\n" + Files.readString(Path.of(args[4]), StandardCharsets.UTF_8);
    }
    Files.write(Path.of(args[2]), markdown.getBytes(StandardCharsets.UTF_8));
  }

  private Optional<Score> score(String benchmark, String size) {
    return Optional.ofNullable(scores.get(benchmark + "@" + size));
  }

  private Optional<Double> figure(String size, String name) {
    JsonNode node = footprint.path(size).path(name);
    return node.isNumber() ? Optional.of(node.asDouble()) : Optional.empty();
  }

  private String render(String command) {
    line("# Benchmark results");
    line("");
    line(
        "Written by `benchmarks/run` (`org.reformkit.benchmarks.report.ResultsReport`) on "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS)
            + ".");
    line("");
    machine(command);
    goals();
    workbooks();
    figures();
    footprintTable();
    return out.toString();
  }

  private void machine(String command) {
    line("## Machine and command");
    line("");
    line("| what | value |");
    line("|---|---|");
    line("| cores | " + Runtime.getRuntime().availableProcessors() + " |");
    line("| memory | " + memory() + " |");
    line("| CPU | " + cpu() + " |");
    line(
        "| JDK | "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ") |");
    line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
    line("| command | `" + command + "` |");
    line("");
  }

  private static String memory() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      long bytes = sun.getTotalMemorySize();
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
    return "unknown";
  }

  private static String cpu() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      for (String line : lines) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux: say so below
    }
    return System.getProperty("os.arch");
  }

  private void goals() {
    line("## Ratios against the goals of issue 7");
    line("");
    line(
        "Time ratios are throughputs: the baseline's time per operation over reformkit's, so that"
            + " more is better. Heap ratios are reformkit's figure over the baseline's, and scaling ratios"
            + " the growth in time over the growth in size from agency to system, so that less is"
            + " better. The rows marked reference give the baselines' own scaling in the same run."
            + " Issue 16 raised the goals of JSON read (at least databind's throughput, at most 1.2"
            + " times its bytes allocated per read) and of the shared checks (10 times Hibernate"
            + " Validator's throughput), and added YAVI's own validators on the plain classes as a"
            + " second baseline for the shared checks (at least 0.8 times its throughput).");
    line("");
    line("| goal | size | reformkit | baseline | ratio | goal | verdict |");
    line("|---|---|---|---|---|---|---|");
    for (String size : SIZES) {
      throughput(
          "JSON read",
          size,
          "JsonReadBenchmark.readReformkit",
          "JsonReadBenchmark.readPlainDatabind",
          1.0);
    }
    for (String size : SIZES) {
      allocation(
          "JSON read, bytes allocated per read",
          size,
          "JsonReadBenchmark.readReformkit",
          "JsonReadBenchmark.readPlainDatabind",
          1.2);
    }
    for (String size : SIZES) {
      throughput(
          "JSON write",
          size,
          "JsonWriteBenchmark.writeReformkit",
          "JsonWriteBenchmark.writePlainDatabind",
          0.9);
    }
    for (String size : SIZES) {
      throughput(
          "validation, shared checks",
          size,
          "ValidationBenchmark.sharedChecksReformkit",
          "ValidationBenchmark.sharedChecksHibernateValidator",
          10.0);
    }
    for (String size : SIZES) {
      throughput(
          "validation, shared checks against YAVI",
          size,
          "ValidationBenchmark.sharedChecksReformkit",
          "ValidationBenchmark.sharedChecksYavi",
          0.8);
    }
    for (String size : SIZES) {
      Optional<Double> ours = figure(size, "heapBytesReformkit");
      Optional<Double> plain = figure(size, "heapBytesPlain");
      if (ours.isPresent() && plain.isPresent()) {
        double ratio = ours.get() / plain.get();
        row(
            "retained heap",
            size,
            bytes(ours.get()),
            bytes(plain.get()),
            ratio,
            "≤ 1.1",
            "seed".equals(size) ? "n/a: not like for like" : verdict(ratio <= 1.1));
      }
    }
    if (scores.keySet().stream().noneMatch(key -> key.endsWith("@system"))) {
      line("");
      line(
          "Scaling from agency to system: not measured in this run, which ran no benchmark at the"
              + " system size (`SYSTEM_JMH_ARGS=skip`).");
      line("");
      return;
    }
    String[] scaled = {
      "ValidationBenchmark.standardRules", "ValidationBenchmark.sharedChecksReformkit",
      "JsonReadBenchmark.readReformkit", "JsonWriteBenchmark.writeReformkit",
      "AnalysisBenchmark.postSummary", "AnalysisBenchmark.compareReports"
    };
    for (String benchmark : scaled) {
      scaling(benchmark, true);
    }
    // the baselines' own scaling, on the same machine in the same run: what the memory hierarchy
    // alone costs when the data outgrow the caches
    String[] references = {
      "ValidationBenchmark.sharedChecksHibernateValidator",
      "ValidationBenchmark.sharedChecksYavi",
      "JsonReadBenchmark.readPlainDatabind",
      "JsonWriteBenchmark.writePlainDatabind",
      "JsonReadBenchmark.tokenScanPlainJson"
    };
    for (String benchmark : references) {
      scaling(benchmark, false);
    }
    line("");
  }

  /**
   * The cost of a workbook against reformkit's JSON on the same programme (issue 15, point 6): the
   * workbook's time per operation over the JSON's, so that less is better.
   */
  private void workbooks() {
    String[][] pairs = {
      {"read", "SheetsBenchmark.readWorkbook", "JsonReadBenchmark.readReformkit"},
      {"write", "SheetsBenchmark.writeWorkbook", "JsonWriteBenchmark.writeReformkit"}
    };
    List<String> rows = new ArrayList<>();
    for (String size : SIZES) {
      for (String[] pair : pairs) {
        Optional<Score> workbook = score(pair[1], size);
        Optional<Score> json = score(pair[2], size);
        if (workbook.isPresent() && json.isPresent()) {
          rows.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %s | %s | %.1f |",
                  pair[0],
                  size,
                  time(workbook.get()),
                  time(json.get()),
                  workbook.get().score / json.get().score));
        }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    line("## Workbooks against JSON (issue 15)");
    line("");
    line(
        "The programme as an .xlsx workbook (reform-sheets) against reformkit's JSON, in the same"
            + " run: the workbook's time per operation over the JSON's, so that less is better.");
    line("");
    line("| operation | size | workbook | JSON | workbook / JSON |");
    line("|---|---|---|---|---|");
    rows.forEach(this::line);
    line("");
  }

  private void scaling(String benchmark, boolean judged) {
    String goal = (judged ? "scaling " : "scaling of the baseline ") + benchmark;
    Optional<Score> agency = score(benchmark, "agency");
    Optional<Score> system = score(benchmark, "system");
    if (agency.isPresent() != system.isPresent()) {
      line(
          "| "
              + goal
              + " | system / agency | no figure: the benchmark failed at "
              + (agency.isPresent() ? "system" : "agency")
              + " (see the JMH log) | – | – | ≤ 1.1 | "
              + (judged ? "**missed**" : "reference")
              + " |");
      return;
    }
    Optional<Double> agencyElements = figure("agency", "elements");
    Optional<Double> systemElements = figure("system", "elements");
    if (agency.isPresent()
        && system.isPresent()
        && agencyElements.isPresent()
        && systemElements.isPresent()) {
      double timeRatio = system.get().score / agency.get().score;
      double sizeRatio = systemElements.get() / agencyElements.get();
      double ratio = timeRatio / sizeRatio;
      row(
          goal,
          "system / agency",
          String.format(Locale.ROOT, "time × %.1f", timeRatio),
          String.format(Locale.ROOT, "size × %.1f", sizeRatio),
          ratio,
          "≤ 1.1",
          judged ? verdict(ratio <= 1.1) : "reference");
    }
  }

  private void throughput(String goal, String size, String ours, String baseline, double target) {
    Optional<Score> mine = score(ours, size);
    Optional<Score> theirs = score(baseline, size);
    if (mine.isEmpty() && theirs.isPresent()) {
      line(
          "| "
              + goal
              + " | "
              + size
              + " | no figure: the benchmark failed (see the JMH log) | "
              + time(theirs.get())
              + " | – | "
              + String.format(Locale.ROOT, "≥ %.1f", target)
              + " | **missed** |");
      return;
    }
    if (mine.isEmpty() || theirs.isEmpty()) {
      return;
    }
    double ratio = theirs.get().score / mine.get().score;
    row(
        goal,
        size,
        time(mine.get()),
        time(theirs.get()),
        ratio,
        String.format(Locale.ROOT, "≥ %.1f", target),
        goal.startsWith("JSON") && "seed".equals(size)
            ? "n/a: not like for like"
            : verdict(ratio >= target));
  }

  /**
   * A row comparing the bytes allocated per operation ({@code -prof gc}), reformkit's over the
   * baseline's, so that less is better; none without the profiler's figures.
   */
  private void allocation(String goal, String size, String ours, String baseline, double target) {
    Optional<Score> mine = score(ours, size);
    Optional<Score> theirs = score(baseline, size);
    if (mine.isEmpty()
        || theirs.isEmpty()
        || Double.isNaN(mine.get().allocated)
        || Double.isNaN(theirs.get().allocated)) {
      return;
    }
    double ratio = mine.get().allocated / theirs.get().allocated;
    row(
        goal,
        size,
        bytes(mine.get().allocated),
        bytes(theirs.get().allocated),
        ratio,
        String.format(Locale.ROOT, "≤ %.1f", target),
        "seed".equals(size) ? "n/a: not like for like" : verdict(ratio <= target));
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }

  private void row(
      String goal,
      String size,
      String ours,
      String baseline,
      double ratio,
      String target,
      String verdict) {
    line(
        "| "
            + goal
            + " | "
            + size
            + " | "
            + ours
            + " | "
            + baseline
            + " | "
            + String.format(Locale.ROOT, "%.2f", ratio)
            + " | "
            + target
            + " | "
            + verdict
            + " |");
  }

  private void figures() {
    line("## Every figure (JMH, average time per operation)");
    line("");
    line("| benchmark | size | score | ± error (99.9%) | unit | allocated per op | measures |");
    line("|---|---|---|---|---|---|---|");
    for (Map.Entry<String, Score> entry : scores.entrySet()) {
      String[] key = entry.getKey().split("@", 2);
      Score score = entry.getValue();
      line(
          "| "
              + key[0]
              + " | "
              + key[1]
              + " | "
              + String.format(Locale.ROOT, "%.4f", score.score)
              + " | "
              + (Double.isNaN(score.error) ? "–" : String.format(Locale.ROOT, "%.4f", score.error))
              + " | "
              + score.unit
              + " | "
              + (Double.isNaN(score.allocated) ? "–" : bytes(score.allocated))
              + " | "
              + measures(key[0])
              + " |");
    }
    line("");
  }

  private static String measures(String benchmark) {
    boolean baseline =
        benchmark.contains("Plain")
            || benchmark.contains("Hibernate")
            || benchmark.contains("Yavi")
            || benchmark.contains("tokenScan");
    return baseline ? "baseline" : "reformkit";
  }

  private void footprintTable() {
    line("## Sizes and retained heap (JOL `GraphLayout.parseInstance(...).totalSize()`)");
    line("");
    line("| size | elements | posts | JSON reformkit | JSON plain | heap reformkit | heap plain |");
    line("|---|---|---|---|---|---|---|");
    for (String size : SIZES) {
      if (!footprint.has(size)) {
        continue;
      }
      line(
          "| "
              + size
              + " | "
              + whole(figure(size, "elements"))
              + " | "
              + whole(figure(size, "posts"))
              + " | "
              + figure(size, "jsonBytesReformkit").map(ResultsReport::bytes).orElse("–")
              + " | "
              + figure(size, "jsonBytesPlain").map(ResultsReport::bytes).orElse("–")
              + " | "
              + figure(size, "heapBytesReformkit").map(ResultsReport::bytes).orElse("–")
              + " | "
              + figure(size, "heapBytesPlain").map(ResultsReport::bytes).orElse("–")
              + " |");
    }
    line("");
    line(
        "Elements: commitments, phases, post lines, posts, totals, indicators, targets,"
            + " measurements and engagements; the scaling ratios divide by them. On the seed report"
            + " the plain copy leaves out what the synthetic programmes do not fill (statements,"
            + " policies, committees, deliverables, ...), so its seed figures are not like for like.");
    line("");
  }

  private static String whole(Optional<Double> value) {
    return value.map(v -> String.format(Locale.ROOT, "%,d", v.longValue())).orElse("–");
  }

  private static String bytes(double bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }

  private static String time(Score score) {
    return String.format(Locale.ROOT, "%.4f %s", score.score, score.unit);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
