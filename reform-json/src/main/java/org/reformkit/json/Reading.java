package org.reformkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * Binds a {@link Node} tree to the model, one method per type, calling the model's builders. Strict
 * reading rejects unknown properties; lenient reading hands them to an {@link Unknowns}. Internal.
 */
final class Reading {
  /** The largest scale, either way, of a measured value (so that its plain form stays short). */
  static final int MAX_SCALE = 1000;

  private final Optional<Unknowns> unknowns;
  /** The language tags the model has taken in this document, as given and as the model writes them. */
  private final Map<String, String> tags = new HashMap<>();

  private Reading(Optional<Unknowns> unknowns) {
    this.unknowns = unknowns;
  }

  static Reading strict() {
    return new Reading(Optional.empty());
  }

  static Reading lenient(Unknowns unknowns) {
    return new Reading(Optional.of(unknowns));
  }

  // ---- documents ----

  /** Checks the schema version of a top-level document, refusing a major version it does not know. */
  void schemaVersion(Obj o) {
    Node n = o.require("schemaVersion");
    String version = string(n);
    if (!version.matches("[0-9]{1,4}\\.[0-9]{1,4}")) {
      throw n.error(
          Node.quote(version) + " is not a schema version; expected MAJOR.MINOR such as \"" + Formats.SCHEMA_VERSION + "\"");
    }
    if (!version.startsWith(Formats.SCHEMA_MAJOR + ".")) {
      throw n.error(
          "schema version " + Node.quote(version) + " is not supported; this reader reads version "
              + Formats.SCHEMA_MAJOR + ".x (written \"" + Formats.SCHEMA_VERSION + "\")");
    }
  }

  /** A report is always a document of its own, with its schema version. */
  ProgressReport report(Node n) {
    Obj o = obj(n, "a progress report", Formats.REPORT_ROOT);
    schemaVersion(o);
    return o.build(
        () ->
            ProgressReport.builder()
                .document(o.req("document", this::governingBodyDocument))
                .asOf(o.req("asOf", this::partialDate))
                .previousReport(o.opt("previousReport", this::documentReference))
                .programme(o.req("programme", x -> programme(x, false)))
                .addAllStatements(o.list("statements", this::statement))
                .reconstructed(o.bool("reconstructed", false))
                .reconstructionNote(o.opt("reconstructionNote", this::text))
                .build());
  }

