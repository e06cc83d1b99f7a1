package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.text.TextTable;

/**
 * What became of the oversight bodies' recommendations: the listed recommendations by source, with
 * their acceptance, their implementation status and the implementation rate, and the counts the
 * report states, as it states them.
 *
 * <pre>{@code
 * RecommendationSummary summary = Analyses.recommendations(report);
 * summary.overall().implementationRate(); // Optional[0.5]
 * System.out.print(summary);
 * }</pre>
 *
 * <p>Sources are told apart as {@link DocumentReference#isSameDocument} does (same symbol, or same
 * title without a symbol), in the order they first appear. The rate counts only recommendations
 * whose status is stated and only {@link ImplementationStatus#isImplemented() implemented} ones as
 * done (no half credit); how many do not state a status is shown beside it. Stated counts are not
 * mixed with the listed recommendations: a report that gives only counts has no rows and its counts
 * in {@link #statedTotals()}.
 */
public final class RecommendationSummary {
  private final ImmutableList<RecommendationRow> rows;
  private final RecommendationRow overall;
  private final ImmutableList<RecommendationTotal> statedTotals;

  private RecommendationSummary(
      ImmutableList<RecommendationRow> rows,
      RecommendationRow overall,
      ImmutableList<RecommendationTotal> statedTotals) {
    this.rows = rows;
    this.overall = overall;
    this.statedTotals = statedTotals;
  }

  /**
   * Returns the summary of a programme's recommendations.
   *
   * @param programme the programme
   * @return the summary
   */
  public static RecommendationSummary of(ReformProgramme programme) {
    List<DocumentReference> sources = new ArrayList<>();
    List<List<Recommendation>> bySource = new ArrayList<>();
    for (Recommendation recommendation : programme.recommendations().listed()) {
      int at = -1;
      for (int i = 0; i < sources.size(); i++) {
        if (sources.get(i).isSameDocument(recommendation.source())) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        sources.add(recommendation.source());
        bySource.add(new ArrayList<>());
        at = sources.size() - 1;
      }
      bySource.get(at).add(recommendation);
    }
    ImmutableList.Builder<RecommendationRow> rows = ImmutableList.builder();
    for (int i = 0; i < sources.size(); i++) {
      rows.add(row(sourceName(sources.get(i)), bySource.get(i)));
    }
    return new RecommendationSummary(
        rows.build(),
        row(Labels.text("recommendations.allSources"), programme.recommendations().listed()),
        programme.recommendations().totals());
  }

  /** A source as a table names it: its symbol, or else its title. */
  static LocalizedText sourceName(DocumentReference source) {
    return source
        .symbol()
        .map(s -> Labels.plain(s.toString()))
        .orElseGet(() -> source.title().orElseThrow());
  }

  private static RecommendationRow row(LocalizedText source, List<Recommendation> listed) {
    Map<Acceptance, Integer> byAcceptance = new EnumMap<>(Acceptance.class);
    Map<ImplementationStatus, Integer> byStatus = new EnumMap<>(ImplementationStatus.class);
    int acceptanceNotStated = 0;
    int statusNotStated = 0;
    for (Recommendation recommendation : listed) {
      if (recommendation.acceptance().isPresent()) {
        byAcceptance.merge(recommendation.acceptance().get(), 1, Integer::sum);
      } else {
        acceptanceNotStated++;
      }
      if (recommendation.status().isPresent()) {
        byStatus.merge(recommendation.status().get(), 1, Integer::sum);
      } else {
        statusNotStated++;
      }
    }
    return new RecommendationRow(
        source,
        listed.size(),
        ImmutableMap.copyOf(byAcceptance),
        acceptanceNotStated,
        ImmutableMap.copyOf(byStatus),
        statusNotStated);
  }

  /**
   * Returns one row per source of the listed recommendations, in order of first appearance.
   *
   * @return the rows
   */
  public ImmutableList<RecommendationRow> rows() {
    return rows;
  }

