package org.reformkit.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks an {@code .xlsx} file's zip container before the workbook library opens it: at most so
 * many entries, expanding to at most so many bytes (counted while inflating, not taken from the
 * entries' declared sizes, which a zip bomb can fake). Reads the central directory with Commons
 * Compress, the zip library fastexcel-reader itself uses. Internal.
 */
final class ZipGuard {
  private ZipGuard() {}

  static void check(byte[] bytes, SheetLimits limits, String source) {
    int entries = 0;
    long expanded = 0;
    byte[] buffer = new byte[8192];
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      Enumeration<ZipArchiveEntry> all = zip.getEntries();
      while (all.hasMoreElements()) {
        ZipArchiveEntry entry = all.nextElement();
        entries++;
        if (entries > limits.maxZipEntries()) {
          throw Limits.exceeded(
              source, "the workbook has more than " + limits.maxZipEntries() + " zip entries");
        }
        try (InputStream in = zip.getInputStream(entry)) {
          int read;
          while ((read = in.read(buffer)) > 0) {
            expanded += read;
            if (expanded > limits.maxExpandedBytes()) {
              throw Limits.exceeded(
                  source,
                  "the workbook expands to more than "
                      + limits.maxExpandedBytes()
                      + " bytes (a zip bomb?)");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ReformSheetsException known) {
        throw known;
      }
      throw new ReformSheetsException(
          new SheetProblem(source, 0, "", "not an .xlsx workbook (not a readable zip file)"), e);
    }
    if (entries == 0) {
      throw new ReformSheetsException(
          List.of(new SheetProblem(source, 0, "", "not an .xlsx workbook (no zip entries)")));
    }
  }
}
