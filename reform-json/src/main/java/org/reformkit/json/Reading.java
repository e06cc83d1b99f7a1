package org.reformkit.json;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.ProcurementMethod;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;
import org.reformkit.core.model.Target;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds JSON to the model as it streams from a {@link JsonParser}, one method per type, calling
 * the model's builders: no tree of the document is made. Each method starts on the first token of
 * its value and leaves the parser on the last. A problem is thrown as a {@link Failure} that carries
 * a {@link Locator} mark of the value concerned, so that a place is worked out only for an error.
 * Strict reading rejects unknown properties; lenient reading hands them to an {@link Unknowns}.
 * Internal.
 */
final class Reading {
  /** The largest scale, either way, of a measured value (so that its plain form stays short). */
  static final int MAX_SCALE = 1000;

  private static final String NULL_OPTIONAL =
      "null is not allowed; leave the property out when there is no value";

  static final Shape REPORT_ROOT =
      Shape.of("a progress report", Formats.REPORT_ROOT, "schemaVersion", "document", "asOf", "programme");
  static final Shape PROGRAMME = Shape.of("a programme", Formats.PROGRAMME, "id", "name", "status");
  static final Shape PROGRAMME_ROOT =
      Shape.of("a programme", Formats.PROGRAMME_ROOT, "schemaVersion", "id", "name", "status");
  static final Shape DOCUMENT =
      Shape.of("a governing-body document", Formats.DOCUMENT, "symbol", "title", "cover");
  static final Shape COVER = Shape.of("a document cover", Formats.COVER);
  static final Shape FOOTNOTE = Shape.of("a footnote", Formats.FOOTNOTE, "number", "text");
  static final Shape REFERENCE = Shape.of("a document reference", Formats.REFERENCE);
  static final Shape STATEMENT = Shape.of("a statement", Formats.STATEMENT, "id", "kind", "text");
  static final Shape COMMITMENT = Shape.of("a commitment", Formats.COMMITMENT, "id", "title", "status");
  static final Shape PHASE = Shape.of("a phase", Formats.PHASE, "id", "name", "status");
  static final Shape DELIVERABLE = Shape.of("a deliverable", Formats.DELIVERABLE, "id", "name");
  static final Shape MILESTONE =
      Shape.of("a milestone", Formats.MILESTONE, "id", "description", "status");
  static final Shape POST_LINE =
      Shape.of("a post line", Formats.POST_LINE, "id", "count", "location", "category", "origin");
  static final Shape POST = Shape.of("a post", Formats.POST, "id", "location", "category", "origin");
  static final Shape POST_TOTAL =
      Shape.of("a post total", Formats.POST_TOTAL, "id", "description", "count");
  static final Shape LOCATION = Shape.of("a location", Formats.LOCATION, "kind");
  static final Shape ORIGIN = Shape.of("a post origin", Formats.ORIGIN, "kind");
  static final Shape SHARE = Shape.of("a post share", Formats.SHARE, "origin");
  static final Shape INDICATOR =
      Shape.of("an indicator", Formats.INDICATOR, "id", "name", "measure", "direction");
  static final Shape MEASURE = Shape.of("a measure", Formats.MEASURE, "kind").dependent("currency");
  static final Shape BASELINE = Shape.of("a baseline", Formats.BASELINE, "value");
  static final Shape TARGET = Shape.of("a target", Formats.TARGET, "value");
  static final Shape MEASUREMENT = Shape.of("a measurement", Formats.MEASUREMENT, "value", "date");
  static final Shape VALUE =
      Shape.of("an indicator value", Formats.VALUE, "kind")
          .dependent("number", "currency", "flag", "text");
  static final Shape FRAMEWORK =
      Shape.of("a monitoring framework", Formats.FRAMEWORK, "name", "status", "withTargets");
  static final Shape ENGAGEMENT =
      Shape.of("a staff engagement", Formats.ENGAGEMENT, "id", "counterpart", "subject", "status");
  static final Shape SUPPORT = Shape.of("an external support", Formats.SUPPORT, "id", "kind", "provider");
  static final Shape POLICY = Shape.of("a policy", Formats.POLICY, "id", "name", "status");
  static final Shape COMMITTEE = Shape.of("a committee", Formats.COMMITTEE, "id", "name");
  static final Shape UNIT = Shape.of("a unit", Formats.UNIT, "name");

