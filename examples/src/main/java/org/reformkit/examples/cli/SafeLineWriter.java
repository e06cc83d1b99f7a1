package org.reformkit.examples.cli;

import java.io.IOException;
import java.io.Writer;
import org.reformkit.core.text.SafeText;

/**
 * The tool's standard output and error: each line is passed through {@link SafeText#escape} before
 * it reaches the terminal, so that no text from a document (an identifier, a title, a file name)
 * can move the cursor, clear the screen, colour it or print reversed. Line breaks are the only
 * control characters that pass. JSON output stays valid JSON: a character shown as {@code
 * \u005Cu202e} inside a JSON string is the same character to a JSON reader.
 */
final class SafeLineWriter extends Writer {
  private final Writer out;
  private final StringBuilder line = new StringBuilder();

  SafeLineWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c == '\n') {
        out.write(SafeText.escape(line.toString()));
        out.write('\n');
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
  }

  /** Writes what there is of the current line, escaped, and flushes. */
  @Override
  public void flush() throws IOException {
    if (line.length() > 0) {
      int end = line.length();
      // a high surrogate at the end waits for its pair
      if (Character.isHighSurrogate(line.charAt(end - 1))) {
        end--;
      }
      out.write(SafeText.escape(line.substring(0, end)));
      line.delete(0, end);
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (line.length() > 0) {
      out.write(SafeText.escape(line.toString()));
      line.setLength(0);
    }
    out.close();
  }
}
