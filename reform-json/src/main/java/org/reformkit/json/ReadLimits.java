package org.reformkit.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The limits a {@link ReformJsonReader} enforces, so that a hostile document cannot exhaust memory
 * or the stack. The {@linkplain #defaults() defaults} let any document a reform office writes
 * through; a system-wide programme may need more:
 *
 * <pre>{@code
 * ReformJsonReader<ReformProgramme> reader =
 *     ReformJson.reader()
 *         .forProgramme()
 *         .withLimits(
 *             ReadLimits.defaults()
 *                 .withMaxDocumentSize(256L * 1024 * 1024)
 *                 .withMaxTokens(100_000_000L));
 * ReformProgramme programme = reader.read(file);
 * }</pre>
 *
 * <p>An immutable value: each {@code with…} method returns a new value.
 */
public final class ReadLimits {
  /**
   * One of the limits a caller can raise, as {@link ReformJsonException#exceededLimit()} names it
   * when a document goes over it.
   */
  public enum Limit {
    /** The largest document: {@link ReadLimits#withMaxDocumentSize(long)}. */
    DOCUMENT_SIZE,
    /** The most tokens in a document: {@link ReadLimits#withMaxTokens(long)}. */
    TOKENS,
    /** The deepest nesting of objects and arrays: {@link ReadLimits#withMaxDepth(int)}. */
    DEPTH,
    /** The longest string: {@link ReadLimits#withMaxStringLength(int)}. */
    STRING_LENGTH
  }

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          Limits.MAX_DOCUMENT_SIZE, Limits.MAX_TOKENS, Limits.MAX_DEPTH, Limits.MAX_STRING_LENGTH);

  private final long maxDocumentSize;
  private final long maxTokens;
  private final int maxDepth;
  private final int maxStringLength;

  private ReadLimits(long maxDocumentSize, long maxTokens, int maxDepth, int maxStringLength) {
    this.maxDocumentSize = positive("maxDocumentSize", maxDocumentSize);
    this.maxTokens = positive("maxTokens", maxTokens);
    this.maxDepth = (int) positive("maxDepth", maxDepth);
    this.maxStringLength = (int) positive("maxStringLength", maxStringLength);
  }

  private static long positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /**
   * Returns the default limits: a document of 16 MiB (16,777,216 bytes for a stream or a file,
   * characters for text), 5,000,000 tokens, objects and arrays nested 64 deep, and strings of
   * 1,000,000 characters.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another largest document size.
   *
   * @param bytes the largest document, in bytes for a stream or a file and in characters for text;
   *     positive
   * @return the new limits
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ReadLimits withMaxDocumentSize(long bytes) {
    return new ReadLimits(bytes, maxTokens, maxDepth, maxStringLength);
  }

  /**
   * Returns these limits with another largest number of tokens (names, values, and the starts and
   * ends of objects and arrays).
   *
   * @param tokens the most tokens in a document; positive
   * @return the new limits
   * @throws IllegalArgumentException if {@code tokens} is not positive
   */
  public ReadLimits withMaxTokens(long tokens) {
    return new ReadLimits(maxDocumentSize, tokens, maxDepth, maxStringLength);
  }

  /**
   * Returns these limits with another deepest nesting of objects and arrays.
   *
   * @param depth the deepest nesting; positive (the format itself needs 11)
   * @return the new limits
   * @throws IllegalArgumentException if {@code depth} is not positive
   */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(maxDocumentSize, maxTokens, depth, maxStringLength);
  }

  /**
   * Returns these limits with another longest string value.
   *
   * @param characters the longest string value, in characters; positive
   * @return the new limits
   * @throws IllegalArgumentException if {@code characters} is not positive
   */
  public ReadLimits withMaxStringLength(int characters) {
    return new ReadLimits(maxDocumentSize, maxTokens, maxDepth, characters);
  }

  /**
   * Returns the largest document, in bytes for a stream or a file and in characters for text.
   *
   * @return the largest document size
   */
  public long maxDocumentSize() {
    return maxDocumentSize;
  }

  /**
   * Returns the most tokens in a document.
   *
   * @return the most tokens
   */
  public long maxTokens() {
    return maxTokens;
  }

  /**
   * Returns the deepest nesting of objects and arrays.
   *
   * @return the deepest nesting
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the longest string value, in characters.
   *
   * @return the longest string value
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Whether the other object is limits with the same four values.
   *
   * @param other the object to compare with
   * @return {@code true} if it has the same limits
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadLimits that
        && maxDocumentSize == that.maxDocumentSize
        && maxTokens == that.maxTokens
        && maxDepth == that.maxDepth
        && maxStringLength == that.maxStringLength;
  }

  /**
   * Returns a hash code of the four values.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentSize, maxTokens, maxDepth, maxStringLength);
  }

  /**
   * Returns the limits as text, such as {@code ReadLimits{maxDocumentSize=16777216,
   * maxTokens=5000000, maxDepth=64, maxStringLength=1000000}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReadLimits{maxDocumentSize="
        + maxDocumentSize
        + ", maxTokens="
        + maxTokens
        + ", maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + "}";
  }
}
