package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A workbook or a set of CSV files that could not be read (or a sink that could not be written):
 * every problem found, each naming its cell, at once. The message lists them one a line.
 */
public final class ReformSheetsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; an ImmutableList, which is serializable. */
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<SheetProblem> problems;

  ReformSheetsException(List<SheetProblem> problems) {
    super(format(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  ReformSheetsException(SheetProblem problem, Throwable cause) {
    super(format(List.of(problem)), cause);
    this.problems = ImmutableList.of(problem);
  }

  /**
   * Returns every problem found, in the order of the sheets and rows.
   *
   * @return the problems, at least one
   */
  public ImmutableList<SheetProblem> problems() {
    return problems;
  }

  private static String format(List<SheetProblem> problems) {
    return problems.stream().map(SheetProblem::toString).collect(Collectors.joining("\n"));
  }
}