  // the words of each enum, matched in the parser's buffer
  private static final Words<Counterpart> COUNTERPART_WORDS = Words.of(Counterpart.class);
  private static final Words<Direction> DIRECTION_WORDS = Words.of(Direction.class);
  private static final Words<EngagementKind> ENGAGEMENT_KIND_WORDS = Words.of(EngagementKind.class);
  private static final Words<FundingSource> FUNDING_SOURCE_WORDS = Words.of(FundingSource.class);
  private static final Words<LocationKind> LOCATION_KIND_WORDS = Words.of(LocationKind.class);
  private static final Words<MeasureKind> MEASURE_KIND_WORDS = Words.of(MeasureKind.class);
  private static final Words<OriginKind> ORIGIN_KIND_WORDS = Words.of(OriginKind.class);
  private static final Words<PolicyStatus> POLICY_STATUS_WORDS = Words.of(PolicyStatus.class);
  private static final Words<PostCategory> POST_CATEGORY_WORDS = Words.of(PostCategory.class);
  private static final Words<PostStatus> POST_STATUS_WORDS = Words.of(PostStatus.class);
  private static final Words<ProcurementMethod> PROCUREMENT_METHOD_WORDS = Words.of(ProcurementMethod.class);
  private static final Words<StatementKind> STATEMENT_KIND_WORDS = Words.of(StatementKind.class);
  private static final Words<Status> STATUS_WORDS = Words.of(Status.class);
  private static final Words<SupportKind> SUPPORT_KIND_WORDS = Words.of(SupportKind.class);

  private final JsonParser p;
  private final Locator locator;
  private final @Nullable Unknowns unknowns;
  /** The language tags the model has taken in this document, as given and as the model writes them. */
  private final Map<String, String> tags = new HashMap<>();
  /**
   * The dates read in this document, by their text: a document repeats few dates many times, and
   * a date is a value, so one instance serves every place that has it.
   */
  private final TextCache<PartialDate> dates = new TextCache<>();
  /**
   * The languages of the text being read: as given, as the model writes the tag, and the text. A
   * text holds only strings, so one array serves every text of the document in turn.
   */
  private String[] textEntries = new String[6];
  /**
   * The values that depend on a measure's or an indicator value's kind. Neither object holds
   * another, so one set serves them all in turn.
   */
  private final Dependent<String> measureCurrency = new Dependent<>();
  private final Dependent<BigDecimal> valueNumber = new Dependent<>();
  private final Dependent<String> valueCurrency = new Dependent<>();
  private final Dependent<Boolean> valueFlag = new Dependent<>();
  private final Dependent<LocalizedText> valueText = new Dependent<>();
  /** The schema version of the document read, once read. */
  private @Nullable String schemaVersion;

  private Reading(JsonParser parser, Locator locator, @Nullable Unknowns unknowns) {
    this.p = parser;
    this.locator = locator;
    this.unknowns = unknowns;
  }

  /** Reads strictly: an unknown property is an error. */
  static Reading strict(JsonParser parser, Locator locator) {
    return new Reading(parser, locator, null);
  }

  /** Reads leniently, keeping each unknown property in {@code unknowns}. */
  static Reading lenient(JsonParser parser, Locator locator, Unknowns unknowns) {
    return new Reading(parser, locator, unknowns);
  }

  /** The schema version of the top-level document, or the one this reader writes if it had none. */
  String schemaVersionRead() {
    return schemaVersion == null ? Formats.SCHEMA_VERSION : schemaVersion;
  }

  // ---- documents ----

  /** Checks the schema version of a top-level document, refusing a major version it does not know. */
  private void schemaVersion() {
    String version = string();
    if (!version.matches("[0-9]{1,4}\\.[0-9]{1,4}")) {
      throw failHere(
          quote(version) + " is not a schema version; expected MAJOR.MINOR such as \"" + Formats.SCHEMA_VERSION + "\"");
    }
    if (!version.startsWith(Formats.SCHEMA_MAJOR + ".")) {
      throw failHere(
          "schema version " + quote(version) + " is not supported; this reader reads version "
              + Formats.SCHEMA_MAJOR + ".x (written \"" + Formats.SCHEMA_VERSION + "\")");
    }
    schemaVersion = version;
  }

