package org.reformkit.json;

import org.reformkit.core.text.SafeText;

/**
 * Everything that can go wrong reading reformkit JSON: broken JSON, a wrong shape, a value the
 * model refuses, a limit exceeded, an unreadable file.
 *
 * <p>It says where: the JSON Pointer (RFC 6901) of the offending element ({@code ""} for the whole
 * document), and the line and column at which that element starts. Its message reads {@code
 * /commitments/2/phases/0/status: 'done' is not a phase status; expected one of not-started,
 * in-progress, completed, on-hold, cancelled (line 41, column 23)}.
 *
 * <p>The message is safe to print: text from the document (a value, a property name in the pointer)
 * is shown with its control, bidirectional and invisible characters escaped by {@link
 * SafeText#escape(String)}; {@link #pointer()} itself is exact.
 */
public final class ReformJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending element. */
  private final String pointer;

  /** The line at which it starts, or 0. */
  private final int line;

  /** The column at which it starts, or 0. */
  private final int column;

  /** What is wrong. */
  private final String problem;

  /** The limit the document went over, if that is what is wrong. */
  private final ReadLimits.@org.jspecify.annotations.Nullable Limit exceededLimit;

  ReformJsonException(String pointer, int line, int column, String problem) {
    this(pointer, line, column, problem, null, null);
  }

  ReformJsonException(
      String pointer,
      int line,
      int column,
      String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    this(pointer, line, column, problem, null, cause);
  }

  ReformJsonException(
      String pointer,
      int line,
      int column,
      String problem,
      ReadLimits.@org.jspecify.annotations.Nullable Limit exceededLimit,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(format(pointer, line, column, SafeText.escape(problem)), cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = SafeText.escape(problem);
    this.exceededLimit = exceededLimit;
  }

  private static String format(String pointer, int line, int column, String problem) {
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return SafeText.escape(displayPointer(pointer)) + ": " + problem + where;
  }

  /**
   * Returns how a pointer is shown in messages: the pointer itself, or {@code (root)} for the whole
   * document.
   *
   * @param pointer a JSON Pointer
   * @return the pointer as shown in messages
   */
  static String displayPointer(String pointer) {
    return pointer.isEmpty() ? "(root)" : pointer;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the offending element: {@code ""} for the whole
   * document, {@code /commitments/2/phases/0/status} for a phase's status.
   *
   * @return the JSON Pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line (from 1) at which the offending element starts, or 0 if not known (an I/O
   * error, or a source that does not track locations).
   *
   * @return the line, or 0
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column (from 1, in characters) at which the offending element starts, or 0 if not
   * known.
   *
   * @return the column, or 0
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong and what was expected, without the pointer and the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the limit of the reader that the document went over, when that is what is wrong, so
   * that a caller can say how to raise it (a tool names its option, a service its setting). Empty
   * for every other problem, and for the fixed limits on property names and numbers, which cannot
   * be raised.
   *
   * @return the limit exceeded, or empty
   */
  public java.util.Optional<ReadLimits.Limit> exceededLimit() {
    return java.util.Optional.ofNullable(exceededLimit);
  }
}
