package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.json.Layout;
import org.reformkit.json.ReformJson;

/**
 * A report the examples ship as JSON (a resource beside {@link SeedReport}), checked against the
 * report built in Java: the file reads as that report, and the library's writer gives the file byte
 * for byte. With {@code -Dreformkit.updateGolden=true} the writer's output replaces the file in the
 * source tree instead, to be reviewed as a diff.
 */
public final class ShippedJson {
  private final String resource;

  private ShippedJson(String resource) {
    this.resource = resource;
  }

  /** The shipped file of that name, e.g. {@code fao-2013-03.json}. */
  public static ShippedJson of(String resource) {
    return new ShippedJson(resource);
  }

  /** The file in the source tree, for the command-line tests (run from the module's directory). */
  public Path file() {
    return Path.of("src/main/resources/org/reformkit/examples", resource);
  }

  /** The shipped bytes as text. */
  public String text() throws IOException {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** Asserts that the shipped file reads as {@code expected}. */
  public void assertReadsAs(ProgressReport expected) throws IOException {
    try (InputStream in = open()) {
      assertThat(ReformJson.reader().read(in)).isEqualTo(expected);
    }
  }

  /**
   * Asserts that writing {@code report} gives the shipped file byte for byte, or with {@code
   * reformkit.updateGolden} set, writes it over the file in the source tree.
   */
  public void assertIsWrittenFrom(ProgressReport report) throws IOException {
    byte[] written =
        ReformJson.writer()
            .withLayout(Layout.PRETTY)
            .write(report)
            .getBytes(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("reformkit.updateGolden")) {
      Files.write(file(), written);
      assertThat(Files.readAllBytes(file())).isEqualTo(written);
      return;
    }
    assertThat(written).isEqualTo(bytes());
  }

  private byte[] bytes() throws IOException {
    try (InputStream in = open()) {
      return in.readAllBytes();
    }
  }

  private InputStream open() {
    InputStream in = SeedReport.class.getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    return in;
  }
}