  ReformProgramme programme(Node n, boolean root) {
    Obj o = obj(n, "a programme", root ? Formats.PROGRAMME_ROOT : Formats.PROGRAMME);
    if (root) {
      schemaVersion(o);
    }
    return o.build(
        () ->
            ReformProgramme.builder()
                .id(o.req("id", x -> id(x, ProgrammeId::of)))
                .name(o.req("name", this::text))
                .organization(o.opt("organization", this::text))
                .owner(o.opt("owner", this::orgUnit))
                .launched(o.opt("launched", this::partialDate))
                .status(o.req("status", x -> enumValue(x, Status.class, "programme status")))
                .addAllCommitments(o.list("commitments", this::commitment))
                .addAllPostLines(o.list("postLines", this::postLine))
                .addAllPosts(o.list("posts", this::post))
                .addAllPostTotals(o.list("postTotals", this::postTotal))
                .addAllIndicators(o.list("indicators", this::indicator))
                .monitoringFramework(o.opt("monitoringFramework", this::monitoringFramework))
                .addAllEngagements(o.list("engagements", this::engagement))
                .addAllExternalSupport(o.list("externalSupport", this::externalSupport))
                .addAllPolicies(o.list("policies", this::policy))
                .addAllCommittees(o.list("committees", this::committee))
                .addAllStatements(o.list("statements", this::statement))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  GoverningBodyDocument governingBodyDocument(Node n) {
    Obj o = obj(n, "a governing-body document", Formats.DOCUMENT);
    return o.build(
        () ->
            GoverningBodyDocument.builder()
                .symbol(o.req("symbol", this::symbol))
                .title(o.req("title", this::text))
                .heading(o.opt("heading", this::text))
                .agendaItem(o.opt("agendaItem", this::string))
                .sectionName(o.opt("sectionName", this::text))
                .sessionPlace(o.opt("sessionPlace", this::text))
                .sessionDates(o.opt("sessionDates", this::period))
                .date(o.opt("date", this::partialDate))
                .originalLanguage(o.opt("originalLanguage", this::string))
                .cover(o.req("cover", this::cover))
                .addAllFootnotes(o.list("footnotes", this::footnote))
                .build());
  }

  DocumentCover cover(Node n) {
    Obj o = obj(n, "a document cover", Formats.COVER);
    return o.build(
        () ->
            DocumentCover.builder()
                .purpose(o.opt("purpose", this::text))
                .strategicObjective(o.opt("strategicObjective", this::text))
                .mainOutcome(o.opt("mainOutcome", this::text))
                .policyImplications(o.opt("policyImplications", this::text))
                .legalImplications(o.opt("legalImplications", this::text))
                .financialImplications(o.opt("financialImplications", this::text))
                .followUpAction(o.opt("followUpAction", this::text))
                .authorUnit(o.opt("authorUnit", this::orgUnit))
                .addAllRelatedDocuments(o.list("relatedDocuments", this::documentReference))
                .build());
  }

  Footnote footnote(Node n) {
    Obj o = obj(n, "a footnote", Formats.FOOTNOTE);
    return o.build(
        () ->
            Footnote.builder()
                .number(o.req("number", x -> positive(x, "a footnote number")))
                .text(o.req("text", this::text))
                .paragraph(o.opt("paragraph", x -> positive(x, "a footnote paragraph")))
                .addAllReferences(o.list("references", this::documentReference))
                .build());
  }

  DocumentReference documentReference(Node n) {
    Obj o = obj(n, "a document reference", Formats.REFERENCE);
    return o.build(
        () ->
            DocumentReference.builder()
                .symbol(o.opt("symbol", this::symbol))
                .title(o.opt("title", this::text))
                .date(o.opt("date", this::partialDate))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Statement statement(Node n) {
    Obj o = obj(n, "a statement", Formats.STATEMENT);
    return o.build(
        () ->
            Statement.builder()
                .id(o.req("id", x -> id(x, StatementId::of)))
                .kind(o.req("kind", x -> enumValue(x, StatementKind.class, "statement kind")))
                .text(o.req("text", this::text))
                .addAllReferences(o.list("references", this::documentReference))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  // ---- commitments ----

  Commitment commitment(Node n) {
    Obj o = obj(n, "a commitment", Formats.COMMITMENT);
    return o.build(
        () ->
            Commitment.builder()
                .id(o.req("id", x -> id(x, CommitmentId::of)))
                .title(o.req("title", this::text))
                .objective(o.opt("objective", this::text))
                .scope(o.opt("scope", this::text))
                .owner(o.opt("owner", this::orgUnit))
                .status(o.req("status", x -> enumValue(x, Status.class, "commitment status")))
                .started(o.opt("started", this::partialDate))
                .due(o.opt("due", this::partialDate))
                .affectsStaff(o.bool("affectsStaff", false))
                .addAllDependsOn(o.set("dependsOn", x -> id(x, CommitmentId::of)))
                .partOf(o.opt("partOf", x -> id(x, CommitmentId::of)))
                .addAllAddressesFindingsOf(o.list("addressesFindingsOf", this::documentReference))
                .addAllPhases(o.list("phases", this::phase))
                .addAllDeliverables(o.list("deliverables", this::deliverable))
                .addAllMilestones(o.list("milestones", this::milestone))
                .addAllStatements(o.list("statements", this::statement))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Phase phase(Node n) {
    Obj o = obj(n, "a phase", Formats.PHASE);
    return o.build(
        () ->
            Phase.builder()
                .id(o.req("id", x -> id(x, PhaseId::of)))
                .name(o.req("name", this::text))
                .status(o.req("status", x -> enumValue(x, Status.class, "phase status")))
                .plannedStart(o.opt("plannedStart", this::partialDate))
                .plannedEnd(o.opt("plannedEnd", this::partialDate))
                .actualStart(o.opt("actualStart", this::partialDate))
                .actualEnd(o.opt("actualEnd", this::partialDate))
                .addAllDeliverables(o.list("deliverables", this::deliverable))
                .addAllStatements(o.list("statements", this::statement))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Deliverable deliverable(Node n) {
    Obj o = obj(n, "a deliverable", Formats.DELIVERABLE);
    return o.build(
        () ->
            Deliverable.builder()
                .id(o.req("id", x -> id(x, DeliverableId::of)))
                .name(o.req("name", this::text))
                .description(o.opt("description", this::text))
                .status(o.opt("status", x -> enumValue(x, Status.class, "deliverable status")))
                .quantity(o.opt("quantity", x -> nonNegative(x, "a deliverable quantity")))
                .due(o.opt("due", this::partialDate))
                .announced(o.opt("announced", this::partialDate))
                .addAllDocuments(o.list("documents", this::documentReference))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Milestone milestone(Node n) {
    Obj o = obj(n, "a milestone", Formats.MILESTONE);
    return o.build(
        () ->
            Milestone.builder()
                .id(o.req("id", x -> id(x, MilestoneId::of)))
                .description(o.req("description", this::text))
                .due(o.opt("due", this::partialDate))
                .status(o.req("status", x -> enumValue(x, Status.class, "milestone status")))
                .addressee(o.opt("addressee", this::text))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  // ---- posts ----

  PostLine postLine(Node n) {
    Obj o = obj(n, "a post line", Formats.POST_LINE);
    return o.build(
        () ->
            PostLine.builder()
                .id(o.req("id", x -> id(x, PostLineId::of)))
                .count(o.req("count", x -> nonNegative(x, "a post line count")))
                .description(o.opt("description", this::text))
                .location(o.req("location", this::location))
                .unit(o.opt("unit", this::orgUnit))
                .category(o.req("category", x -> enumValue(x, PostCategory.class, "post category")))
                .grade(o.opt("grade", this::grade))
                .origin(o.req("origin", this::postOrigin))
                .addAllOfWhich(o.list("ofWhich", this::postShare))
                .funding(o.opt("funding", x -> enumValue(x, FundingSource.class, "funding source")))
                .status(o.opt("status", x -> enumValue(x, PostStatus.class, "post status")))
                .commitment(o.opt("commitment", x -> id(x, CommitmentId::of)))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Post post(Node n) {
    Obj o = obj(n, "a post", Formats.POST);
    return o.build(
        () ->
            Post.builder()
                .id(o.req("id", x -> id(x, PostId::of)))
                .title(o.opt("title", this::text))
                .location(o.req("location", this::location))
                .unit(o.opt("unit", this::orgUnit))
                .category(o.req("category", x -> enumValue(x, PostCategory.class, "post category")))
                .grade(o.opt("grade", this::grade))
                .origin(o.req("origin", this::postOrigin))
                .addAllOfWhich(o.list("ofWhich", this::postShare))
                .funding(o.opt("funding", x -> enumValue(x, FundingSource.class, "funding source")))
                .status(o.opt("status", x -> enumValue(x, PostStatus.class, "post status")))
                .commitment(o.opt("commitment", x -> id(x, CommitmentId::of)))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  PostTotal postTotal(Node n) {
    Obj o = obj(n, "a post total", Formats.POST_TOTAL);
    return o.build(
        () ->
            PostTotal.builder()
                .id(o.req("id", x -> id(x, PostTotalId::of)))
                .description(o.req("description", this::text))
                .count(o.req("count", x -> nonNegative(x, "a post total count")))
                .addAllLines(o.list("lines", x -> id(x, PostLineId::of)))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Location location(Node n) {
    Obj o = obj(n, "a location", Formats.LOCATION);
    LocationKind kind = o.req("kind", x -> enumValue(x, LocationKind.class, "location kind"));
    Optional<LocalizedText> name = o.opt("name", this::text);
    return o.build(() -> Location.of(kind, name));
  }

  PostOrigin postOrigin(Node n) {
    Obj o = obj(n, "a post origin", Formats.ORIGIN);
    OriginKind kind = o.req("kind", x -> enumValue(x, OriginKind.class, "post origin kind"));
    Optional<OrgUnit> from = o.opt("from", this::orgUnit);
    return o.build(() -> PostOrigin.of(kind, from));
  }

  PostShare postShare(Node n) {
    Obj o = obj(n, "a post share", Formats.SHARE);
    PostOrigin origin = o.req("origin", this::postOrigin);
    Optional<Integer> count = o.opt("count", x -> nonNegative(x, "a post share count"));
    return o.build(() -> PostShare.of(origin, count));
  }

  // ---- indicators ----

  Indicator indicator(Node n) {
    Obj o = obj(n, "an indicator", Formats.INDICATOR);
    return o.build(
        () ->
            Indicator.builder()
                .id(o.req("id", x -> id(x, IndicatorId::of)))
                .name(o.req("name", this::text))
                .measure(o.req("measure", this::measure))
                .direction(o.req("direction", x -> enumValue(x, Direction.class, "direction")))
                .baseline(o.opt("baseline", this::baseline))
                .addAllTargets(o.list("targets", this::target))
                .addAllMeasurements(o.list("measurements", this::measurement))
                .commitment(o.opt("commitment", x -> id(x, CommitmentId::of)))
                .meansOfVerification(o.opt("meansOfVerification", this::text))
                .frequency(o.opt("frequency", this::text))
                .responsible(o.opt("responsible", this::orgUnit))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Measure measure(Node n) {
    Obj o = obj(n, "a measure", Formats.MEASURE);
    MeasureKind kind = o.req("kind", x -> enumValue(x, MeasureKind.class, "measure kind"));
    Optional<String> currency =
        o.only("currency", kind == MeasureKind.AMOUNT, "a " + Formats.word(kind) + " measure", this::string);
    Optional<LocalizedText> unit = o.opt("unit", this::text);
    return o.build(() -> Measure.of(kind, currency, unit));
  }

  Baseline baseline(Node n) {
    Obj o = obj(n, "a baseline", Formats.BASELINE);
    return o.build(
        () ->
            Baseline.builder()
                .value(o.req("value", this::indicatorValue))
                .date(o.opt("date", this::partialDate))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Target target(Node n) {
    Obj o = obj(n, "a target", Formats.TARGET);
    return o.build(
        () ->
            Target.builder()
                .value(o.req("value", this::indicatorValue))
                .due(o.opt("due", this::partialDate))
                .cumulative(o.bool("cumulative", true))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Measurement measurement(Node n) {
    Obj o = obj(n, "a measurement", Formats.MEASUREMENT);
    return o.build(
        () ->
            Measurement.builder()
                .value(o.req("value", this::indicatorValue))
                .date(o.req("date", this::partialDate))
                .source(o.opt("source", this::documentReference))
                .approvedBy(o.opt("approvedBy", this::string))
                .putAllDimensions(o.opt("dimensions", this::dimensions).orElse(ImmutableMap.of()))
                .note(o.opt("note", this::text))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  IndicatorValue indicatorValue(Node n) {
    Obj o = obj(n, "an indicator value", Formats.VALUE);
    MeasureKind kind = o.req("kind", x -> enumValue(x, MeasureKind.class, "value kind"));
    String word = "a " + Formats.word(kind) + " value";
    boolean numeric =
        kind == MeasureKind.COUNT
            || kind == MeasureKind.PERCENTAGE
            || kind == MeasureKind.AMOUNT
            || kind == MeasureKind.NUMBER;
    Optional<BigDecimal> number = o.only("number", numeric, word, this::decimal);
    Optional<String> currency = o.only("currency", kind == MeasureKind.AMOUNT, word, this::string);
    Optional<Boolean> flag = o.only("flag", kind == MeasureKind.YES_NO, word, this::bool);
    Optional<LocalizedText> text = o.only("text", kind == MeasureKind.QUALITATIVE, word, this::text);
    if (kind == MeasureKind.COUNT) {
      Node num = n.field("number").orElseThrow();
      BigDecimal value = number.orElseThrow();
      if (!integralValue(value)) {
        throw num.error("a count must be a whole number, got " + Node.shorten(num.text()));
      }
      if (value.signum() < 0) {
        throw num.error("a count must not be negative, got " + Node.shorten(num.text()));
      }
    }
    return o.build(() -> IndicatorValue.of(kind, number, currency, flag, text));
  }

  private static boolean integralValue(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  ImmutableMap<String, String> dimensions(Node n) {
    if (n.type() != Node.Type.OBJECT) {
      throw expected(n, "an object of dimension names and values such as {\"region\": \"Africa\"}");
    }
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (Map.Entry<String, Node> e : n.fields().entrySet()) {
      String value = string(e.getValue());
      if (e.getKey().isBlank()) {
        throw e.getValue().error("a dimension name must not be blank");
      }
      if (value.isBlank()) {
        throw e.getValue().error("a dimension value must not be blank");
      }
      out.put(e.getKey(), value);
    }
    return out.buildOrThrow();
  }

  MonitoringFramework monitoringFramework(Node n) {
    Obj o = obj(n, "a monitoring framework", Formats.FRAMEWORK);
    return o.build(
        () ->
            MonitoringFramework.builder()
                .name(o.req("name", this::text))
                .status(o.req("status", x -> enumValue(x, Status.class, "monitoring framework status")))
                .withTargets(o.req("withTargets", this::bool))
                .purpose(o.opt("purpose", this::text))
                .commitment(o.opt("commitment", x -> id(x, CommitmentId::of)))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  // ---- engagement, support, policies ----

  StaffEngagement engagement(Node n) {
    Obj o = obj(n, "a staff engagement", Formats.ENGAGEMENT);
    return o.build(
        () ->
            StaffEngagement.builder()
                .id(o.req("id", x -> id(x, EngagementId::of)))
                .addAllKinds(o.set("kinds", x -> enumValue(x, EngagementKind.class, "engagement kind")))
                .counterpart(o.req("counterpart", x -> enumValue(x, Counterpart.class, "counterpart")))
                .participants(o.opt("participants", this::text))
                .subject(o.req("subject", this::text))
                .count(o.opt("count", x -> nonNegative(x, "an engagement count")))
                .period(o.opt("period", this::period))
                .status(o.req("status", x -> enumValue(x, Status.class, "engagement status")))
                .commitment(o.opt("commitment", x -> id(x, CommitmentId::of)))
                .phase(o.opt("phase", x -> id(x, PhaseId::of)))
                .note(o.opt("note", this::text))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  ExternalSupport externalSupport(Node n) {
    Obj o = obj(n, "an external support", Formats.SUPPORT);
    return o.build(
        () ->
            ExternalSupport.builder()
                .id(o.req("id", x -> id(x, SupportId::of)))
                .kind(o.req("kind", x -> enumValue(x, SupportKind.class, "support kind")))
                .provider(o.req("provider", this::text))
                .procurement(o.opt("procurement", x -> enumValue(x, ProcurementMethod.class, "procurement method")))
                .reason(o.opt("reason", this::text))
                .awarded(o.opt("awarded", this::partialDate))
                .started(o.opt("started", this::partialDate))
                .commitment(o.opt("commitment", x -> id(x, CommitmentId::of)))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Policy policy(Node n) {
    Obj o = obj(n, "a policy", Formats.POLICY);
    return o.build(
        () ->
            Policy.builder()
                .id(o.req("id", x -> id(x, PolicyId::of)))
                .name(o.req("name", this::text))
                .status(o.req("status", x -> enumValue(x, PolicyStatus.class, "policy status")))
                .description(o.opt("description", this::text))
                .addAllMeasures(o.list("measures", this::text))
                .commitment(o.opt("commitment", x -> id(x, CommitmentId::of)))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  Committee committee(Node n) {
    Obj o = obj(n, "a committee", Formats.COMMITTEE);
    return o.build(
        () ->
            Committee.builder()
                .id(o.req("id", x -> id(x, CommitteeId::of)))
                .name(o.req("name", this::text))
                .abbreviation(o.opt("abbreviation", this::string))
                .addAllFunctions(o.list("functions", this::text))
                .addAllAdvisesOn(o.list("advisesOn", this::text))
                .advises(o.opt("advises", this::text))
                .addAllApplies(o.set("applies", x -> id(x, PolicyId::of)))
                .addAllParagraphs(o.list("paragraphs", this::paragraph))
                .build());
  }

  // ---- small values ----

  OrgUnit orgUnit(Node n) {
    Obj o = obj(n, "a unit", Formats.UNIT);
    Optional<String> code = o.opt("code", this::string);
    LocalizedText name = o.req("name", this::text);
    return o.build(() -> OrgUnit.of(code, name));
  }

  LocalizedText text(Node n) {
    if (n.type() != Node.Type.OBJECT) {
      throw expected(n, "a text by language such as {\"en\": \"...\", \"zh\": \"...\"}");
    }
    if (n.fields().isEmpty()) {
      throw n.error("a text needs at least one language, such as {\"en\": \"...\"}");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> originalTags = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : n.fields().entrySet()) {
      Node value = e.getValue();
      String text = string(value);
      String tag = tag(e.getKey(), text, value);
      String earlier = originalTags.put(tag, e.getKey());
      if (earlier != null) {
        throw value.error(
            "language " + Node.quote(tag) + " appears twice (as " + Node.quote(earlier) + " and "
                + Node.quote(e.getKey()) + ")");
      }
      texts.put(tag, text);
    }
    return model(n, () -> LocalizedText.of(texts));
  }

  /**
   * The language tag of one text as the model writes it, checking the text as the model would on
   * its own (so that a refusal points at it). A tag the model has taken once in this document is
   * not checked again with a text that is not blank: normalizing a tag costs more than all the
   * rest of reading a text, and the text as a whole is checked by the model anyway.
   */
  private String tag(String given, String text, Node value) {
    @Nullable String known = tags.get(given);
    if (known != null && !text.isBlank()) {
      return known;
    }
    LocalizedText one = model(value, () -> LocalizedText.of(given, text));
    String tag = one.texts().keySet().iterator().next();
    tags.put(given, tag);
    return tag;
  }

  PartialDate partialDate(Node n) {
    String text = string(n);
    return model(n, () -> explained(text, "a partial date", () -> PartialDate.parse(text)));
  }

  DatePeriod period(Node n) {
    String text = string(n);
    return model(n, () -> explained(text, "a period", () -> DatePeriod.parse(text)));
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
        throw new IllegalArgumentException(Node.quote(text) + " is " + message, e);
      }
      throw new IllegalArgumentException(Node.quote(text) + " is not " + what + ": " + message, e);
    }
  }

  DocumentSymbol symbol(Node n) {
    String text = string(n);
    return model(n, () -> DocumentSymbol.parse(text));
  }

  Grade grade(Node n) {
    String text = string(n);
    @Nullable Grade grade = Formats.GRADES.get(text);
    if (grade != null) {
      return grade;
    }
    throw n.error(
        Node.quote(text) + " is not a grade; expected one of " + Formats.gradeLabels());
  }

  <T> T id(Node n, Function<String, T> factory) {
    String text = string(n);
    return model(n, () -> factory.apply(text));
  }

  <E extends Enum<E>> E enumValue(Node n, Class<E> type, String what) {
    if (n.type() != Node.Type.STRING) {
      throw expected(n, "a " + what + ", one of " + Formats.words(type));
    }
    int ordinal = Formats.ordinalOf(type, n.text());
    if (ordinal >= 0) {
      return type.getEnumConstants()[ordinal];
    }
    throw n.error(
        Node.quote(n.text()) + " is not a " + what + "; expected one of " + Formats.words(type));
  }

  String string(Node n) {
    if (n.type() != Node.Type.STRING) {
      throw expected(n, "a string");
    }
    return n.text();
  }

  boolean bool(Node n) {
    if (n.type() != Node.Type.BOOLEAN) {
      throw expected(n, "true or false");
    }
    return n.bool();
  }

  int integer(Node n) {
    if (n.type() != Node.Type.NUMBER) {
      throw expected(n, "a whole number");
    }
    if (!n.integral()) {
      throw n.error(
          "expected a whole number, got " + Node.shorten(n.text())
              + "; a count or a number is written without a fraction or an exponent");
    }
    BigDecimal value = n.number();
    if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      throw n.error(
          "the number " + Node.shorten(n.text()) + " is out of range; expected a whole number between "
              + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
    }
    return value.intValueExact();
  }

  int paragraph(Node n) {
    return positive(n, "a paragraph number");
  }

  int nonNegative(Node n, String what) {
    int value = integer(n);
    if (value < 0) {
      throw n.error(what + " must not be negative, got " + value);
    }
    return value;
  }

  int positive(Node n, String what) {
    int value = integer(n);
    if (value <= 0) {
      throw n.error(what + " must be positive, got " + value);
    }
    return value;
  }

  BigDecimal decimal(Node n) {
    if (n.type() != Node.Type.NUMBER) {
      throw expected(n, "a number");
    }
    BigDecimal value = n.number();
    if (Math.abs(value.scale()) > MAX_SCALE) {
      throw n.error(
          "the number " + Node.shorten(n.text()) + " is out of range; its exponent must be between -"
              + MAX_SCALE + " and " + MAX_SCALE);
    }
    return value;
  }

  // ---- machinery ----

  static ReformJsonException expected(Node n, String what) {
    return n.error("expected " + what + ", got " + n.describe());
  }

  static <T> T model(Node n, Supplier<T> make) {
    try {
      return make.get();
    } catch (ReformJsonException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new ReformJsonException(n.pointer(), n.line(), n.column(), message, e);
    }
  }

  Obj obj(Node n, String what, List<String> names) {
    if (n.type() != Node.Type.OBJECT) {
      throw expected(n, what);
    }
    // a name is looked up in the short list of known names: a set made for every object cost more
    @Nullable Map<String, Node> extra = null;
    for (Map.Entry<String, Node> e : n.fields().entrySet()) {
      if (!names.contains(e.getKey())) {
        if (unknowns.isEmpty()) {
          throw e.getValue()
              .error(
                  "unknown property " + Node.quote(e.getKey()) + " in " + what + "; expected "
                      + String.join(", ", names));
        }
        if (extra == null) {
          extra = new LinkedHashMap<>();
        }
        extra.put(e.getKey(), e.getValue());
      }
    }
    if (extra != null) {
      unknowns.orElseThrow().add(n, extra);
    }
    return new Obj(n, what);
  }

  /** One JSON object being bound: looks up properties by name, in the order the model needs. */
  final class Obj {
    private final Node node;
    private final String what;

    Obj(Node node, String what) {
      this.node = node;
      this.what = what;
    }

    Node require(String name) {
      Node value = node.fields().get(name);
      if (value == null) {
        throw node.error("missing required property " + Node.quote(name) + " of " + what);
      }
      if (value.type() == Node.Type.NULL) {
        throw expected(value, "a value for required property " + Node.quote(name));
      }
      return value;
    }

    <T> T req(String name, Function<Node, T> read) {
      return read.apply(require(name));
    }

    <T> Optional<T> opt(String name, Function<Node, T> read) {
      Node value = node.fields().get(name);
      if (value == null) {
        return Optional.empty();
      }
      if (value.type() == Node.Type.NULL) {
        throw value.error("null is not allowed; leave the property out when there is no value");
      }
      return Optional.of(read.apply(value));
    }

    /** An optional property that is required when {@code needed} and not allowed otherwise. */
    <T> Optional<T> only(String name, boolean needed, String kind, Function<Node, T> read) {
      if (needed) {
        if (!node.fields().containsKey(name)) {
          throw node.error("missing required property " + Node.quote(name) + " of " + kind);
        }
        return opt(name, read);
      }
      Node value = node.fields().get(name);
      if (value != null) {
        throw value.error(kind + " has no " + Node.quote(name));
      }
      return Optional.empty();
    }

    boolean bool(String name, boolean defaultValue) {
      return opt(name, Reading.this::bool).orElse(defaultValue);
    }

    <T> ImmutableList<T> list(String name, Function<Node, T> read) {
      Optional<Node> value = opt(name, x -> x);
      if (value.isEmpty()) {
        return ImmutableList.of();
      }
      Node array = value.get();
      if (array.type() != Node.Type.ARRAY) {
        throw expected(array, "an array");
      }
      ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(array.items().size());
      for (Node item : array.items()) {
        if (item.type() == Node.Type.NULL) {
          throw item.error("null is not allowed in an array");
        }
        out.add(read.apply(item));
      }
      return out.build();
    }

    <T> ImmutableSet<T> set(String name, Function<Node, T> read) {
      ImmutableList<T> items = list(name, read);
      Set<T> seen = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        if (!seen.add(items.get(i))) {
          Node item = node.field(name).orElseThrow().items().get(i);
          throw item.error(
              item.describe() + " appears twice in " + Node.quote(name) + "; each may appear once");
        }
      }
      return ImmutableSet.copyOf(items);
    }

    <T> T build(Supplier<T> make) {
      return model(node, make);
    }
  }
}
