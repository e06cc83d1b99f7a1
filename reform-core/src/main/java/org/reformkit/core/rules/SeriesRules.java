package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.series.DateMove;
import org.reformkit.core.series.ItemHistory;
import org.reformkit.core.series.ItemState;
import org.reformkit.core.series.ReportSeries;

/**
 * The rules over a {@link ReportSeries}: what one report cannot show, the reports read together
 * can. Each rule asks the series' {@link ItemHistory} for the meaning (dropped, reopened, a date
 * moved), so that the rules and the analyses of a series agree.
 */
final class SeriesRules {
  private SeriesRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(dropped(), reopened(), dateMovedUnexplained());
  }

  static Rule<ReportSeries> dropped() {
    String code = "SERIES_ITEM_DROPPED";
    return define(
        Rule.builder(code, ReportSeries.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("An item of a series is not dropped without being completed or cancelled")
            .description(
                "In a series of reports, a commitment, phase, milestone or indicator that a"
                    + " report lists and the last report does not must have been stated completed"
                    + " or cancelled in some report. A status not stated is neither, so an item"
                    + " that vanishes with its status never stated is reported.")
            .messages(MessageKey.of(code)),
        (series, at) -> {
          for (ItemHistory history : series.histories()) {
            if (history.isDropped()) {
              at.report(
                  history.path(),
                  MessageKey.of(code),
                  values(
                      "item",
                      history.path(),
                      "lastSeen",
                      series.label(history.lastSeen()),
                      "missingFrom",
                      series.label(history.lastSeen() + 1)));
            }
          }
        });
  }

  static Rule<ReportSeries> reopened() {
    String code = "SERIES_COMPLETED_REOPENED";
    return define(
        Rule.builder(code, ReportSeries.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A completed item does not reappear as not completed")
            .description(
                "In a series of reports, a commitment, phase or milestone that one report states"
                    + " completed must not be stated behind completed (not started, in progress,"
                    + " on hold) by a later report. Cancelled is not behind completed, and a"
                    + " report that lists the item without a status is skipped.")
            .messages(MessageKey.of(code)),
        (series, at) -> {
          for (ItemHistory history : series.histories()) {
            Optional<Integer> reopened = history.reopenedIn();
            if (reopened.isPresent()) {
              ItemState state = history.states().get(reopened.get()).orElseThrow();
              at.report(
                  history.path(),
                  MessageKey.of(code),
                  values(
                      "item",
                      history.path(),
                      "completedIn",
                      series.label(history.completedIn().orElseThrow()),
                      "status",
                      state.status().orElseThrow(),
                      "reopenedIn",
                      series.label(reopened.get())));
            }
          }
        });
  }

  static Rule<ReportSeries> dateMovedUnexplained() {
    String code = "SERIES_DATE_MOVED_UNEXPLAINED";
    return define(
        Rule.builder(code, ReportSeries.class)
            .severity(Severity.INFO)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A planned date that moves comes with a statement")
            .description(
                "In a series of reports, when a report states a planned date (a commitment's or"
                    + " milestone's due date, a phase's planned start or end) differently from"
                    + " the last earlier report that stated it, the later report should make a"
                    + " statement about the item, or about a phase's or milestone's commitment,"
                    + " that the earlier report did not make. A report that does not state the"
                    + " date is skipped; the date is compared with the next report that does.")
            .messages(MessageKey.of(code)),
        (series, at) -> {
          for (ItemHistory history : series.histories()) {
            for (DateMove move : history.dateMoves()) {
              if (!move.explained()) {
                at.report(
                    history.path().field(move.field()),
                    MessageKey.of(code),
                    values(
                        "item",
                        history.path(),
                        "before",
                        move.before(),
                        "from",
                        series.label(move.from()),
                        "after",
                        move.after(),
                        "to",
                        series.label(move.to())));
              }
            }
          }
        });
  }
}
