package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool as a user gets it: target/reform.jar (built by the shade plugin in package) copied into
 * an empty directory outside the checkout with a report beside it, run with {@code java -jar} and
 * nothing else on the class path. Run by failsafe in integration-test, after the jar exists.
 */
class ReformJarIT {
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");

  @TempDir static Path dir;

  @BeforeAll
  static void copyTheJarAndTheSeedIntoAnEmptyDirectory() throws IOException {
    Path jar = Path.of(System.getProperty("reform.jar", "target/reform.jar"));
    Files.copy(jar, dir.resolve("reform.jar"));
    Files.copy(SEED_FILE, dir.resolve("SEED.json"));
  }

  private record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add("reform.jar");
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("CLASSPATH");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("reform.jar finishes").isTrue();
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  @Test
  void validatesAReportFromADirectoryHoldingOnlyTheJarAndTheReport() throws Exception {
    Run run = java("validate", "SEED.json");

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("SEED.json: 9 findings (0 errors, 9 warnings)" + System.lineSeparator())
        .contains("[MONITORING_INDICATOR_TARGET]");
    assertThat(run.status()).isEqualTo(ReformCli.OK);
  }

  @Test
  void printsTheLibraryVersion() throws Exception {
    Run run = java("--version");

    assertThat(run.out())
        .startsWith("reform " + System.getProperty("reformkit.version") + System.lineSeparator());
    assertThat(run.status()).isZero();
  }

  @Test
  void refusesABrokenReportWithOneLineNamingTheFileAndNoStackTrace() throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": \"1.0\"}");

    Run run = java("validate", "bad.json");

    assertThat(run.err())
        .isEqualTo(
            "reform: bad.json: missing required property 'document' of a progress report at /"
                + " (line 1, column 1)"
                + System.lineSeparator());
    assertThat(run.status()).isEqualTo(ReformCli.UNREADABLE);
  }
}
