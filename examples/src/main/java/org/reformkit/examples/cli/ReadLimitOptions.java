package org.reformkit.examples.cli;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.reformkit.json.ReadLimits;
import picocli.CommandLine.Option;

/**
 * The reader's limits as options of every command that reads a document ({@code --max-size}, {@code
 * --max-tokens}, {@code --max-depth}, {@code --max-string-length}), and the option that raises
 * each, for the message of a document over one of them.
 */
final class ReadLimitOptions {
  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = Converters.ByteSizeConverter.class,
      description =
          "Largest document to read, in bytes or with a unit: 256MiB, 1GiB, 500MB"
              + " (default 16MiB).")
  OptionalLong maxSize = OptionalLong.empty();

  @Option(
      names = "--max-tokens",
      paramLabel = "N",
      converter = Converters.CountConverter.class,
      description =
          "Most JSON tokens in a document (default 5000000, raised in proportion by --max-size"
              + " when not given).")
  OptionalLong maxTokens = OptionalLong.empty();

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      converter = Converters.CountConverter.class,
      description = "Deepest nesting of objects and arrays (default 64).")
  OptionalLong maxDepth = OptionalLong.empty();

  @Option(
      names = "--max-string-length",
      paramLabel = "N",
      converter = Converters.CountConverter.class,
      description = "Longest string, in characters (default 1000000).")
  OptionalLong maxStringLength = OptionalLong.empty();

  /**
   * The limits these options give, the reader's defaults where an option is not given; except that
   * a larger {@code --max-size} without {@code --max-tokens} raises the token limit in proportion,
   * so that a larger document of the same kind needs one option, not two.
   */
  ReadLimits limits() {
    ReadLimits defaults = ReadLimits.defaults();
    ReadLimits limits = defaults;
    if (maxSize.isPresent()) {
      limits = limits.withMaxDocumentSize(maxSize.getAsLong());
    }
    if (maxTokens.isPresent()) {
      limits = limits.withMaxTokens(maxTokens.getAsLong());
    } else if (limits.maxDocumentSize() > defaults.maxDocumentSize()) {
      double perByte = (double) defaults.maxTokens() / defaults.maxDocumentSize();
      limits = limits.withMaxTokens((long) Math.ceil(limits.maxDocumentSize() * perByte));
    }
    OptionalInt depth = asInt(maxDepth);
    if (depth.isPresent()) {
      limits = limits.withMaxDepth(depth.getAsInt());
    }
    OptionalInt length = asInt(maxStringLength);
    if (length.isPresent()) {
      limits = limits.withMaxStringLength(length.getAsInt());
    }
    return limits;
  }

  /** A count the converter has already bounded to the range of an {@code int}. */
  private static OptionalInt asInt(OptionalLong value) {
    return value.isPresent()
        ? OptionalInt.of(Math.toIntExact(value.getAsLong()))
        : OptionalInt.empty();
  }

  /** The option that raises a limit, as a message names it. */
  static String optionFor(ReadLimits.Limit limit) {
    return switch (limit) {
      case DOCUMENT_SIZE -> "--max-size";
      case TOKENS -> "--max-tokens";
      case DEPTH -> "--max-depth";
      case STRING_LENGTH -> "--max-string-length";
    };
  }
}
