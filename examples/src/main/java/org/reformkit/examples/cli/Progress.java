package org.reformkit.examples.cli;

import java.io.PrintWriter;
import org.reformkit.core.text.SafeText;

/**
 * Progress of a run over many files, on one rewritten line of standard error; silent unless
 * standard output is a terminal and there is more than one file.
 */
final class Progress {
  private final boolean shown;
  private final PrintWriter err;
  private final int total;
  private int width;

  private Progress(boolean shown, PrintWriter err, int total) {
    this.shown = shown;
    this.err = err;
    this.total = total;
  }

  static Progress start(boolean terminal, PrintWriter err, int total) {
    return new Progress(terminal && total > 1, err, total);
  }

  /** Shows that item {@code index} (from 1) is being worked on. */
  void step(int index, String name) {
    if (!shown) {
      return;
    }
    String line = "[" + index + "/" + total + "] " + SafeText.escape(name);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Clears the progress line, before another message or at the end. */
  void clear() {
    if (!shown || width == 0) {
      return;
    }
    err.print("\r" + " ".repeat(width) + "\r");
    err.flush();
    width = 0;
  }
}
