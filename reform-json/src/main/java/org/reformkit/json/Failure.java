package org.reformkit.json;

/**
 * A problem the reader found while binding, with the {@linkplain Locator mark} of the value it
 * concerns. It becomes a {@link ReformJsonException} once the mark is turned into a JSON Pointer, a
 * line and a column, which only an error needs. Internal; never escapes the reader.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long mark;
  private final String problem;

  Failure(long mark, String problem, @org.jspecify.annotations.Nullable Throwable cause) {
    // no stack trace: the mark says where, and the cause keeps the model's own
    super(problem, cause, false, false);
    this.mark = mark;
    this.problem = problem;
  }

  long mark() {
    return mark;
  }

  String problem() {
    return problem;
  }
}
