// reform.jsh: the reformkit API and the seed report, loaded into JShell.
// Open it with examples/jshell/reform-jshell (after `mvn -B -q -DskipTests package`), which runs
//   jshell --class-path <examples jar and its libraries> --startup DEFAULT --startup reform.jsh
// Then try:  validate()   summary()   diff()   show(commitments())   show(phases(SeedReport.BUSINESS_PROCESS_REVIEW))
//            show(posts())   lang = Locale.CHINESE; summary()   /open examples/jshell/phases.jsh

import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.reformkit.core.model.*;
import org.reformkit.core.rules.*;
import org.reformkit.core.analysis.*;
import org.reformkit.core.text.*;
import org.reformkit.json.*;
import org.reformkit.examples.*;
import org.reformkit.examples.dashboard.*;

/** The language show(...) prints texts in; set it to Locale.CHINESE for the report's own words. */
Locale lang = Locale.ENGLISH;

/** The seed report: GB.325/INS/15/1, November 2015. */
ProgressReport report = SeedReport.november2015();

/** The programme the report is about. */
ReformProgramme programme = report.programme();

/** The report before it: March 2015, reconstructed from what the seed says. */
ProgressReport march = March2015Snapshot.reconstructed();

void show(Object value) {
  System.out.println(value);
}

void show(LocalizedText text) {
  System.out.println(text.in(lang));
}

void show(TextTable table) {
  System.out.print(table);
}

void show(ProgressReport any) {
  new SeedReportTour(lang, System.out).print(any);
}

String word(Enum<?> value) {
  return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
}

/** A status the report may not state: its word, or "not stated". */
String statusWord(Optional<Status> value) {
  return value.map(v -> word(v)).orElse("not stated");
}

/** One row per commitment: id, status, phases completed, due date. */
TextTable commitments() {
  TextTable.Builder table = TextTable.builder("Commitment", "Status", "Phases done", "Due", "Title");
  for (Commitment c : programme.commitments()) {
    long done = c.phases().stream().filter(p -> p.status().equals(Optional.of(Status.COMPLETED))).count();
    table.addRow(
        c.id(),
        statusWord(c.status()),
        c.phases().isEmpty() ? "" : done + " of " + c.phases().size(),
        c.due().map(Object::toString).orElse(""),
        c.title().in(lang));
  }
  return table.build();
}

/** The phases of one commitment, in order. */
TextTable phases(CommitmentId id) {
  TextTable.Builder table = TextTable.builder("Phase", "Status", "Planned start", "Name");
  for (Phase p : programme.commitment(id).orElseThrow().phases()) {
    table.addRow("(" + p.id() + ")", statusWord(p.status()), p.plannedStart().map(Object::toString).orElse(""), p.name().in(lang));
  }
  return table.build();
}

/** The post lines: count, location, origin and the shares of which they are made. */
TextTable posts() {
  TextTable.Builder table = TextTable.builder("Post line", "Count", "Location", "Origin", "Of which").alignRight(1);
  for (PostLine line : programme.postLines()) {
    table.addRow(
        line.id(),
        line.count(),
        line.location(),
        line.origin(),
        line.ofWhich().stream().map(Object::toString).collect(Collectors.joining("; ")));
  }
  return table.build();
}

/** The findings of the standard rules on the report, as of its date, with messages in lang. */
ValidationResult validate() {
  return RuleSet.standard().validate(report, lang);
}

/** Programme progress, phase timeline, posts and indicators of the report, as tables in lang. */
void summary() {
  System.out.print(Analyses.programmeProgress(report).toTable(lang));
  System.out.print(Analyses.phaseTimeline(report).toTable(lang));
  System.out.print(Analyses.postSummary(report).toTable(lang));
  System.out.print(Analyses.indicatorProgress(report).toTable(lang));
}

/** What changed from the March 2015 report to this one. */
ReportComparison diff() {
  return Analyses.compare(march, report);
}

/** Prints a comparison as a table in lang. */
void show(ReportComparison changes) {
  System.out.print(changes.toTable(lang));
}

/** Reads a report from a JSON reform document, strictly, with the default limits. */
ProgressReport read(String file) {
  return ReformJson.reader().read(Path.of(file));
}

/** Writes the report as pretty JSON to a file. */
void write(String file) {
  ReformJson.writer().withLayout(Layout.PRETTY).write(report, Path.of(file));
  System.out.println("wrote " + file);
}

/** Writes the findings of the standard rules as JSON, in the findings format. */
String findingsJson() {
  return ReformJson.writer().forFindings().withLayout(Layout.PRETTY)
      .write(RuleSet.standard().validate(report, lang));
}

/** Writes the HTML dashboard of the report, with the findings of the standard rules, to a file. */
void dashboard(String file) throws java.io.IOException {
  DashboardRenderer.of(lang).write(report, RuleSet.standard().validate(report, lang), Path.of(file));
  System.out.println("wrote " + file);
}

System.out.println("reformkit: report = " + report.document().symbol() + " as of " + report.asOf() + "; try validate(), summary(), diff()");
