package org.reformkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.SeedReport;
import org.reformkit.json.ReadLimits;

/** A report to work on: a file, or the built-in seed report. */
final class ReportSource {
  private final String name;
  private final Optional<Path> file;
  private final ReadLimits limits;
  private final Optional<String> refusal;
  private final boolean found;

  private ReportSource(
      String name,
      Optional<Path> file,
      ReadLimits limits,
      Optional<String> refusal,
      boolean found) {
    this.name = name;
    this.file = file;
    this.limits = limits;
    this.refusal = refusal;
    this.found = found;
  }

  static List<ReportSource> of(List<Path> files, boolean seed, ReadLimits limits) {
    List<ReportSource> sources = new ArrayList<>();
    if (seed) {
      sources.add(seed(limits));
    }
    for (Path file : files) {
      sources.add(file(file, limits, false));
    }
    return sources;
  }

  /**
   * The sources named by the arguments, where a directory stands for every {@code .json} file under
   * it and an argument with {@code *}, {@code ?}, {@code [} or <code>{</code> that names no file is
   * a glob (such as {@code reports/2016-*.json} or {@code reports/**.json}), each in the order of
   * its paths. A directory without a JSON file, or a glob that matches none, is a source that
   * cannot be read, saying so.
   */
  static List<ReportSource> expanding(List<Path> arguments, boolean seed, ReadLimits limits) {
    List<ReportSource> sources = new ArrayList<>();
    if (seed) {
      sources.add(seed(limits));
    }
    for (Path argument : arguments) {
      List<Path> found;
      String none;
      try {
        if (Files.isDirectory(argument)) {
          found = under(argument, "**.json");
          none = "is a directory without a reform document (*.json)";
        } else if (!Files.exists(argument) && isGlob(argument.toString())) {
          // text that is no valid glob ("no[31m.json") is a file name like any other
          Path base = base(argument);
          found =
              Files.isDirectory(base)
                  ? under(base, base.relativize(argument).toString())
                  : List.of();
          none = "matches no file";
        } else {
          sources.add(file(argument, limits, false));
          continue;
        }
      } catch (PatternSyntaxException e) {
        sources.add(file(argument, limits, false));
        continue;
      } catch (IOException | UncheckedIOException e) {
        found = List.of();
        none = "cannot be listed";
      }
      if (found.isEmpty()) {
        sources.add(
            new ReportSource(
                argument.toString(), Optional.of(argument), limits, Optional.of(none), false));
      }
      found.forEach(path -> sources.add(file(path, limits, true)));
    }
    return sources;
  }

  private static ReportSource seed(ReadLimits limits) {
    return new ReportSource(
        "seed " + SeedReport.SYMBOL, Optional.empty(), limits, Optional.empty(), false);
  }

  private static ReportSource file(Path file, ReadLimits limits, boolean found) {
    return new ReportSource(file.toString(), Optional.of(file), limits, Optional.empty(), found);
  }

  static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The longest leading part of a glob without a glob character: where to look. */
  private static Path base(Path glob) {
    Path base = glob.isAbsolute() ? glob.getRoot() : Path.of("");
    for (Path part : glob) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
    }
    return base.toString().isEmpty() ? Path.of(".") : base;
  }

  /** The regular files under the directory whose path relative to it matches the glob, sorted. */
  private static List<Path> under(Path directory, String glob) throws IOException {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> matcher.matches(directory.relativize(path)))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  String name() {
    return name;
  }

  /** Whether the file was found under a directory or by a glob, rather than named. */
  boolean found() {
    return found;
  }

  ProgressReport read() throws UnreadableReportException {
    if (refusal.isPresent() && file.isPresent()) {
      throw new UnreadableReportException(file.get(), refusal.get());
    }
    return file.isPresent() ? ReportFiles.read(file.get(), limits) : SeedReport.november2015();
  }
}
