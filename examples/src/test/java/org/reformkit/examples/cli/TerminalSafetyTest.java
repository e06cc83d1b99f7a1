package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No text from a document reaches standard output or standard error raw: control characters,
 * bidirectional overrides and other invisible format characters are shown as escapes, whatever the
 * command and wherever the text comes from.
 */
class TerminalSafetyTest {
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");
  private static final String CLEAR_RED = "\u001b[2J\u001b[31mOWNED";
  private static final String TITLE = "\u001b]0;pwned\u0007 \u202ereversed\u2066 x\r y";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  /** Whether the text holds a character that must never reach a terminal raw. */
  private static boolean hasRawControl(String text) {
    return text.chars()
        .anyMatch(
            c ->
                (c < 0x20 && c != '\n')
                    || (c >= 0x7f && c <= 0x9f)
                    || c == 0x200e
                    || c == 0x200f
                    || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069));
  }

  private void assertNothingRaw() {
    assertThat(hasRawControl(out.toString())).as("standard output: %s", out).isFalse();
    assertThat(hasRawControl(err.toString())).as("standard error: %s", err).isFalse();
  }

  private Path seedWith(String from, String to) throws IOException {
    String json = Files.readString(SEED_FILE);
    assertThat(json).contains(from);
    return Files.writeString(
        dir.resolve("hostile.json"), json.replace(from, to), StandardCharsets.UTF_8);
  }

  private static String json(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      escaped.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return escaped.toString();
  }

  @Test
  void anIdentifierWithEscapeSequencesIsShownEscapedInTheError() throws IOException {
    Path file = seedWith("\"id\": \"bpr\"", "\"id\": \"" + json(CLEAR_RED) + "\"");
    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("\\u001b[2J\\u001b[31mOWNED");
    assertNothingRaw();
  }

  @Test
  void aTitleWithTerminalCommandsIsShownEscapedByEveryCommand() throws IOException {
    String english = "\"en\": \"Review of administrative business processes\"";
    Path file = seedWith(english, "\"en\": \"" + json(TITLE) + "\"");
    Path seed = SEED_FILE;
    for (String[] command :
        new String[][] {
          {"summary", file.toString()},
          {"validate", file.toString()},
          {"validate", "--format", "json", file.toString()},
          {"diff", seed.toString(), file.toString()},
          {"diff", file.toString(), seed.toString()}
        }) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      run(command);
      assertNothingRaw();
    }
    out.getBuffer().setLength(0);
    run("summary", file.toString());
    assertThat(out.toString()).contains("\\u001b]0;pwned\\u0007").contains("\\u202ereversed");
  }

  @Test
  void aFileNameWithControlCharactersIsShownEscaped() {
    assertThat(run("validate", dir.resolve("no\u001b[31m.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no\\u001b[31m.json: no such file");
    assertNothingRaw();
  }

  @Test
  void anUnknownOptionWithControlCharactersIsShownEscaped() {
    assertThat(run("validate", "--\u001b[2J")).isEqualTo(2);
    assertThat(err.toString()).contains("\\u001b[2J");
    assertNothingRaw();
  }

  @Test
  void linesAreEscapedAsTheyAreWrittenAndAPairIsNeverSplit() throws IOException {
    StringWriter sink = new StringWriter();
    SafeLineWriter writer = new SafeLineWriter(sink);
    writer.write("a\u001bb\nc\ud83d");
    writer.flush();
    assertThat(sink).hasToString("a\\u001bb\nc");
    writer.write("\ude00\u202e");
    writer.flush();
    assertThat(sink).hasToString("a\\u001bb\nc\ud83d\ude00\\u202e");
    writer.write("\ud800");
    writer.close();
    assertThat(sink).hasToString("a\\u001bb\nc\ud83d\ude00\\u202e\\ud800");
  }
}
