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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.json.ReadLimits;

/**
 * Every command that reads a document takes the reader's limits as options, and a document over a
 * limit is refused with a message that names the option that raises it.
 */
class ReadLimitOptionsTest {
  private static final String NL = System.lineSeparator();
  private static final Path SEED_FILE =
      Path.of("src/main/resources/org/reformkit/examples/seed-2015-11.json");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReformCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  /** The seed report followed by 17 MiB of spaces: over the default limit of 16 MiB. */
  private Path largeSeed() throws IOException {
    Path large = dir.resolve("large.json");
    Files.writeString(
        large, Files.readString(SEED_FILE) + " ".repeat(17 << 20), StandardCharsets.UTF_8);
    return large;
  }

  @Test
  void aDocumentOverTheDefaultSizeIsRefusedNamingTheOptionAndReadWithIt() throws IOException {
    Path large = largeSeed();
    assertThat(run("validate", large.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "reform: "
                + large
                + ": the document is larger than the limit of 16777216 bytes (16 MiB) at /;"
                + " raise the limit with --max-size"
                + NL);

    err.getBuffer().setLength(0);
    assertThat(run("validate", "--max-size", "32MiB", large.toString())).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("0 errors, 9 warnings");
  }

  @ParameterizedTest
  @CsvSource({"--max-size, 1KiB", "--max-tokens, 100", "--max-depth, 2", "--max-string-length, 5"})
  void eachLoweredLimitIsNamedInTheMessageOfEveryReadingCommand(String option, String value) {
    for (String[] command :
        new String[][] {
          {"validate", SEED_FILE.toString()},
          {"summary", SEED_FILE.toString()},
          {"dashboard", SEED_FILE.toString(), "-o", dir.resolve("d.html").toString()},
          {"diff", SEED_FILE.toString(), SEED_FILE.toString()}
        }) {
      err.getBuffer().setLength(0);
      String[] args = new String[command.length + 2];
      System.arraycopy(command, 0, args, 0, command.length);
      args[command.length] = option;
      args[command.length + 1] = value;
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString())
          .as(String.join(" ", args))
          .startsWith("reform: " + SEED_FILE + ": ")
          .endsWith("; raise the limit with " + option + NL);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "16777216, 16777216",
    "16MiB, 16777216",
    "16mib, 16777216",
    "2KiB, 2048",
    "1GiB, 1073741824",
    "500MB, 500000000",
    "3KB, 3000",
    "1GB, 1000000000",
    "7B, 7",
    "' 12 MiB ', 12582912"
  })
  void aSizeIsReadInBytesOrWithAUnit(String text, long bytes) {
    assertThat(new Converters.ByteSizeConverter().convert(text)).hasValue(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "0MiB", "-1", "12XB", "1.5MiB", "MiB", "99999999999GiB"})
  void aSizeThatIsNotOneExits2NamingIt(String text) {
    assertThat(run("validate", "--max-size", text, SEED_FILE.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'" + text.strip() + "'").contains("--max-size");
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "x", "2147483648", "1e6"})
  void aCountThatIsNotOneExits2NamingIt(String text) {
    assertThat(run("validate", "--max-tokens", text, SEED_FILE.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'" + text + "' is not a count").contains("--max-tokens");
  }

  @Test
  void aLargerSizeWithoutATokenLimitRaisesTheTokenLimitInProportion() {
    ReadLimitOptions options = new ReadLimitOptions();
    options.maxSize = new Converters.ByteSizeConverter().convert("256MiB");
    assertThat(options.limits())
        .isEqualTo(
            ReadLimits.defaults().withMaxDocumentSize(256L << 20).withMaxTokens(80_000_000L));
    options.maxSize = new Converters.ByteSizeConverter().convert("1MiB");
    assertThat(options.limits()).isEqualTo(ReadLimits.defaults().withMaxDocumentSize(1L << 20));
  }

  @Test
  void theOptionsGiveTheirLimitsAndLeaveTheOthersAtTheDefaults() {
    ReadLimitOptions options = new ReadLimitOptions();
    assertThat(options.limits()).isEqualTo(ReadLimits.defaults());
    options.maxSize = new Converters.ByteSizeConverter().convert("256MiB");
    options.maxTokens = new Converters.CountConverter().convert("100000000");
    assertThat(options.limits())
        .isEqualTo(
            ReadLimits.defaults().withMaxDocumentSize(256L << 20).withMaxTokens(100_000_000L));
    options.maxDepth = new Converters.CountConverter().convert("100");
    options.maxStringLength = new Converters.CountConverter().convert("2000000");
    assertThat(options.limits().maxDepth()).isEqualTo(100);
    assertThat(options.limits().maxStringLength()).isEqualTo(2_000_000);
  }
}
