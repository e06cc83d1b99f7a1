package org.reformkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium run headless by the browser tests of the dashboard (here and in the benchmarks'
 * test of the system-size dashboard): it reads a page and gives back the DOM it built, or a
 * screenshot. Without Chromium a test using it is skipped on a developer machine and fails when
 * {@code CI} is set ({@code .ci/install-chromium} installs it). The executable is {@code
 * /usr/bin/chromium} unless the environment variable {@code CHROMIUM} names another.
 */
public final class HeadlessChromium {
  private static final long LIMIT_SECONDS = 120;

  private final Path executable;
  private final Path workDirectory;

  private HeadlessChromium(Path executable, Path workDirectory) {
    this.executable = executable;
    this.workDirectory = workDirectory;
  }

  /**
   * Chromium, with its profiles and standard error kept in {@code workDirectory}; skips the calling
   * test when it is missing, or fails it when {@code CI} is set.
   */
  public static HeadlessChromium findOrSkip(Path workDirectory) {
    String configured = System.getenv("CHROMIUM");
    Path path =
        Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    boolean present = Files.isExecutable(path);
    if (!present && System.getenv("CI") != null) {
      fail(
          "CI is set but Chromium is missing at "
              + path
              + ": the browser test must run in CI; install it with .ci/install-chromium");
    }
    assumeTrue(
        present,
        "Chromium is missing at "
            + path
            + "; skipping the browser test (install it with .ci/install-chromium)");
    return new HeadlessChromium(path, workDirectory);
  }

  /** The DOM Chromium built from the page, as HTML. */
  public String dumpDom(Path page) throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDirectory, "dom", ".html");
    run(List.of("--dump-dom", page.toUri().toString()), out);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Draws the page in a window of the given size and writes it as PNG to {@code png}. */
  public void screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(
        List.of(
            "--screenshot=" + png,
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            page.toUri().toString()),
        Files.createTempFile(workDirectory, "screenshot", ".log"));
    assertThat(png).as("screenshot written by Chromium").isNotEmptyFile();
  }

  private void run(List<String> arguments, Path output) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--user-data-dir=" + Files.createTempDirectory(workDirectory, "profile")));
    command.addAll(arguments);
    Path errors = Files.createTempFile(workDirectory, "chromium", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish within " + LIMIT_SECONDS + " s: " + command);
    }
    assertThat(process.exitValue())
        .as("Chromium's exit status; its standard error:%n%s", Files.readString(errors))
        .isZero();
  }
}
