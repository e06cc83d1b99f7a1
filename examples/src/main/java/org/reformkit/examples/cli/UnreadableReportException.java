package org.reformkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A file that cannot be read as a reform document: missing, a directory, not JSON, or JSON that is
 * not a report. Carries what is known of where reading stopped, so that {@link #oneLine()} can name
 * the file, the JSON pointer, the line and the column in one line.
 */
public final class UnreadableReportException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file that could not be read (not serialised: a path is not serialisable). */
  private final transient Path file;

  /** Why, in words. */
  private final String reason;

  /** The JSON pointer of the offending value, if known. */
  private final transient Optional<String> pointer;

  /** The line, if known. */
  private final transient OptionalInt line;

  /** The column, if known. */
  private final transient OptionalInt column;

  /** What the user can do about it (such as the option that raises a limit), or empty. */
  private final String advice;

  /**
   * Creates an exception for a file that cannot be read at all.
   *
   * @param file the file
   * @param reason why, in words, such as {@code no such file}
   */
  public UnreadableReportException(Path file, String reason) {
    this(file, reason, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), null);
  }

  /**
   * Creates an exception for a file whose content is not a reform document.
   *
   * @param file the file
   * @param reason why, in words
   * @param pointer the JSON pointer of the offending value, if known ({@code ""} is the whole
   *     document)
   * @param line the line, counted from 1, if known
   * @param column the column, counted from 1, if known
   * @param cause the underlying exception, or null
   */
  public UnreadableReportException(
      Path file,
      String reason,
      Optional<String> pointer,
      OptionalInt line,
      OptionalInt column,
      Throwable cause) {
    this(file, reason, pointer, line, column, "", cause);
  }

  /** As the public constructor, with advice printed after the place: {@code ; raise ...}. */
  UnreadableReportException(
      Path file,
      String reason,
      Optional<String> pointer,
      OptionalInt line,
      OptionalInt column,
      String advice,
      Throwable cause) {
    super(file + ": " + reason + advice, cause);
    this.file = requireNonNull(file, "file");
    this.reason = requireNonNull(reason, "reason");
    this.pointer = requireNonNull(pointer, "pointer");
    this.line = requireNonNull(line, "line");
    this.column = requireNonNull(column, "column");
    this.advice = requireNonNull(advice, "advice");
  }

  /**
   * Returns the file that could not be read.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Returns why the file could not be read, in words.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the JSON pointer of the offending value, if known.
   *
   * @return the pointer
   */
  public Optional<String> pointer() {
    return pointer;
  }

  /**
   * Returns the line where reading stopped, counted from 1, if known.
   *
   * @return the line
   */
  public OptionalInt line() {
    return line;
  }

  /**
   * Returns the column where reading stopped, counted from 1, if known.
   *
   * @return the column
   */
  public OptionalInt column() {
    return column;
  }

  /**
   * Returns the whole story in one line: {@code FILE: reason at POINTER (line L, column C)}.
   *
   * @return the one-line message
   */
  public String oneLine() {
    StringBuilder out = new StringBuilder().append(file).append(": ").append(reason);
    pointer.ifPresent(p -> out.append(" at ").append(p.isEmpty() ? "/" : p));
    if (line.isPresent()) {
      out.append(" (line ").append(line.getAsInt());
      column.ifPresent(c -> out.append(", column ").append(c));
      out.append(')');
    }
    return out.append(advice).toString();
  }
}
