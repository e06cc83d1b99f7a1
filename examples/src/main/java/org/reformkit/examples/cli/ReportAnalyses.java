package org.reformkit.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.text.TextTable;
import org.reformkit.examples.SeedReportTour;

/**
 * The analyses as the command-line tool prints them: the one place where {@code
 * org.reformkit.core.analysis} is called for {@code reform summary} and {@code reform diff}.
 *
 * <p>Until the analyses are merged, the summary is the {@link SeedReportTour} account of the
 * report, and the comparison covers the statuses of commitments and phases, post counts and the
 * latest indicator values, matched by identifier.
 */
public final class ReportAnalyses {
  private ReportAnalyses() {}

  /**
   * Prints progress, phases, posts and indicators as readable tables.
   *
   * @param report the report
   * @param asOf the date to measure progress against instead of the report's own, if given
   * @param locale the language of the texts
   * @param out where to print
   */
  public static void summary(
      ProgressReport report, Optional<PartialDate> asOf, Locale locale, PrintWriter out) {
    // TODO(lead, after the analyses merge): print org.reformkit.core.analysis' progress summary
    //   (as of `asOf.orElse(report.asOf())`) instead of the tour.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new SeedReportTour(locale, stream).print(report);
    }
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Prints what changed between two reports.
   *
   * @param before the earlier report
   * @param after the later report
   * @param locale the language of the texts
   * @param out where to print
   * @return the number of changes found
   */
  public static int diff(ProgressReport before, ProgressReport after, Locale locale, PrintWriter out) {
    // TODO(lead, after the analyses merge): print org.reformkit.core.analysis' report comparison.
    Map<String, String[]> changes = new LinkedHashMap<>();
    compare(changes, "as of", before.asOf().toString(), after.asOf().toString());
    Map<String, String> old = states(before, locale);
    Map<String, String> now = states(after, locale);
    for (Map.Entry<String, String> entry : old.entrySet()) {
      compare(changes, entry.getKey(), entry.getValue(), now.getOrDefault(entry.getKey(), "(absent)"));
    }
    for (Map.Entry<String, String> entry : now.entrySet()) {
      if (!old.containsKey(entry.getKey())) {
        compare(changes, entry.getKey(), "(absent)", entry.getValue());
      }
    }
    out.println(before.document().symbol() + " → " + after.document().symbol());
    if (changes.isEmpty()) {
      out.println("No changes in commitments, phases, posts or indicators.");
    } else {
      TextTable.Builder table = TextTable.builder("Element", "Before", "After");
      changes.forEach((element, values) -> table.addRow(element, values[0], values[1]));
      out.print(table.build());
    }
    out.flush();
    return changes.size();
  }

  private static void compare(Map<String, String[]> changes, String element, String before, String after) {
    if (!before.equals(after)) {
      changes.put(element, new String[] {before, after});
    }
  }

  private static Map<String, String> states(ProgressReport report, Locale locale) {
    Map<String, String> states = new LinkedHashMap<>();
    for (Commitment commitment : report.programme().commitments()) {
      String path = "commitments[" + commitment.id() + "]";
      states.put(path, word(commitment.status()));
      for (Phase phase : commitment.phases()) {
        states.put(path + ".phases[" + phase.id() + "]", word(phase.status()));
      }
    }
    for (PostLine line : report.programme().postLines()) {
      states.put("postLines[" + line.id() + "]", line.count() + " posts");
    }
    for (Indicator indicator : report.programme().indicators()) {
      List<Measurement> measurements = indicator.measurements();
      states.put(
          "indicators[" + indicator.id() + "]",
          measurements.isEmpty()
              ? "no measurement"
              : measurements.get(measurements.size() - 1).value().text().map(t -> t.in(locale))
                  .orElseGet(() -> measurements.get(measurements.size() - 1).value().toString()));
    }
    return states;
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
