package org.reformkit.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The messages and checks of {@link SheetLimits}. Internal. */
final class Limits {
  private Limits() {}

  static ReformSheetsException exceeded(String source, String what) {
    return new ReformSheetsException(
        List.of(
            new SheetProblem(
                source,
                0,
                "",
                "too large to read: " + what + "; raise the limit with withLimits")));
  }

  /** Reads a stream whole, refusing more than the file limit. */
  static byte[] readAll(InputStream in, SheetLimits limits, String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int read;
      while ((read = in.read(buffer)) > 0) {
        total += read;
        if (total > limits.maxFileBytes()) {
          throw exceeded(source, "the file is larger than " + limits.maxFileBytes() + " bytes");
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