  /** A report is always a document of its own, with its schema version. */
  ProgressReport report() {
    Obj o = begin(REPORT_ROOT);
    ProgressReport.Builder b = ProgressReport.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "schemaVersion" -> schemaVersion();
        case "document" -> b.document(governingBodyDocument());
        case "asOf" -> b.asOf(partialDate());
        case "previousReport" -> b.previousReport(documentReference());
        case "programme" -> b.programme(programme(false));
        case "statements" -> each(b::addStatement, this::statement);
        case "reconstructed" -> b.reconstructed(bool());
        default -> b.reconstructionNote(text());
      }
    }
    return o.build(b::build);
  }

  ReformProgramme programme(boolean root) {
    Obj o = begin(root ? PROGRAMME_ROOT : PROGRAMME);
    ReformProgramme.Builder b = ReformProgramme.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "schemaVersion" -> schemaVersion();
        case "id" -> b.id(id(ProgrammeId::of));
        case "name" -> b.name(text());
        case "organization" -> b.organization(text());
        case "owner" -> b.owner(orgUnit());
        case "launched" -> b.launched(partialDate());
        case "status" -> b.status(enumValue(STATUS_WORDS, "programme status"));
        case "commitments" -> each(b::addCommitment, this::commitment);
        case "postLines" -> each(b::addPostLine, this::postLine);
        case "posts" -> each(b::addPost, this::post);
        case "postTotals" -> each(b::addPostTotal, this::postTotal);
        case "indicators" -> each(b::addIndicator, this::indicator);
        case "monitoringFramework" -> b.monitoringFramework(monitoringFramework());
        case "engagements" -> each(b::addEngagement, this::engagement);
        case "externalSupport" -> each(b::addExternalSupport, this::externalSupport);
        case "policies" -> each(b::addPolicy, this::policy);
        case "committees" -> each(b::addCommittee, this::committee);
        case "statements" -> each(b::addStatement, this::statement);
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  GoverningBodyDocument governingBodyDocument() {
    Obj o = begin(DOCUMENT);
    GoverningBodyDocument.Builder b = GoverningBodyDocument.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "symbol" -> b.symbol(symbol());
        case "title" -> b.title(text());
        case "heading" -> b.heading(text());
        case "agendaItem" -> b.agendaItem(string());
        case "sectionName" -> b.sectionName(text());
        case "sessionPlace" -> b.sessionPlace(text());
        case "sessionDates" -> b.sessionDates(period());
        case "date" -> b.date(partialDate());
        case "originalLanguage" -> b.originalLanguage(string());
        case "cover" -> b.cover(cover());
        default -> each(b::addFootnote, this::footnote);
      }
    }
    return o.build(b::build);
  }

  DocumentCover cover() {
    Obj o = begin(COVER);
    DocumentCover.Builder b = DocumentCover.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "purpose" -> b.purpose(text());
        case "strategicObjective" -> b.strategicObjective(text());
        case "mainOutcome" -> b.mainOutcome(text());
        case "policyImplications" -> b.policyImplications(text());
        case "legalImplications" -> b.legalImplications(text());
        case "financialImplications" -> b.financialImplications(text());
        case "followUpAction" -> b.followUpAction(text());
        case "authorUnit" -> b.authorUnit(orgUnit());
        default -> each(b::addRelatedDocument, this::documentReference);
      }
    }
    return o.build(b::build);
  }

  Footnote footnote() {
    Obj o = begin(FOOTNOTE);
    Footnote.Builder b = Footnote.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "number" -> b.number(positive("a footnote number"));
        case "text" -> b.text(text());
        case "paragraph" -> b.paragraph(positive("a footnote paragraph"));
        default -> each(b::addReference, this::documentReference);
      }
    }
    return o.build(b::build);
  }

  DocumentReference documentReference() {
    Obj o = begin(REFERENCE);
    DocumentReference.Builder b = DocumentReference.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "symbol" -> b.symbol(symbol());
        case "title" -> b.title(text());
        case "date" -> b.date(partialDate());
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Statement statement() {
    Obj o = begin(STATEMENT);
    Statement.Builder b = Statement.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(StatementId::of));
        case "kind" -> b.kind(enumValue(STATEMENT_KIND_WORDS, "statement kind"));
        case "text" -> b.text(text());
        case "references" -> each(b::addReference, this::documentReference);
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  // ---- commitments ----

  Commitment commitment() {
    Obj o = begin(COMMITMENT);
    Commitment.Builder b = Commitment.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(CommitmentId::of));
        case "title" -> b.title(text());
        case "objective" -> b.objective(text());
        case "scope" -> b.scope(text());
        case "owner" -> b.owner(orgUnit());
        case "status" -> b.status(enumValue(STATUS_WORDS, "commitment status"));
        case "started" -> b.started(partialDate());
        case "due" -> b.due(partialDate());
        case "affectsStaff" -> b.affectsStaff(bool());
        case "dependsOn" -> eachOnce(b::addDependsOn, () -> id(CommitmentId::of), name);
        case "partOf" -> b.partOf(id(CommitmentId::of));
        case "addressesFindingsOf" -> each(b::addAddressesFindingsOf, this::documentReference);
        case "phases" -> each(b::addPhase, this::phase);
        case "deliverables" -> each(b::addDeliverable, this::deliverable);
        case "milestones" -> each(b::addMilestone, this::milestone);
        case "statements" -> each(b::addStatement, this::statement);
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Phase phase() {
    Obj o = begin(PHASE);
    Phase.Builder b = Phase.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(PhaseId::of));
        case "name" -> b.name(text());
        case "status" -> b.status(enumValue(STATUS_WORDS, "phase status"));
        case "plannedStart" -> b.plannedStart(partialDate());
        case "plannedEnd" -> b.plannedEnd(partialDate());
        case "actualStart" -> b.actualStart(partialDate());
        case "actualEnd" -> b.actualEnd(partialDate());
        case "deliverables" -> each(b::addDeliverable, this::deliverable);
        case "statements" -> each(b::addStatement, this::statement);
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Deliverable deliverable() {
    Obj o = begin(DELIVERABLE);
    Deliverable.Builder b = Deliverable.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(DeliverableId::of));
        case "name" -> b.name(text());
        case "description" -> b.description(text());
        case "status" -> b.status(enumValue(STATUS_WORDS, "deliverable status"));
        case "quantity" -> b.quantity(nonNegative("a deliverable quantity"));
        case "due" -> b.due(partialDate());
        case "announced" -> b.announced(partialDate());
        case "documents" -> each(b::addDocument, this::documentReference);
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Milestone milestone() {
    Obj o = begin(MILESTONE);
    Milestone.Builder b = Milestone.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(MilestoneId::of));
        case "description" -> b.description(text());
        case "due" -> b.due(partialDate());
        case "status" -> b.status(enumValue(STATUS_WORDS, "milestone status"));
        case "addressee" -> b.addressee(text());
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  // ---- posts ----

  PostLine postLine() {
    Obj o = begin(POST_LINE);
    PostLine.Builder b = PostLine.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(PostLineId::of));
        case "count" -> b.count(nonNegative("a post line count"));
        case "description" -> b.description(text());
        case "location" -> b.location(location());
        case "unit" -> b.unit(orgUnit());
        case "category" -> b.category(enumValue(POST_CATEGORY_WORDS, "post category"));
        case "grade" -> b.grade(grade());
        case "origin" -> b.origin(postOrigin());
        case "ofWhich" -> each(b::addOfWhich, this::postShare);
        case "funding" -> b.funding(enumValue(FUNDING_SOURCE_WORDS, "funding source"));
        case "status" -> b.status(enumValue(POST_STATUS_WORDS, "post status"));
        case "commitment" -> b.commitment(id(CommitmentId::of));
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Post post() {
    Obj o = begin(POST);
    Post.Builder b = Post.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(PostId::of));
        case "title" -> b.title(text());
        case "location" -> b.location(location());
        case "unit" -> b.unit(orgUnit());
        case "category" -> b.category(enumValue(POST_CATEGORY_WORDS, "post category"));
        case "grade" -> b.grade(grade());
        case "origin" -> b.origin(postOrigin());
        case "ofWhich" -> each(b::addOfWhich, this::postShare);
        case "funding" -> b.funding(enumValue(FUNDING_SOURCE_WORDS, "funding source"));
        case "status" -> b.status(enumValue(POST_STATUS_WORDS, "post status"));
        case "commitment" -> b.commitment(id(CommitmentId::of));
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  PostTotal postTotal() {
    Obj o = begin(POST_TOTAL);
    PostTotal.Builder b = PostTotal.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(PostTotalId::of));
        case "description" -> b.description(text());
        case "count" -> b.count(nonNegative("a post total count"));
        case "lines" -> each(b::addLine, () -> id(PostLineId::of));
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Location location() {
    Obj o = begin(LOCATION);
    @Nullable LocationKind kind = null;
    Optional<LocalizedText> name = Optional.empty();
    for (String property = o.next(); property != null; property = o.next()) {
      if (property.equals("kind")) {
        kind = enumValue(LOCATION_KIND_WORDS, "location kind");
      } else {
        name = Optional.of(text());
      }
    }
    LocationKind k = kind;
    Optional<LocalizedText> n = name;
    return o.build(() -> Location.of(Objects.requireNonNull(k), n));
  }

  PostOrigin postOrigin() {
    Obj o = begin(ORIGIN);
    @Nullable OriginKind kind = null;
    Optional<OrgUnit> from = Optional.empty();
    for (String property = o.next(); property != null; property = o.next()) {
      if (property.equals("kind")) {
        kind = enumValue(ORIGIN_KIND_WORDS, "post origin kind");
      } else {
        from = Optional.of(orgUnit());
      }
    }
    OriginKind k = kind;
    Optional<OrgUnit> f = from;
    return o.build(() -> PostOrigin.of(Objects.requireNonNull(k), f));
  }

  PostShare postShare() {
    Obj o = begin(SHARE);
    @Nullable PostOrigin origin = null;
    Optional<Integer> count = Optional.empty();
    for (String property = o.next(); property != null; property = o.next()) {
      if (property.equals("origin")) {
        origin = postOrigin();
      } else {
        count = Optional.of(nonNegative("a post share count"));
      }
    }
    PostOrigin from = origin;
    Optional<Integer> c = count;
    return o.build(() -> PostShare.of(Objects.requireNonNull(from), c));
  }

  // ---- indicators ----

  Indicator indicator() {
    Obj o = begin(INDICATOR);
    Indicator.Builder b = Indicator.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(IndicatorId::of));
        case "name" -> b.name(text());
        case "measure" -> b.measure(measure());
        case "direction" -> b.direction(enumValue(DIRECTION_WORDS, "direction"));
        case "baseline" -> b.baseline(baseline());
        case "targets" -> each(b::addTarget, this::target);
        case "measurements" -> each(b::addMeasurement, this::measurement);
        case "commitment" -> b.commitment(id(CommitmentId::of));
        case "meansOfVerification" -> b.meansOfVerification(text());
        case "frequency" -> b.frequency(text());
        case "responsible" -> b.responsible(orgUnit());
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Measure measure() {
    Obj o = begin(MEASURE);
    @Nullable MeasureKind kind = null;
    Dependent<String> currency = measureCurrency.reset();
    Optional<LocalizedText> unit = Optional.empty();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "kind" -> kind = enumValue(MEASURE_KIND_WORDS, "measure kind");
        case "currency" -> currency.read(this::string);
        default -> unit = Optional.of(text());
      }
    }
    o.requireAll();
    MeasureKind k = Objects.requireNonNull(kind);
    Optional<String> c =
        o.only(currency, "currency", k == MeasureKind.AMOUNT, k, "measure");
    Optional<LocalizedText> u = unit;
    return o.build(() -> Measure.of(k, c, u));
  }

  Baseline baseline() {
    Obj o = begin(BASELINE);
    Baseline.Builder b = Baseline.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "value" -> b.value(indicatorValue());
        case "date" -> b.date(partialDate());
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Target target() {
    Obj o = begin(TARGET);
    Target.Builder b = Target.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "value" -> b.value(indicatorValue());
        case "due" -> b.due(partialDate());
        case "cumulative" -> b.cumulative(bool());
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Measurement measurement() {
    Obj o = begin(MEASUREMENT);
    Measurement.Builder b = Measurement.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "value" -> b.value(indicatorValue());
        case "date" -> b.date(partialDate());
        case "source" -> b.source(documentReference());
        case "approvedBy" -> b.approvedBy(string());
        case "dimensions" -> dimensions(b::putDimension);
        case "note" -> b.note(text());
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  IndicatorValue indicatorValue() {
    Obj o = begin(VALUE);
    @Nullable MeasureKind kind = null;
    Dependent<BigDecimal> number = valueNumber.reset();
    String numberText = "";
    Dependent<String> currency = valueCurrency.reset();
    Dependent<Boolean> flag = valueFlag.reset();
    Dependent<LocalizedText> text = valueText.reset();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "kind" -> kind = enumValue(MEASURE_KIND_WORDS, "value kind");
        case "number" -> {
          number.read(this::decimal);
          // kept as written only for a number that may not be a count, which a message quotes
          BigDecimal value = number.value;
          if (value != null
              && (kind == null || kind == MeasureKind.COUNT)
              && (value.signum() < 0 || value.scale() > 0)) {
            numberText = p.getString();
          }
        }
        case "currency" -> currency.read(this::string);
        case "flag" -> flag.read(this::bool);
        default -> text.read(this::text);
      }
    }
    o.requireAll();
    MeasureKind k = Objects.requireNonNull(kind);
    boolean numeric =
        k == MeasureKind.COUNT
            || k == MeasureKind.PERCENTAGE
            || k == MeasureKind.AMOUNT
            || k == MeasureKind.NUMBER;
    Optional<BigDecimal> n = o.only(number, "number", numeric, k, "value");
    Optional<String> c = o.only(currency, "currency", k == MeasureKind.AMOUNT, k, "value");
    Optional<Boolean> f = o.only(flag, "flag", k == MeasureKind.YES_NO, k, "value");
    Optional<LocalizedText> t = o.only(text, "text", k == MeasureKind.QUALITATIVE, k, "value");
    if (k == MeasureKind.COUNT) {
      BigDecimal value = n.orElseThrow();
      if (!integralValue(value)) {
        throw new Failure(number.mark, "a count must be a whole number, got " + shorten(numberText), null);
      }
      if (value.signum() < 0) {
        throw new Failure(number.mark, "a count must not be negative, got " + shorten(numberText), null);
      }
    }
    return o.build(() -> IndicatorValue.of(k, n, c, f, t));
  }

  private static boolean integralValue(BigDecimal value) {
    return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** Reads an object of dimension names and values such as {@code {"region": "Africa"}}. */
  void dimensions(java.util.function.BiConsumer<String, String> put) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected("an object of dimension names and values such as {\"region\": \"Africa\"}");
    }
    Set<String> names = new HashSet<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (!names.add(name)) {
        throw duplicate(name);
      }
      p.nextToken();
      String value = string();
      if (name.isBlank()) {
        throw failHere("a dimension name must not be blank");
      }
      if (value.isBlank()) {
        throw failHere("a dimension value must not be blank");
      }
      put.accept(name, value);
    }
  }

  MonitoringFramework monitoringFramework() {
    Obj o = begin(FRAMEWORK);
    MonitoringFramework.Builder b = MonitoringFramework.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "name" -> b.name(text());
        case "status" -> b.status(enumValue(STATUS_WORDS, "monitoring framework status"));
        case "withTargets" -> b.withTargets(bool());
        case "purpose" -> b.purpose(text());
        case "commitment" -> b.commitment(id(CommitmentId::of));
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  // ---- engagement, support, policies ----

  StaffEngagement engagement() {
    Obj o = begin(ENGAGEMENT);
    StaffEngagement.Builder b = StaffEngagement.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(EngagementId::of));
        case "kinds" ->
            eachOnce(b::addKind, () -> enumValue(ENGAGEMENT_KIND_WORDS, "engagement kind"), name);
        case "counterpart" -> b.counterpart(enumValue(COUNTERPART_WORDS, "counterpart"));
        case "participants" -> b.participants(text());
        case "subject" -> b.subject(text());
        case "count" -> b.count(nonNegative("an engagement count"));
        case "period" -> b.period(period());
        case "status" -> b.status(enumValue(STATUS_WORDS, "engagement status"));
        case "commitment" -> b.commitment(id(CommitmentId::of));
        case "phase" -> b.phase(id(PhaseId::of));
        case "note" -> b.note(text());
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  ExternalSupport externalSupport() {
    Obj o = begin(SUPPORT);
    ExternalSupport.Builder b = ExternalSupport.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(SupportId::of));
        case "kind" -> b.kind(enumValue(SUPPORT_KIND_WORDS, "support kind"));
        case "provider" -> b.provider(text());
        case "procurement" -> b.procurement(enumValue(PROCUREMENT_METHOD_WORDS, "procurement method"));
        case "reason" -> b.reason(text());
        case "awarded" -> b.awarded(partialDate());
        case "started" -> b.started(partialDate());
        case "commitment" -> b.commitment(id(CommitmentId::of));
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Policy policy() {
    Obj o = begin(POLICY);
    Policy.Builder b = Policy.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(PolicyId::of));
        case "name" -> b.name(text());
        case "status" -> b.status(enumValue(POLICY_STATUS_WORDS, "policy status"));
        case "description" -> b.description(text());
        case "measures" -> each(b::addMeasure, this::text);
        case "commitment" -> b.commitment(id(CommitmentId::of));
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  Committee committee() {
    Obj o = begin(COMMITTEE);
    Committee.Builder b = Committee.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id" -> b.id(id(CommitteeId::of));
        case "name" -> b.name(text());
        case "abbreviation" -> b.abbreviation(string());
        case "functions" -> each(b::addFunction, this::text);
        case "advisesOn" -> each(b::addAdvisesOn, this::text);
        case "advises" -> b.advises(text());
        case "applies" -> eachOnce(b::addApply, () -> id(PolicyId::of), name);
        default -> each(b::addParagraph, this::paragraph);
      }
    }
    return o.build(b::build);
  }

  // ---- small values ----

  OrgUnit orgUnit() {
    Obj o = begin(UNIT);
    Optional<String> code = Optional.empty();
    @Nullable LocalizedText name = null;
    for (String property = o.next(); property != null; property = o.next()) {
      if (property.equals("code")) {
        code = Optional.of(string());
      } else {
        name = text();
      }
    }
    Optional<String> c = code;
    LocalizedText n = name;
    return o.build(() -> OrgUnit.of(c, Objects.requireNonNull(n)));
  }

  LocalizedText text() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected("a text by language such as {\"en\": \"...\", \"zh\": \"...\"}");
    }
    long mark = locator.mark(p);
    // a text has a language or two: one array, scanned by hand, costs less than maps; it holds
    // each language as given, as the model writes its tag, and the text
    String[] entries = textEntries;
    int count = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (indexOf(entries, count, 0, name) >= 0) {
        throw duplicate(name);
      }
      p.nextToken();
      String text = string();
      String tag = tag(name, text);
      int earlier = indexOf(entries, count, 1, tag);
      if (earlier >= 0) {
        throw failHere(
            "language " + quote(tag) + " appears twice (as " + quote(entries[earlier * 3]) + " and "
                + quote(name) + ")");
      }
      if (count * 3 == entries.length) {
        entries = Arrays.copyOf(entries, entries.length * 2);
        textEntries = entries;
      }
      entries[count * 3] = name;
      entries[count * 3 + 1] = tag;
      entries[count * 3 + 2] = text;
      count++;
    }
    ImmutableMap<String, String> byTag;
    if (count == 0) {
      throw new Failure(mark, "a text needs at least one language, such as {\"en\": \"...\"}", null);
    } else if (count == 1) {
      byTag = ImmutableMap.of(entries[1], entries[2]);
    } else if (count == 2) {
      byTag = ImmutableMap.of(entries[1], entries[2], entries[4], entries[5]);
    } else {
      ImmutableMap.Builder<String, String> builder = ImmutableMap.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        builder.put(entries[i * 3 + 1], entries[i * 3 + 2]);
      }
      byTag = builder.buildOrThrow();
    }
    return model(mark, () -> LocalizedText.of(byTag));
  }

  /** The index of the entry among the first {@code count} whose field {@code field} is {@code value}, or -1. */
  private static int indexOf(String[] entries, int count, int field, String value) {
    for (int i = 0; i < count; i++) {
      if (entries[i * 3 + field].equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The language tag of one text as the model writes it, checking the text as the model would on
   * its own (so that a refusal points at it). A tag the model has taken once in this document is
   * not checked again with a text that is not blank: normalizing a tag costs more than all the
   * rest of reading a text, and the text as a whole is checked by the model anyway.
   */
  private String tag(String given, String text) {
    @Nullable String known = tags.get(given);
    if (known != null && !text.isBlank()) {
      return known;
    }
    LocalizedText one = modelHere(() -> LocalizedText.of(given, text));
    String tag = one.texts().keySet().iterator().next();
    tags.put(given, tag);
    return tag;
  }

  PartialDate partialDate() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    @Nullable PartialDate known = dates.get(p);
    if (known != null) {
      return known;
    }
    String text = p.getString();
    PartialDate date = modelHere(() -> explained(text, "a partial date", () -> PartialDate.parse(text)));
    dates.put(text, date);
    return date;
  }

  DatePeriod period() {
    String text = string();
    return modelHere(() -> explained(text, "a period", () -> DatePeriod.parse(text)));
  }

  /** Names the text in a refusal that does not (such as "not a date: Invalid date 'FEBRUARY 30'"). */
  private static <T> T explained(String text, String what, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith("'")) {
        throw e;
      }
      if (message.startsWith("not a ")) {
        throw new IllegalArgumentException(quote(text) + " is " + message, e);
      }
      throw new IllegalArgumentException(quote(text) + " is not " + what + ": " + message, e);
    }
  }

  DocumentSymbol symbol() {
    String text = string();
    return modelHere(() -> DocumentSymbol.parse(text));
  }

  Grade grade() {
    String text = string();
    @Nullable Grade grade = Formats.GRADES.get(text);
    if (grade != null) {
      return grade;
    }
    throw failHere(quote(text) + " is not a grade; expected one of " + Formats.gradeLabels());
  }

  <T> T id(Function<String, T> factory) {
    String text = string();
    return modelHere(() -> factory.apply(text));
  }

  <E extends Enum<E>> E enumValue(Words<E> words, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a " + what + ", one of " + words.list());
    }
    @Nullable E constant = words.match(p);
    if (constant != null) {
      return constant;
    }
    throw failHere(quote(p.getString()) + " is not a " + what + "; expected one of " + words.list());
  }

  String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    return p.getString();
  }

  boolean bool() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected("true or false");
  }

  int integer() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      throw failHere(
          "the number " + shorten(p.getString()) + " is out of range; expected a whole number between "
              + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw failHere(
          "expected a whole number, got " + shorten(p.getString())
              + "; a count or a number is written without a fraction or an exponent");
    }
    throw expected("a whole number");
  }

  int paragraph() {
    return positive("a paragraph number");
  }

  int nonNegative(String what) {
    int value = integer();
    if (value < 0) {
      throw failHere(what + " must not be negative, got " + value);
    }
    return value;
  }

  int positive(String what) {
    int value = integer();
    if (value <= 0) {
      throw failHere(what + " must be positive, got " + value);
    }
    return value;
  }

  BigDecimal decimal() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      // a whole number that fits a long: the same value, scale 0, without parsing a decimal
      return BigDecimal.valueOf(p.getLongValue());
    }
    if (!token.isNumeric()) {
      throw expected("a number");
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new Failure(
          locator.mark(p),
          Errors.exponentTooLarge(p.getString()),
          e);
    }
    if (Math.abs(value.scale()) > MAX_SCALE) {
      throw failHere(
          "the number " + shorten(p.getString()) + " is out of range; its exponent must be between -"
              + MAX_SCALE + " and " + MAX_SCALE);
    }
    return value;
  }

  // ---- machinery ----

  /** A failure at the parser's current token. */
  private Failure failHere(String problem) {
    return new Failure(locator.mark(p), problem, null);
  }

  private Failure expected(String what) {
    if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT) {
      // only from a tree that holds a Java object, when the module binds it
      return failHere("unexpected " + JsonToken.VALUE_EMBEDDED_OBJECT + " in JSON");
    }
    return failHere("expected " + what + ", got " + describe());
  }

  /**
   * Refuses a property that appears twice in an object, at its name. The reader of whole
   * documents has its parser refuse them; a mapper of the module's user may allow them.
   */
  private Failure duplicate(String name) {
    return failHere("duplicate property " + quote(name) + "; a property may appear only once in an object");
  }

  /** The current token for a message: its type, and a short form of its value. */
  private String describe() {
    JsonToken token = p.currentToken();
    return switch (token) {
      case VALUE_STRING -> "the string " + quote(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> "null";
    };
  }

  static String quote(String value) {
    return Node.quote(value);
  }

  static String shorten(String value) {
    return Node.shorten(value);
  }

  /** Makes a value of the model from the current token, turning its refusal into a failure there. */
  private <T> T modelHere(Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failure(locator.mark(p), e);
    }
  }

  private static <T> T model(long mark, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failure(mark, e);
    }
  }

  private static Failure failure(long mark, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Failure(mark, message, e);
  }

  /** Reads the elements of an array, handing each to {@code add}. */
  private <T> void each(Consumer<T> add, Supplier<T> read) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw expected("an array");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw failHere("null is not allowed in an array");
      }
      add.accept(read.get());
    }
  }

  /** Reads the elements of an array that holds a set: each may appear once. */
  private <T> void eachOnce(Consumer<T> add, Supplier<T> read, String name) {
    Set<T> seen = new HashSet<>();
    each(
        (T item) -> {
          if (!seen.add(item)) {
            throw failHere(describe() + " appears twice in " + quote(name) + "; each may appear once");
          }
          add.accept(item);
        },
        read);
  }

  /** Starts reading an object of the given shape, at its first token. */
  private Obj begin(Shape shape) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected(shape.what());
    }
    return new Obj(shape, locator.mark(p));
  }

  /**
   * A value whose meaning depends on another property of its object: read as it comes, with its
   * mark, and checked against that property once the object is read.
   */
  final class Dependent<T> {
    private boolean present;
    private @Nullable T value;
    private long mark;

    /** Forgets the value read before, so that one instance serves each object in turn. */
    Dependent<T> reset() {
      present = false;
      value = null;
      return this;
    }

    void read(Supplier<T> read) {
      present = true;
      mark = locator.mark(p);
      value = p.currentToken() == JsonToken.VALUE_NULL ? null : read.get();
    }
  }

  /** One JSON object being read: its properties in turn, then the checks on the whole. */
  final class Obj {
    private final Shape shape;
    private final long mark;
    private long seen;
    private @Nullable Map<String, Node> unknown;
    private String pointer = "";
    private Optional<String> id = Optional.empty();

    Obj(Shape shape, long mark) {
      this.shape = shape;
      this.mark = mark;
    }

    /**
     * Moves to the value of the next property this object knows, and returns its name; or returns
     * null at the end of the object. An unknown property is refused, or kept when reading
     * leniently; null is refused unless the property depends on another.
     */
    @Nullable String next() {
      while (true) {
        int place = p.nextNameMatch(shape.matcher());
        if (place < 0) {
          // the end of the object, or a name the shape does not know
          if (p.currentToken() != JsonToken.PROPERTY_NAME) {
            return null;
          }
          place = shape.placeOf(p.currentName());
          if (place < 0) {
            unknown(p.currentName());
            continue;
          }
        }
        String name = shape.name(place);
        if ((seen & (1L << place)) != 0) {
          throw duplicate(name);
        }
        JsonToken value = p.nextToken();
        if (unknowns != null && value == JsonToken.VALUE_STRING && name.equals("id")) {
          id = Optional.of(p.getString());
        }
        seen |= 1L << place;
        if (value == JsonToken.VALUE_NULL && !shape.isDependent(place)) {
          throw shape.isRequired(place)
              ? expected("a value for required property " + quote(name))
              : failHere(NULL_OPTIONAL);
        }
        return name;
      }
    }

    private void unknown(String name) {
      if (unknowns == null) {
        p.nextToken();
        throw failHere(
            "unknown property " + quote(name) + " in " + shape.what() + "; expected "
                + String.join(", ", shape.names()));
      }
      if (unknown == null) {
        unknown = new LinkedHashMap<>();
        // on the name, the parent of the object's context is where the object itself is
        pointer = p.streamReadContext().getParent().pathAsPointer().toString();
      }
      if (unknown.containsKey(name)) {
        throw duplicate(name);
      }
      p.nextToken();
      if (name.equals("id") && p.currentToken() == JsonToken.VALUE_STRING) {
        id = Optional.of(p.getString());
      }
      unknown.put(name, NodeParser.read(p, ""));
    }

    /** Refuses an object without one of its required properties, at the object. */
    void requireAll() {
      @Nullable String missing = shape.firstMissing(seen);
      if (missing != null) {
        throw new Failure(mark, "missing required property " + quote(missing) + " of " + shape.what(), null);
      }
    }

    /**
     * A dependent property: required when {@code needed}, and not allowed otherwise. The object is
     * named in a message by its kind, as in "a count value".
     */
    <T> Optional<T> only(Dependent<T> value, String name, boolean needed, MeasureKind of, String object) {
      if (needed) {
        if (!value.present) {
          throw new Failure(
              mark, "missing required property " + quote(name) + " of " + kind(of, object), null);
        }
        if (value.value == null) {
          throw new Failure(value.mark, NULL_OPTIONAL, null);
        }
        return Optional.of(value.value);
      }
      if (value.present) {
        throw new Failure(value.mark, kind(of, object) + " has no " + quote(name), null);
      }
      return Optional.empty();
    }

    private static String kind(MeasureKind of, String object) {
      return "a " + Formats.word(of) + " " + object;
    }

    /** Checks the required properties and makes the value, turning the model's refusal into a failure at the object. */
    <T> T build(Supplier<T> make) {
      requireAll();
      T value = model(mark, make);
      if (unknown != null) {
        Objects.requireNonNull(unknowns).add(mark, pointer, id, unknown);
      }
      return value;
    }
  }
}