  /**
   * Returns the row of all listed recommendations together.
   *
   * @return the overall row
   */
  public RecommendationRow overall() {
    return overall;
  }

  /**
   * Returns the counts the report states, as it states them.
   *
   * @return the stated counts
   */
  public ImmutableList<RecommendationTotal> statedTotals() {
    return statedTotals;
  }

  /**
   * Returns the listed recommendations as a table in English.
   *
   * @return the table
   */
  public TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the listed recommendations as a table, one row per source and one for all, with labels
   * in the locale's language: the number listed, then by acceptance, then by status, then the
   * implementation rate ("50%", or "50%, 1 not stated" when some statuses are not stated).
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    List<String> headings = new ArrayList<>();
    headings.add(Labels.label("heading.source", locale));
    headings.add(Labels.label("heading.listed", locale));
    for (Acceptance acceptance : Acceptance.values()) {
      headings.add(Labels.label("acceptance." + acceptance.name(), locale));
    }
    headings.add(Labels.label("heading.acceptanceNotStated", locale));
    for (ImplementationStatus status : ImplementationStatus.values()) {
      headings.add(Labels.label("implementation." + status.name(), locale));
    }
    headings.add(Labels.label("heading.statusNotStated", locale));
    headings.add(Labels.label("heading.implementationRate", locale));
    TextTable.Builder table =
        TextTable.builder(headings.toArray(new String[0])).maxCellWidth(Labels.MAX_CELL);
    for (int column = 1; column < headings.size(); column++) {
      table.alignRight(column);
    }
    for (RecommendationRow row : rows) {
      table.addRow(cells(row, locale));
    }
    table.addRow(cells(overall, locale));
    return table.build();
  }

  private static Object[] cells(RecommendationRow row, Locale locale) {
    List<String> cells = new ArrayList<>();
    cells.add(row.source().in(locale));
    cells.add(Integer.toString(row.listed()));
    for (Acceptance acceptance : Acceptance.values()) {
      cells.add(Integer.toString(row.withAcceptance(acceptance)));
    }
    cells.add(Integer.toString(row.acceptanceNotStated()));
    for (ImplementationStatus status : ImplementationStatus.values()) {
      cells.add(Integer.toString(row.withStatus(status)));
    }
    cells.add(Integer.toString(row.statusNotStated()));
    cells.add(rateCell(row, locale));
    return cells.toArray();
  }

  private static String rateCell(RecommendationRow row, Locale locale) {
    String unknown = Integer.toString(row.statusNotStated());
    return row.implementationRate()
        .map(IndicatorProgress::percent)
        .map(
            rate ->
                row.statusNotStated() == 0
                    ? rate
                    : Labels.label("progress.partial", locale, rate, unknown))
        .orElseGet(
            () ->
                row.statusNotStated() == 0
                    ? ""
                    : Labels.label("progress.unknown", locale, unknown));
  }

  /**
   * Returns the stated counts as a table in the locale's language: source (blank when not stated),
   * status counted ("all" when every status), recommendations and actions (blank when not stated).
   *
   * @param locale the language
   * @return the table
   */
  public TextTable statedTotalsTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                Labels.label("heading.source", locale),
                Labels.label("heading.statusCounted", locale),
                Labels.label("heading.recommendations", locale),
                Labels.label("heading.actions", locale))
            .maxCellWidth(Labels.MAX_CELL)
            .alignRight(2)
            .alignRight(3);
    for (RecommendationTotal total : statedTotals) {
      table.addRow(
          total.source().map(s -> sourceName(s).in(locale)).orElse(""),
          total
              .status()
              .map(s -> Labels.label("implementation." + s.name(), locale))
              .orElseGet(() -> Labels.label("recommendations.everyStatus", locale)),
          Labels.cell(total.count()),
          Labels.cell(total.actions()));
    }
    return table.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecommendationSummary o
        && rows.equals(o.rows)
        && overall.equals(o.overall)
        && statedTotals.equals(o.statedTotals);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rows, overall, statedTotals);
  }

  @Override
  public String toString() {
    return toTable().toString();
  }
}
