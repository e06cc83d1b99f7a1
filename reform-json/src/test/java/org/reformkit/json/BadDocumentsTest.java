package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hand-made bad documents under {@code bad/}, each a variant of {@code
 * good-minimal-report.json}; {@code bad/expected.tsv} gives, for each, the exact JSON Pointer,
 * line, column and problem the reader reports.
 */
class BadDocumentsTest {
  /** One row of expected.tsv. */
  record Expected(String file, String pointer, int line, int column, String problem) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path resources() {
    try {
      return Path.of(BadDocumentsTest.class.getResource("/good-minimal-report.json").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Expected> expected() {
    try (Stream<String> lines =
        Files.lines(resources().resolve("bad/expected.tsv"), StandardCharsets.UTF_8)) {
      return lines
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split("\t", -1))
          .map(f -> new Expected(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCorpusIsBuiltOnAValidDocument() {
    assertThat(
            ReformJson.reader()
                .read(resources().resolve("good-minimal-report.json"))
                .programme()
                .commitments())
        .hasSize(1);
  }

  @Test
  void everyBadDocumentHasExactlyOneExpectationAndThereAreAtLeastFifty() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(resources().resolve("bad"))) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(expected().stream().map(Expected::file)).containsExactlyElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void eachBadDocumentIsRejectedWithItsPointerLocationAndMessage(Expected expected) {
    ReformJsonException e =
        catchThrowableOfType(
            ReformJsonException.class,
            () -> ReformJson.reader().read(resources().resolve("bad").resolve(expected.file())));

    assertThat(e).as(expected.file()).isNotNull();
    assertThat(e.problem()).isEqualTo(expected.problem());
    assertThat(e.pointer()).isEqualTo(expected.pointer());
    assertThat(e.line()).isEqualTo(expected.line());
    assertThat(e.column()).isEqualTo(expected.column());
    String where =
        expected.line() > 0
            ? " (line " + expected.line() + ", column " + expected.column() + ")"
            : "";
    assertThat(e.getMessage())
        .isEqualTo(
            ReformJsonException.displayPointer(expected.pointer())
                + ": "
                + expected.problem()
                + where);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void lenientReadingRejectsEachBadDocumentExceptForUnknownProperties(Expected expected) {
    Path file = resources().resolve("bad").resolve(expected.file());
    if (expected.problem().startsWith("unknown property")) {
      assertThat(ReformJson.reader().keepingUnknown().read(file).hasUnknownProperties()).isTrue();
    } else {
      ReformJsonException e =
          catchThrowableOfType(
              ReformJsonException.class, () -> ReformJson.reader().keepingUnknown().read(file));
      assertThat(e).as(expected.file()).isNotNull();
      if (!expected.file().startsWith("limit-deep")) {
        assertThat(e.problem()).isEqualTo(expected.problem());
      }
    }
  }

  /** The text of each bad document that is UTF-8, read as a string rather than as bytes. */
  static List<Expected> expectedAsText() {
    return expected().stream()
        .filter(e -> !e.file().startsWith("encoding-"))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedAsText")
  void eachBadDocumentReadAsTextIsRejectedAtTheSamePlace(Expected expected) throws IOException {
    String text =
        Files.readString(
            resources().resolve("bad").resolve(expected.file()), StandardCharsets.UTF_8);
    ReformJsonException e =
        catchThrowableOfType(ReformJsonException.class, () -> ReformJson.reader().read(text));

    assertThat(e).as(expected.file()).isNotNull();
    assertThat(e.problem()).isEqualTo(expected.problem());
    assertThat(e.pointer()).isEqualTo(expected.pointer());
    assertThat(e.line()).isEqualTo(expected.line());
    assertThat(e.column()).isEqualTo(expected.column());
  }
}
