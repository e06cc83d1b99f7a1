package org.reformkit.sheets;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.Contact;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.InvalidValueException;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.Target;
import org.reformkit.core.text.SafeText;

/**
 * A report being assembled from the rows of every sheet: each mapping puts what its rows hold here,
 * keyed by the identifiers that tie a row to its parent; {@link #build} then puts the children into
 * their parents, reporting a row whose parent does not exist and a list row whose element does not
 * exist. Internal.
 */
final class Assembly {
  Optional<Pending<GoverningBodyDocument.Builder>> document = Optional.empty();
  Optional<DocumentCover.Builder> cover = Optional.empty();
  Optional<ProgressReport.Builder> report = Optional.empty();
  Optional<Pending<ReformProgramme.Builder>> programme = Optional.empty();
  Optional<Pending<MonitoringFramework>> framework = Optional.empty();

  final Map<String, Pending<Commitment.Builder>> commitments = new LinkedHashMap<>();
  final Map<String, Pending<Phase.Builder>> phases = new LinkedHashMap<>();

  /** Deliverables by the path of their parent (a commitment or a phase). */
  final ListMultimap<String, Pending<Deliverable.Builder>> deliverables =
      ArrayListMultimap.create();

  final ListMultimap<String, Pending<Milestone>> milestones = ArrayListMultimap.create();

  /** Statements by the path of their holder: the report (""), the programme, a commitment, .... */
  final ListMultimap<String, Pending<Statement.Builder>> statements = ArrayListMultimap.create();

  final Map<String, Pending<PostLine.Builder>> postLines = new LinkedHashMap<>();
  final Map<String, Pending<Post.Builder>> posts = new LinkedHashMap<>();

  /** Shares by the path of their post or line ({@code programme.postLines[x].ofWhich}). */
  final ListMultimap<String, Pending<PostShare>> shares = ArrayListMultimap.create();

  final List<Pending<PostTotal>> postTotals = new ArrayList<>();
  final Map<String, Pending<Indicator.Builder>> indicators = new LinkedHashMap<>();
  final ListMultimap<String, Pending<Target>> targets = ArrayListMultimap.create();
  final ListMultimap<String, Pending<Measurement.Builder>> measurements =
      ArrayListMultimap.create();
  final List<Pending<StaffEngagement>> engagements = new ArrayList<>();
  final List<Pending<ExternalSupport>> support = new ArrayList<>();
  final List<Pending<Policy.Builder>> policies = new ArrayList<>();
  final List<Pending<Committee.Builder>> committees = new ArrayList<>();
  final List<Pending<Contact>> contacts = new ArrayList<>();
  final List<Pending<Footnote.Builder>> footnotes = new ArrayList<>();
  final List<Pending<FinancialLine>> financialLines = new ArrayList<>();
  final List<Pending<FinanceTotal>> financeTotals = new ArrayList<>();
  final List<Pending<Risk>> risks = new ArrayList<>();
  final Map<String, Pending<Recommendation.Builder>> recommendations = new LinkedHashMap<>();

  /** Actions by the identifier of their recommendation. */
  final ListMultimap<String, Pending<RecommendationAction>> recommendationActions =
      ArrayListMultimap.create();

  final List<Pending<RecommendationTotal>> recommendationTotals = new ArrayList<>();

  /** Document references by the path of their list; the column the path was read from. */
  final ListMultimap<String, Pending<DocumentReference>> references = ArrayListMultimap.create();

  final ListMultimap<String, Pending<LocalizedText>> texts = ArrayListMultimap.create();
  final ListMultimap<String, Pending<Map.Entry<String, String>>> dimensions =
      ArrayListMultimap.create();

  private final Set<String> claimed = new HashSet<>();

  /** The sheets whose rows could not be read (a required column missing): no parent is known. */
  final Set<String> unreadable = new HashSet<>();

  private final Problems problems;

  Assembly(Problems problems) {
    this.problems = problems;
  }

  /** The references of a list, marked as belonging to an element. */
  ImmutableList<DocumentReference> references(String path) {
    claimed.add(path);
    return references.get(path).stream()
        .map(Pending::value)
        .collect(ImmutableList.toImmutableList());
  }

  ImmutableList<LocalizedText> texts(String path) {
    claimed.add(path);
    return texts.get(path).stream().map(Pending::value).collect(ImmutableList.toImmutableList());
  }

  ImmutableList<Map.Entry<String, String>> dimensions(String path) {
    claimed.add(path);
    return dimensions.get(path).stream()
        .map(Pending::value)
        .collect(ImmutableList.toImmutableList());
  }

  ImmutableList<PostShare> shares(String path) {
    claimed.add(path);
    return shares.get(path).stream().map(Pending::value).collect(ImmutableList.toImmutableList());
  }

