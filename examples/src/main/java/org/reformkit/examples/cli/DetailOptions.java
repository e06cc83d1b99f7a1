package org.reformkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reformkit.examples.dashboard.FindingRow;
import picocli.CommandLine.Option;

/**
 * How much of a large report the summarising commands show: {@code --all} lists every finding,
 * phase and group as they would be for a small report; {@code --findings FILE} writes every finding
 * to a file of its own, one line each, whatever is shown.
 */
final class DetailOptions {
  @Option(
      names = "--all",
      description =
          "List every finding, phase and post group, however many (by default a large report's"
              + " findings are grouped by rule and its phases folded by commitment).")
  boolean all;

  @Option(
      names = "--findings",
      paramLabel = "FILE",
      description = "Write every finding to FILE, one line each: severity, path, message, rule.")
  Optional<Path> findingsFile = Optional.empty();

  /**
   * Writes every finding to the file of {@code --findings}, if given; a file that cannot be written
   * is said in one line on standard error.
   *
   * @param findings the findings
   * @param locale the language of the severities
   * @param err where to say that the file cannot be written
   * @return whether the file was written or none was asked for
   */
  boolean writeFindings(List<FindingRow> findings, Locale locale, PrintWriter err) {
    if (findingsFile.isEmpty()) {
      return true;
    }
    Path file = findingsFile.get();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (FindingRow finding : findings) {
        writer.write(ReportAnalyses.findingLine(finding, locale));
        writer.write('\n');
      }
      return true;
    } catch (IOException e) {
      err.println("reform: " + file + ": cannot write the findings: " + DashboardCommand.reason(e));
      return false;
    }
  }
}
