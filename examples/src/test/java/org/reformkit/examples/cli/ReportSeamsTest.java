package org.reformkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;
import org.reformkit.examples.SeedReport;

/** The three seams the lead wires to reform-json, the rules and the analyses. */
class ReportSeamsTest {
  @TempDir Path dir;

  @Test
  void unreadableReportMessageNamesFilePointerLineAndColumnInOneLine() {
    Path file = Path.of("reports", "2016-03.json");
    assertThat(
            new UnreadableReportException(
                    file, "not a reform document: expected a date", Optional.of("/asOf"),
                    OptionalInt.of(3), OptionalInt.of(12), null)
                .oneLine())
        .isEqualTo("reports/2016-03.json: not a reform document: expected a date at /asOf (line 3, column 12)");
    assertThat(new UnreadableReportException(file, "no such file").oneLine())
        .isEqualTo("reports/2016-03.json: no such file");
    assertThat(
            new UnreadableReportException(
                    file, "bad", Optional.of(""), OptionalInt.empty(), OptionalInt.empty(), null)
                .oneLine())
        .isEqualTo("reports/2016-03.json: bad at /");
  }

  @Test
  void readingKeepsTheSyntaxErrorsLocation() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"asOf\": 2015-11}");
    UnreadableReportException e = catchThrowableOfType(UnreadableReportException.class, () -> ReportFiles.read(file));
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.reason()).startsWith("is not valid JSON: ");
    assertThat(e.pointer()).contains("/asOf");
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).isPresent();
  }

  @Test
  void checksFindNothingUntilTheRuleEngineIsWired() {
    // phase 1: replace with assertions on real findings when ReportChecks calls the rule engine
    assertThat(ReportChecks.check(SeedReport.november2015(), Optional.empty(), Locale.ENGLISH, Set.of())).isEmpty();
    assertThat(ReportChecks.catalogue(Locale.ENGLISH)).isEmpty();
    assertThat(ReportChecks.unknownCodes(Set.of("ANY"))).isEmpty();
  }

  @Test
  void diffListsChangedPhaseAndCommitmentStatuses() {
    ProgressReport before = SeedReport.november2015();
    Commitment review = before.programme().commitment(SeedReport.BUSINESS_PROCESS_REVIEW).orElseThrow();
    Commitment advanced =
        review.withPhases(
            review.phases().stream()
                .map(p -> p.id().equals(PhaseId.of("c")) ? p.withStatus(Status.COMPLETED) : p)
                .collect(com.google.common.collect.ImmutableList.toImmutableList()));
    ProgressReport after =
        before.withProgramme(
            before.programme().withCommitments(
                before.programme().commitments().stream()
                    .map(c -> c.id().equals(review.id()) ? advanced : c)
                    .collect(com.google.common.collect.ImmutableList.toImmutableList())));
    StringWriter out = new StringWriter();
    int changes = ReportAnalyses.diff(before, after, Locale.ENGLISH, new PrintWriter(out));
    assertThat(changes).isEqualTo(1);
    assertThat(out.toString())
        .startsWith("GB.325/INS/15/1 → GB.325/INS/15/1\n")
        .contains("commitments[bpr].phases[c]  in-progress  completed");
  }

  @Test
  void diffOfAReportWithItselfFindsNoChange() {
    StringWriter out = new StringWriter();
    ProgressReport seed = SeedReport.november2015();
    assertThat(ReportAnalyses.diff(seed, seed, Locale.ENGLISH, new PrintWriter(out))).isZero();
    assertThat(out.toString()).contains("No changes in commitments, phases, posts or indicators.");
  }
}
