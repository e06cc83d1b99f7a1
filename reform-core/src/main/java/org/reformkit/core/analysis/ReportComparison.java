package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.PathStep;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.text.TextTable;

/**
 * What moved between two progress reports of the same programme: every {@link Change} with the path
 * of the element, its kind, and the old and new values.
 *
 * <pre>{@code
 * ReportComparison changes = ReportComparison.between(march2015, november2015);
 * changes.at(ElementPath.parse("commitments[bpr].phases[a].status")); // not started -> completed
 * changes.needingAttention();                                          // backward moves, removals
 * System.out.print(changes);
 * }</pre>
 *
 * <p><b>What is compared.</b> Elements are matched by identifier (commitments, phases,
 * deliverables, milestones, post lines, posts, post totals, indicators, engagements, external
 * support, policies, committees); an element in one report only is {@link ChangeKind#ADDED} or
 * {@link ChangeKind#REMOVED}, and nothing below it is listed. For matched elements: statuses
 * (programme, commitment, phase, deliverable, milestone, engagement, policy, post, monitoring
 * framework), dates (commitment start and due, phase planned and actual start and end, deliverable
 * due and announced, milestone due, support awarded and started, programme launch), counts (post
 * lines, post totals, deliverable quantities, engagement counts), the parts of post lines by
 * origin, indicator baselines, targets (matched by due date) and measurements (matched by date and
 * dimensions, so a new measurement is an added {@code measurements[2015-11]}), and the documents
 * each report cites anywhere (cover, footnotes, statements, evaluations addressed, deliverables,
 * measurement sources, the previous report; not the report's own symbol), as {@code
 * citations[GB.325/POL/7]}, keyed by symbol or, for a document without one, by its title.
 *
 * <p><b>Status moves.</b> Statuses are ranked not started &lt; in progress = on hold &lt; completed
 * (policies: draft &lt; adopted &lt; partly in force &lt; in force; posts: planned &lt; established
 * = filled = vacant). A move up the rank is {@link ChangeKind#STATUS_FORWARD}, down it {@link
 * ChangeKind#STATUS_BACKWARD} (flagged by {@link Change#needsAttention()}), and a move between
 * equal ranks or to or from an unranked status (cancelled, withdrawn, abolished, not stated) {@link
 * ChangeKind#STATUS_CHANGED}.
 *
 * <p><b>Order and symmetry.</b> Changes are listed programme first (elements in the newer report's
 * order, then those of the older report only), citations last. Comparing b with a gives exactly the
 * {@linkplain Change#mirrored() mirror images} of comparing a with b, possibly in another order;
 * comparing a report with itself gives nothing.
 */
public final class ReportComparison {
  private final ReportLabel older;
  private final ReportLabel newer;
  private final ImmutableList<Change> changes;

  private ReportComparison(ReportLabel older, ReportLabel newer, ImmutableList<Change> changes) {
    this.older = older;
    this.newer = newer;
    this.changes = changes;
  }

  /**
   * Compares two reports of the same programme.
   *
   * @param older the earlier report
   * @param newer the later report
   * @return what changed from {@code older} to {@code newer}
   */
  public static ReportComparison between(ProgressReport older, ProgressReport newer) {
    return new ReportComparison(
        ReportLabel.of(older), ReportLabel.of(newer), Differ.diff(older, newer));
  }

  /**
   * Returns the changes.
   *
   * @return the changes
   */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /**
   * Whether the two reports differ in nothing compared.
   *
   * @return whether there are no changes
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the changes of one element and of everything below it. A last step without a key stands
   * for every element of that list: {@code engagements} selects {@code engagements[staff-survey]}
   * and the others.
   *
   * @param path the element's path
   * @return the changes at or below the path
   */
  public ImmutableList<Change> at(ElementPath path) {
    return changes.stream()
        .filter(c -> covers(path, c.path()))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean covers(ElementPath prefix, ElementPath path) {
    if (path.startsWith(prefix)) {
      return true;
    }
    int size = prefix.steps().size();
    if (size == 0 || path.steps().size() < size) {
      return false;
    }
    PathStep last = prefix.steps().get(size - 1);
    return last.key().isEmpty()
        && path.steps().subList(0, size - 1).equals(prefix.steps().subList(0, size - 1))
        && path.steps().get(size - 1).name().equals(last.name());
  }

  /**
   * Returns the changes of one kind.
   *
   * @param kind the kind
   * @return the changes of that kind
   */
  public ImmutableList<Change> ofKind(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the changes that deserve attention: statuses moving backward, elements removed.
   *
   * @return the flagged changes
   */
  public ImmutableList<Change> needingAttention() {
    return changes.stream().filter(Change::needsAttention).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the comparison the other way round: every change mirrored, in this comparison's order.
   * It has the same changes as {@link #between} on the swapped reports, not necessarily in the same
   * order.
   *
   * @return the mirror image
   */
  public ReportComparison mirrored() {
    return new ReportComparison(
        newer,
        older,
        changes.stream().map(Change::mirrored).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the changes as a table in English.
   *
   * @return the table
   */
  public TextTable toTable() {
    return toTable(Locale.ENGLISH);
  }

  /**
   * Returns the changes as a table with labels and values in the locale's language; a change that
   * deserves attention is marked {@code !}.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
                "!",
                Labels.label("heading.path", locale),
                Labels.label("heading.change", locale),
                Labels.label("heading.old", locale),
                Labels.label("heading.new", locale))
            .maxCellWidth(Labels.MAX_PATH_CELL);
    for (Change change : changes) {
      table.addRow(
          change.needsAttention() ? "!" : "",
          change.path(),
          change.kind().label().in(locale),
          change.oldValue().map(v -> v.in(locale)).orElse(""),
          change.newValue().map(v -> v.in(locale)).orElse(""));
    }
    return table.build();
  }

  /**
   * Prints a heading naming the two reports and the changes as a table in English.
   *
   * @return the printed comparison
   */
  @Override
  public String toString() {
    return older + " -> " + newer + ": " + changes.size() + " changes\n" + toTable();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportComparison that
        && older.equals(that.older)
        && newer.equals(that.newer)
        && changes.equals(that.changes);
  }

  @Override
  public int hashCode() {
    return (31 * older.hashCode() + newer.hashCode()) * 31 + changes.hashCode();
  }

  /** How a comparison names a report in its heading: symbol, date, whether reconstructed. */
  private record ReportLabel(String symbol, PartialDate asOf, boolean reconstructed) {
    static ReportLabel of(ProgressReport report) {
      return new ReportLabel(
          report.document().symbol().toString(), report.asOf(), report.reconstructed());
    }

    @Override
    public String toString() {
      return symbol + " (" + asOf + (reconstructed ? ", reconstructed" : "") + ")";
    }
  }
}
