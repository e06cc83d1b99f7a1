package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Sourced;

/**
 * Rules on a progress report as a whole: the report it follows, where its facts come from.
 * Internal.
 */
final class ReportRules {
  private ReportRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(previousReport(), sourceParagraph());
  }

  static Rule<ProgressReport> previousReport() {
    String code = "REPORT_PREVIOUS_REPORT";
    return define(
        Rule.builder(code, ProgressReport.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("The previous report comes before this one")
            .description(
                "The report a progress report follows must not be the report itself, must not"
                    + " be of a later session of the same body, and must not be dated certainly"
                    + " after this report's as-of date. Each comparison is skipped when its facts"
                    + " (symbol, date) are absent.")
            .messages(MessageKey.variants(code, "same", "session", "date")),
        (report, at) -> {
          if (report.previousReport().isEmpty()) {
            return;
          }
          DocumentReference previous = report.previousReport().get();
          DocumentSymbol own = report.document().symbol();
          ElementPath path = at.path().field("previousReport");
          Optional<DocumentSymbol> symbol = previous.symbol();
          if (symbol.isPresent() && symbol.get().equals(own)) {
            at.report(path, MessageKey.of(code, "same"), values("symbol", own));
          } else if (symbol.isPresent() && symbol.get().isOfLaterSessionThan(own)) {
            at.report(
                path,
                MessageKey.of(code, "session"),
                values(
                    "symbol",
                    symbol.get(),
                    "session",
                    symbol.get().session().orElseThrow(),
                    "ownSession",
                    own.session().orElseThrow()));
          }
          Optional<PartialDate> date = previous.date();
          if (date.isPresent() && report.asOf().isCertainlyBefore(date.get())) {
            at.report(
                path,
                MessageKey.of(code, "date"),
                values("date", date.get(), "asOf", report.asOf()));
          }
        });
  }

  static Rule<Sourced> sourceParagraph() {
    String code = "SOURCE_PARAGRAPH";
    return define(
        Rule.builder(code, Sourced.class)
            .severity(Severity.INFO)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("Each element of a report cites the paragraphs that state it")
            .description(
                "When a whole progress report is validated (not one reconstructed from later"
                    + " documents), each element the validation visits that can cite the report's"
                    + " paragraphs (the programme, commitments, phases, milestones, posts, post"
                    + " totals, indicators, the monitoring framework, engagements, external"
                    + " support, policies, committees) and cites none is noted, so that every"
                    + " figure stays traceable to its source. Skipped for elements validated on"
                    + " their own or within a programme.")
            .messages(MessageKey.of(code)),
        (element, at) -> {
          Optional<ProgressReport> report = at.progressReport();
          if (report.isEmpty() || report.get().reconstructed() || !element.paragraphs().isEmpty()) {
            return;
          }
          at.report(
              MessageKey.of(code), values("element", at.path().isRoot() ? "programme" : at.path()));
        });
  }
}