  /** Builds a value, or reports at the row why the model refuses it. */
  <T> Optional<T> build(RowIn row, Supplier<T> builder) {
    if (row.failed()) {
      // its cells' problems are reported; the model's complaint about what they lacked would repeat
      // them
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (InvalidValueException e) {
      row.rowProblem(SafeText.escape(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  /** Puts the children into their parents and returns the report, if nothing was wrong. */
  Optional<ProgressReport> build(String workbook) {
    if (document.isEmpty() || report.isEmpty()) {
      problems.add(workbook, 0, -1, "no report: the sheet Report must have one row");
      return Optional.empty();
    }
    if (programme.isEmpty()) {
      problems.add(workbook, 0, -1, "no programme: the sheet Programme must have one row");
      return Optional.empty();
    }
    ReformProgramme.Builder p = programme();
    GoverningBodyDocument.Builder d = document.get().value();
    contacts.forEach(c -> d.addContact(c.value()));
    for (Pending<Footnote.Builder> footnote : footnotes) {
      build(footnote.row(), footnote.value()::build).ifPresent(d::addFootnote);
    }
    DocumentCover.Builder c = cover.orElseGet(DocumentCover::builder);
    c.addAllRelatedDocuments(references("document.cover.relatedDocuments"));
    RowIn reportRow = document.get().row();
    build(reportRow, c::build).ifPresent(d::cover);
    ProgressReport.Builder r = report.get();
    build(reportRow, d::build).ifPresent(r::document);
    ImmutableList<DocumentReference> previous = references("previousReport");
    if (previous.size() > 1) {
      reportRow.rowProblem("a report follows one report; References lists " + previous.size());
    }
    previous.stream().findFirst().ifPresent(r::previousReport);
    r.addAllStatements(statements(""));
    build(programme.get().row(), p::build).ifPresent(r::programme);
    unclaimed(references, "References");
    unclaimed(texts, "TextLists");
    unclaimed(dimensions, "Dimensions");
    if (problems.any()) {
      return Optional.empty();
    }
    return build(reportRow, r::build);
  }

  /** Puts the programme's children into it and returns its builder. */
  private ReformProgramme.Builder programme() {
    ReformProgramme.Builder p = programme.get().value();
    for (Map.Entry<String, Pending<Phase.Builder>> entry : phases.entrySet()) {
      String[] ids = entry.getKey().split("\u0000", 2);
      Pending<Phase.Builder> phase = entry.getValue();
      String path = Paths.phase(ids[0], ids[1]).toString();
      phase.value().addAllDeliverables(deliverables(path));
      phase.value().addAllStatements(statements(path));
    }
    for (Map.Entry<String, Pending<Commitment.Builder>> entry : commitments.entrySet()) {
      String id = entry.getKey();
      Commitment.Builder c = entry.getValue().value();
      String path = Paths.commitment(id).toString();
      for (Map.Entry<String, Pending<Phase.Builder>> phase : phases.entrySet()) {
        if (phase.getKey().startsWith(id + "\u0000")) {
          build(phase.getValue().row(), phase.getValue().value()::build).ifPresent(c::addPhase);
        }
      }
      c.addAllDeliverables(deliverables(path));
      milestones.get(path).forEach(m -> c.addMilestone(m.value()));
      c.addAllStatements(statements(path));
      c.addAllAddressesFindingsOf(
          references(Paths.of(Paths.commitment(id), "addressesFindingsOf")));
      build(entry.getValue().row(), c::build).ifPresent(p::addCommitment);
    }
    for (Map.Entry<String, Pending<PostLine.Builder>> line : postLines.entrySet()) {
      String path = Paths.of(Paths.programme().key("postLines", line.getKey()), "ofWhich");
      line.getValue().value().addAllOfWhich(shares(path));
      build(line.getValue().row(), line.getValue().value()::build).ifPresent(p::addPostLine);
    }
    for (Map.Entry<String, Pending<Post.Builder>> post : posts.entrySet()) {
      String path = Paths.of(Paths.programme().key("posts", post.getKey()), "ofWhich");
      post.getValue().value().addAllOfWhich(shares(path));
      build(post.getValue().row(), post.getValue().value()::build).ifPresent(p::addPost);
    }
    postTotals.forEach(t -> p.addPostTotal(t.value()));
    for (Map.Entry<String, Pending<Indicator.Builder>> entry : indicators.entrySet()) {
      String path = Paths.indicator(entry.getKey()).toString();
      Indicator.Builder indicator = entry.getValue().value();
      targets.get(path).forEach(t -> indicator.addTarget(t.value()));
      List<Pending<Measurement.Builder>> list = measurements.get(path);
      for (int i = 0; i < list.size(); i++) {
        Pending<Measurement.Builder> m = list.get(i);
        String at = Paths.indicator(entry.getKey()).index("measurements", i).toString();
        ImmutableList<DocumentReference> source = references(at + ".source");
        if (source.size() > 1) {
          m.row().rowProblem("a measurement has one source; References lists " + source.size());
        }
        source.stream().findFirst().ifPresent(m.value()::source);
        dimensions(at + ".dimensions")
            .forEach(d -> m.value().putDimension(d.getKey(), d.getValue()));
        build(m.row(), m.value()::build).ifPresent(indicator::addMeasurement);
      }
      build(entry.getValue().row(), indicator::build).ifPresent(p::addIndicator);
    }
    framework.ifPresent(f -> p.monitoringFramework(f.value()));
    engagements.forEach(e -> p.addEngagement(e.value()));
    support.forEach(s -> p.addExternalSupport(s.value()));
    for (Pending<Policy.Builder> policy : policies) {
      build(policy.row(), policy.value()::build).ifPresent(p::addPolicy);
    }
    for (Pending<Committee.Builder> committee : committees) {
      build(committee.row(), committee.value()::build).ifPresent(p::addCommittee);
    }
    Finances.Builder money = Finances.builder();
    financialLines.forEach(l -> money.addLine(l.value()));
    financeTotals.forEach(t -> money.addTotal(t.value()));
    p.finances(money.build());
    risks.forEach(r -> p.addRisk(r.value()));
    Recommendations.Builder listed = Recommendations.builder();
    for (Map.Entry<String, Pending<Recommendation.Builder>> entry : recommendations.entrySet()) {
      Recommendation.Builder r = entry.getValue().value();
      recommendationActions.get(entry.getKey()).forEach(a -> r.addAction(a.value()));
      r.addAllEvidence(references(Paths.of(Paths.recommendation(entry.getKey()), "evidence")));
      build(entry.getValue().row(), r::build).ifPresent(listed::addListed);
    }
    recommendationTotals.forEach(t -> listed.addTotal(t.value()));
    p.recommendations(listed.build());
    p.addAllStatements(statements(Paths.programme().toString()));
    return p;
  }

  /**
   * Puts the children into their parents and returns the programme of a workbook that holds a
   * programme alone (the sheet Report empty), if nothing was wrong.
   */
  Optional<ReformProgramme> buildProgramme(String workbook) {
    if (document.isPresent() || report.isPresent()) {
      problems.add(
          workbook,
          0,
          -1,
          "a report: the sheet Report has a row; read the workbook as a report, or empty the sheet"
              + " Report to read a programme alone");
      return Optional.empty();
    }
    if (programme.isEmpty()) {
      problems.add(workbook, 0, -1, "no programme: the sheet Programme must have one row");
      return Optional.empty();
    }
    ReformProgramme.Builder p = programme();
    String alone =
        " belongs to a report's paper; a programme alone (the sheet Report empty) has none";
    contacts.forEach(c -> c.row().rowProblem("a contact" + alone));
    footnotes.forEach(f -> f.row().rowProblem("a footnote" + alone));
    statements.get("").forEach(s -> s.row().rowProblem("a statement of the report" + alone));
    Optional<ReformProgramme> built = build(programme.get().row(), p::build);
    unclaimed(references, "References");
    unclaimed(texts, "TextLists");
    unclaimed(dimensions, "Dimensions");
    if (problems.any()) {
      return Optional.empty();
    }
    return built;
  }

  private ImmutableList<Deliverable> deliverables(String path) {
    claimed.add(path);
    ImmutableList.Builder<Deliverable> built = ImmutableList.builder();
    for (Pending<Deliverable.Builder> d : deliverables.get(path)) {
      build(d.row(), d.value()::build).ifPresent(built::add);
    }
    return built.build();
  }

  private ImmutableList<Statement> statements(String path) {
    claimed.add(path);
    ImmutableList.Builder<Statement> built = ImmutableList.builder();
    for (Pending<Statement.Builder> s : statements.get(path)) {
      build(s.row(), s.value()::build).ifPresent(built::add);
    }
    return built.build();
  }

  private <T> void unclaimed(ListMultimap<String, Pending<T>> rows, String sheet) {
    for (Map.Entry<String, Pending<T>> row : rows.entries()) {
      if (!claimed.contains(row.getKey())) {
        row.getValue()
            .row()
            .problem(
                "element",
                "no element has the list "
                    + SafeText.quote(row.getKey())
                    + " (a row of "
                    + sheet
                    + " names the element and its list, such as"
                    + " programme.commitments[bpr].addressesFindingsOf)");
      }
    }
  }

  /**
   * Whether a row names a parent that does not exist: false when the parent's sheet could not be
   * read at all (its problem is reported, and every child would repeat it).
   */
  boolean lacks(Map<String, ?> parents, String key, String sheet) {
    return !unreadable.contains(sheet) && !parents.containsKey(key);
  }

  static String noSuch(String what, String id, String sheet) {
    return "no " + what + " " + SafeText.quote(id) + " in the sheet " + sheet;
  }
}
