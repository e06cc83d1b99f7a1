package org.reformkit.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the single-report subcommands share. */
final class Commands {
  private Commands() {}

  /** Returns the one report named by FILE or {@code --seed}. */
  static ReportSource one(
      CommandSpec spec, List<Path> file, boolean seed, ReadLimitOptions limits) {
    fileOrSeed(spec, file, seed);
    return ReportSource.of(file, seed, limits.limits()).get(0);
  }

  /** Refuses a command line with neither FILE nor {@code --seed}, or with both. */
  static void fileOrSeed(CommandSpec spec, List<Path> file, boolean seed) {
    if (file.isEmpty() != seed) {
      throw new ParameterException(
          spec.commandLine(),
          seed
              ? "Give FILE or --seed, not both"
              : "Missing FILE: give a reform document, or --seed");
    }
  }
}
