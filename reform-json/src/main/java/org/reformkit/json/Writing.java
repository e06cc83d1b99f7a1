package org.reformkit.json;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.reformkit.core.model.Baseline;
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
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.Target;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.ValidationResult;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model to a generator, property by property in the order of the shapes of {@link
 * Formats}, omitting absent optional values and empty lists, and merging back unknown properties
 * kept by lenient reading. Internal.
 */
final class Writing extends Generating {
  Writing(JsonGenerator g, Map<String, Extended.Anchor> extras) {
    super(g, extras);
  }

  Writing(JsonGenerator g, Map<String, Extended.Anchor> extras, boolean toBytes) {
    super(g, extras, toBytes);
  }

  /** Writes a report, always as a document of its own, with its schema version. */
  void report(ProgressReport r, String schemaVersion) {
    String p = "";
    g.writeStartObject();
    string(Names.SCHEMA_VERSION, schemaVersion);
    name(Names.DOCUMENT);
    governingBodyDocument(r.document(), child(p, Names.DOCUMENT));
    date(Names.AS_OF, r.asOf());
    r.previousReport()
        .ifPresent(
            x -> {
              name(Names.PREVIOUS_REPORT);
              reference(x, child(p, Names.PREVIOUS_REPORT));
            });
    name(Names.PROGRAMME);
    programme(r.programme(), "", false, child(p, Names.PROGRAMME));
    list(Names.STATEMENTS, r.statements(), p, this::statement);
    bool(Names.RECONSTRUCTED, r.reconstructed());
    optText(Names.RECONSTRUCTION_NOTE, r.reconstructionNote());
    end(p, null);
  }

  void programme(ReformProgramme r, String schemaVersion, boolean root, String p) {
    g.writeStartObject();
    if (root) {
      string(Names.SCHEMA_VERSION, schemaVersion);
    }
    string(Names.ID, r.id().value());
    text(Names.NAME, r.name());
    optText(Names.ORGANIZATION, r.organization());
    r.owner().ifPresent(x -> unit(Names.OWNER, x, p));
    optDate(Names.LAUNCHED, r.launched());
    r.status().ifPresent(x -> word(Names.STATUS, x));
    list(Names.COMMITMENTS, r.commitments(), p, this::commitment);
    list(Names.POST_LINES, r.postLines(), p, this::postLine);
    list(Names.POSTS, r.posts(), p, this::post);
    list(Names.POST_TOTALS, r.postTotals(), p, this::postTotal);
    if (!r.finances().isEmpty()) {
      name(Names.FINANCES);
      finances(r.finances(), child(p, Names.FINANCES));
    }
    list(Names.RISKS, r.risks(), p, this::risk);
    list(Names.INDICATORS, r.indicators(), p, this::indicator);
    r.monitoringFramework()
        .ifPresent(
            x -> {
              name(Names.MONITORING_FRAMEWORK);
              framework(x, child(p, Names.MONITORING_FRAMEWORK));
            });
    list(Names.ENGAGEMENTS, r.engagements(), p, this::engagement);
    list(Names.EXTERNAL_SUPPORT, r.externalSupport(), p, this::support);
    list(Names.POLICIES, r.policies(), p, this::policy);
    list(Names.COMMITTEES, r.committees(), p, this::committee);
    if (!r.recommendations().isEmpty()) {
      name(Names.RECOMMENDATIONS);
      recommendations(r.recommendations(), child(p, Names.RECOMMENDATIONS));
    }
    list(Names.STATEMENTS, r.statements(), p, this::statement);
    ints(Names.PARAGRAPHS, r.paragraphs());
    end(p, r.id().value());
  }

  private void governingBodyDocument(GoverningBodyDocument d, String p) {
    g.writeStartObject();
    string(Names.SYMBOL, d.symbol().toString());
    text(Names.TITLE, d.title());
    optText(Names.HEADING, d.heading());
    optText(Names.ORGAN, d.organ());
    d.session().ifPresent(x -> string(Names.SESSION, x));
    d.agendaItem().ifPresent(x -> string(Names.AGENDA_ITEM, x));
    optText(Names.SECTION_NAME, d.sectionName());
    optText(Names.SESSION_PLACE, d.sessionPlace());
    d.sessionDates().ifPresent(x -> string(Names.SESSION_DATES, x.toString()));
    optDate(Names.DATE, d.date());
    d.distribution().ifPresent(x -> word(Names.DISTRIBUTION, x));
    d.originalLanguage().ifPresent(x -> string(Names.ORIGINAL_LANGUAGE, x));
    if (!d.actionsRequested().isEmpty()) {
      name(Names.ACTIONS_REQUESTED);
      g.writeStartArray();
      d.actionsRequested().forEach(a -> string(Formats.word(a)));
      g.writeEndArray();
    }
    list(Names.CONTACTS, d.contacts(), p, this::contact);
    name(Names.COVER);
    cover(d.cover(), child(p, Names.COVER));
    list(Names.FOOTNOTES, d.footnotes(), p, this::footnote);
    end(p, null);
  }

  private void contact(Contact c, String p) {
    g.writeStartObject();
    c.name().ifPresent(x -> string(Names.NAME, x));
    optText(Names.ROLE, c.role());
    c.unit().ifPresent(x -> unit(Names.UNIT, x, p));
    optText(Names.PURPOSE, c.purpose());
    c.email().ifPresent(x -> string(Names.EMAIL, x));
    end(p, null);
  }

  private void cover(DocumentCover c, String p) {
    g.writeStartObject();
    optText(Names.PURPOSE, c.purpose());
    optText(Names.STRATEGIC_OBJECTIVE, c.strategicObjective());
    optText(Names.MAIN_OUTCOME, c.mainOutcome());
    optText(Names.POLICY_IMPLICATIONS, c.policyImplications());
    optText(Names.LEGAL_IMPLICATIONS, c.legalImplications());
    optText(Names.FINANCIAL_IMPLICATIONS, c.financialImplications());
    optText(Names.FOLLOW_UP_ACTION, c.followUpAction());
    c.authorUnit().ifPresent(x -> unit(Names.AUTHOR_UNIT, x, p));
    list(Names.RELATED_DOCUMENTS, c.relatedDocuments(), p, this::reference);
    end(p, null);
  }

  private void footnote(Footnote f, String p) {
    g.writeStartObject();
    number(Names.NUMBER, f.number());
    text(Names.TEXT, f.text());
    f.paragraph().ifPresent(x -> number(Names.PARAGRAPH, x));
    list(Names.REFERENCES, f.references(), p, this::reference);
    end(p, null);
  }

  private void reference(DocumentReference r, String p) {
    g.writeStartObject();
    r.symbol().ifPresent(x -> string(Names.SYMBOL, x.toString()));
    optText(Names.TITLE, r.title());
    optDate(Names.DATE, r.date());
    ints(Names.PARAGRAPHS, r.paragraphs());
    end(p, null);
  }

  private void statement(Statement s, String p) {
    g.writeStartObject();
    string(Names.ID, s.id().value());
    word(Names.KIND, s.kind());
    text(Names.TEXT, s.text());
    list(Names.REFERENCES, s.references(), p, this::reference);
    ints(Names.PARAGRAPHS, s.paragraphs());
    end(p, s.id().value());
  }

  private void commitment(Commitment c, String p) {
    g.writeStartObject();
    string(Names.ID, c.id().value());
    text(Names.TITLE, c.title());
    optText(Names.OBJECTIVE, c.objective());
    optText(Names.SCOPE, c.scope());
    c.owner().ifPresent(x -> unit(Names.OWNER, x, p));
    c.status().ifPresent(x -> word(Names.STATUS, x));
    optDate(Names.STARTED, c.started());
    optDate(Names.DUE, c.due());
    bool(Names.AFFECTS_STAFF, c.affectsStaff());
    strings(Names.DEPENDS_ON, c.dependsOn());
    c.partOf().ifPresent(x -> string(Names.PART_OF, x.value()));
    list(Names.ADDRESSES_FINDINGS_OF, c.addressesFindingsOf(), p, this::reference);
    list(Names.PHASES, c.phases(), p, this::phase);
    list(Names.DELIVERABLES, c.deliverables(), p, this::deliverable);
    list(Names.MILESTONES, c.milestones(), p, this::milestone);
    list(Names.STATEMENTS, c.statements(), p, this::statement);
    ints(Names.PARAGRAPHS, c.paragraphs());
    end(p, c.id().value());
  }

  private void phase(Phase x, String p) {
    g.writeStartObject();
    string(Names.ID, x.id().value());
    text(Names.NAME, x.name());
    x.status().ifPresent(s -> word(Names.STATUS, s));
    optDate(Names.PLANNED_START, x.plannedStart());
    optDate(Names.PLANNED_END, x.plannedEnd());
    optDate(Names.ACTUAL_START, x.actualStart());
    optDate(Names.ACTUAL_END, x.actualEnd());
    list(Names.DELIVERABLES, x.deliverables(), p, this::deliverable);
    list(Names.STATEMENTS, x.statements(), p, this::statement);
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, x.id().value());
  }

  private void deliverable(Deliverable d, String p) {
    g.writeStartObject();
    string(Names.ID, d.id().value());
    text(Names.NAME, d.name());
    optText(Names.DESCRIPTION, d.description());
    d.status().ifPresent(x -> word(Names.STATUS, x));
    d.quantity().ifPresent(x -> number(Names.QUANTITY, x));
    optDate(Names.DUE, d.due());
    optDate(Names.ANNOUNCED, d.announced());
    list(Names.DOCUMENTS, d.documents(), p, this::reference);
    ints(Names.PARAGRAPHS, d.paragraphs());
    end(p, d.id().value());
  }

  private void milestone(Milestone m, String p) {
    g.writeStartObject();
    string(Names.ID, m.id().value());
    text(Names.DESCRIPTION, m.description());
    optDate(Names.DUE, m.due());
    m.status().ifPresent(x -> word(Names.STATUS, x));
    optText(Names.ADDRESSEE, m.addressee());
    ints(Names.PARAGRAPHS, m.paragraphs());
    end(p, m.id().value());
  }

  private void postLine(PostLine l, String p) {
    g.writeStartObject();
    string(Names.ID, l.id().value());
    number(Names.COUNT, l.count());
    optText(Names.DESCRIPTION, l.description());
    postDetails(l, p);
    end(p, l.id().value());
  }

  private void post(Post x, String p) {
    g.writeStartObject();
    string(Names.ID, x.id().value());
    optText(Names.TITLE, x.title());
    postDetails(x, p);
    end(p, x.id().value());
  }

  private void postDetails(PostDetails d, String p) {
    name(Names.LOCATION);
    location(d.location(), child(p, Names.LOCATION));
    d.unit().ifPresent(x -> unit(Names.UNIT, x, p));
    word(Names.CATEGORY, d.category());
    d.grade().ifPresent(x -> string(Names.GRADE, x.label()));
    name(Names.ORIGIN);
    origin(d.origin(), child(p, Names.ORIGIN));
    list(Names.OF_WHICH, d.ofWhich(), p, this::share);
    d.funding().ifPresent(x -> word(Names.FUNDING, x));
    d.status().ifPresent(x -> word(Names.STATUS, x));
    d.commitment().ifPresent(x -> string(Names.COMMITMENT, x.value()));
    d.relocation()
        .ifPresent(
            x -> {
              name(Names.RELOCATION);
              relocation(x, child(p, Names.RELOCATION));
            });
    ints(Names.PARAGRAPHS, d.paragraphs());
  }

  private void location(Location l, String p) {
    g.writeStartObject();
    word(Names.KIND, l.kind());
    optText(Names.NAME, l.name());
    l.dutyStation()
        .ifPresent(
            x -> {
              name(Names.DUTY_STATION);
              String at = child(p, Names.DUTY_STATION);
              g.writeStartObject();
              text(Names.CITY, x.city());
              string(Names.COUNTRY, x.country());
              end(at, null);
            });
    end(p, null);
  }

  private void relocation(Relocation x, String p) {
    g.writeStartObject();
    name(Names.FROM);
    location(x.from(), child(p, Names.FROM));
    if (x.to().isPresent()) {
      name(Names.TO);
      location(x.to().get(), child(p, Names.TO));
    }
    optDate(Names.DATE, x.date());
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, null);
  }

  private void recommendations(Recommendations x, String p) {
    g.writeStartObject();
    list(Names.LISTED, x.listed(), p, this::recommendation);
    list(Names.TOTALS, x.totals(), p, this::recommendationTotal);
    end(p, null);
  }

  private void recommendation(Recommendation x, String p) {
    g.writeStartObject();
    string(Names.ID, x.id().value());
    name(Names.SOURCE);
    reference(x.source(), child(p, Names.SOURCE));
    x.number().ifPresent(n -> string(Names.NUMBER, n));
    optText(Names.TEXT, x.text());
    x.addressee().ifPresent(a -> word(Names.ADDRESSEE, a));
    x.acceptance().ifPresent(a -> word(Names.ACCEPTANCE, a));
    x.status().ifPresent(s -> word(Names.STATUS, s));
    optDate(Names.DUE, x.due());
    strings(Names.ANSWERED_BY, x.answeredBy());
    list(Names.EVIDENCE, x.evidence(), p, this::reference);
    list(Names.ACTIONS, x.actions(), p, this::recommendationAction);
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, x.id().value());
  }

  private void recommendationAction(RecommendationAction x, String p) {
    g.writeStartObject();
    string(Names.NUMBER, x.number());
    optText(Names.TEXT, x.text());
    x.status().ifPresent(s -> word(Names.STATUS, s));
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, null);
  }

  private void recommendationTotal(RecommendationTotal x, String p) {
    g.writeStartObject();
    string(Names.ID, x.id().value());
    x.source()
        .ifPresent(
            s -> {
              name(Names.SOURCE);
              reference(s, child(p, Names.SOURCE));
            });
    x.status().ifPresent(s -> word(Names.STATUS, s));
    x.count().ifPresent(c -> number(Names.COUNT, c));
    x.actions().ifPresent(c -> number(Names.ACTIONS, c));
    optText(Names.DESCRIPTION, x.description());
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, x.id().value());
  }

  private void origin(PostOrigin o, String p) {
    g.writeStartObject();
    word(Names.KIND, o.kind());
    o.from().ifPresent(x -> unit(Names.FROM, x, p));
    end(p, null);
  }

  private void share(PostShare s, String p) {
    g.writeStartObject();
    name(Names.ORIGIN);
    origin(s.origin(), child(p, Names.ORIGIN));
    s.count().ifPresent(x -> number(Names.COUNT, x));
    end(p, null);
  }

  private void postTotal(PostTotal t, String p) {
    g.writeStartObject();
    string(Names.ID, t.id().value());
    text(Names.DESCRIPTION, t.description());
    number(Names.COUNT, t.count());
    strings(Names.LINES, t.lines());
    ints(Names.PARAGRAPHS, t.paragraphs());
    end(p, t.id().value());
  }

  private void finances(Finances f, String p) {
    g.writeStartObject();
    list(Names.LINES, f.lines(), p, this::financialLine);
    list(Names.TOTALS, f.totals(), p, this::financeTotal);
    end(p, null);
  }

  private void financialLine(FinancialLine x, String p) {
    g.writeStartObject();
    string(Names.ID, x.id().value());
    text(Names.DESCRIPTION, x.description());
    word(Names.KIND, x.kind());
    string(Names.AMOUNT, x.amount().toString());
    x.recurrence().ifPresent(v -> word(Names.RECURRENCE, v));
    x.period().ifPresent(v -> string(Names.PERIOD, v.toString()));
    x.source().ifPresent(v -> word(Names.SOURCE, v));
    x.commitment().ifPresent(v -> string(Names.COMMITMENT, v.value()));
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, x.id().value());
  }

  private void financeTotal(FinanceTotal t, String p) {
    g.writeStartObject();
    string(Names.ID, t.id().value());
    text(Names.DESCRIPTION, t.description());
    string(Names.AMOUNT, t.amount().toString());
    strings(Names.LINES, t.lines());
    ints(Names.PARAGRAPHS, t.paragraphs());
    end(p, t.id().value());
  }

  private void risk(Risk x, String p) {
    g.writeStartObject();
    string(Names.ID, x.id().value());
    text(Names.DESCRIPTION, x.description());
    optText(Names.CATEGORY, x.category());
    x.likelihood().ifPresent(v -> string(Names.LIKELIHOOD, v.toString()));
    x.impact().ifPresent(v -> string(Names.IMPACT, v.toString()));
    x.trend().ifPresent(v -> word(Names.TREND, v));
    optText(Names.MITIGATION, x.mitigation());
    x.owner().ifPresent(v -> unit(Names.OWNER, v, p));
    optDate(Names.IDENTIFIED, x.identified());
    x.status().ifPresent(v -> word(Names.STATUS, v));
    strings(Names.COMMITMENTS, x.commitments());
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, x.id().value());
  }

  private void indicator(Indicator i, String p) {
    g.writeStartObject();
    string(Names.ID, i.id().value());
    text(Names.NAME, i.name());
    name(Names.MEASURE);
    measure(i.measure(), child(p, Names.MEASURE));
    word(Names.DIRECTION, i.direction());
    i.baseline()
        .ifPresent(
            x -> {
              name(Names.BASELINE);
              baseline(x, child(p, Names.BASELINE));
            });
    list(Names.TARGETS, i.targets(), p, this::target);
    list(Names.MEASUREMENTS, i.measurements(), p, this::measurement);
    i.commitment().ifPresent(x -> string(Names.COMMITMENT, x.value()));
    optText(Names.MEANS_OF_VERIFICATION, i.meansOfVerification());
    optText(Names.FREQUENCY, i.frequency());
    i.responsible().ifPresent(x -> unit(Names.RESPONSIBLE, x, p));
    ints(Names.PARAGRAPHS, i.paragraphs());
    end(p, i.id().value());
  }

  private void measure(Measure m, String p) {
    g.writeStartObject();
    word(Names.KIND, m.kind());
    m.currency().ifPresent(x -> string(Names.CURRENCY, x));
    optText(Names.UNIT, m.unit());
    end(p, null);
  }

  private void baseline(Baseline b, String p) {
    g.writeStartObject();
    name(Names.VALUE);
    value(b.value(), child(p, Names.VALUE));
    optDate(Names.DATE, b.date());
    ints(Names.PARAGRAPHS, b.paragraphs());
    end(p, null);
  }

  private void target(Target t, String p) {
    g.writeStartObject();
    name(Names.VALUE);
    value(t.value(), child(p, Names.VALUE));
    optDate(Names.DUE, t.due());
    bool(Names.CUMULATIVE, t.cumulative());
    ints(Names.PARAGRAPHS, t.paragraphs());
    end(p, null);
  }

  private void measurement(Measurement m, String p) {
    g.writeStartObject();
    name(Names.VALUE);
    value(m.value(), child(p, Names.VALUE));
    date(Names.DATE, m.date());
    m.source()
        .ifPresent(
            x -> {
              name(Names.SOURCE);
              reference(x, child(p, Names.SOURCE));
            });
    m.approvedBy().ifPresent(x -> string(Names.APPROVED_BY, x));
    if (!m.dimensions().isEmpty()) {
      name(Names.DIMENSIONS);
      g.writeStartObject();
      m.dimensions().forEach((name, value) -> string(dimensionName(name), value));
      g.writeEndObject();
    }
    optText(Names.NOTE, m.note());
    ints(Names.PARAGRAPHS, m.paragraphs());
    end(p, null);
  }

  private void value(IndicatorValue v, String p) {
    g.writeStartObject();
    word(Names.KIND, v.kind());
    v.number().ifPresent(this::decimal);
    v.currency().ifPresent(x -> string(Names.CURRENCY, x));
    v.flag().ifPresent(x -> bool(Names.FLAG, x));
    optText(Names.TEXT, v.text());
    end(p, null);
  }

  private void decimal(BigDecimal number) {
    name(Names.NUMBER);
    g.writeNumber(number);
  }

  private void framework(MonitoringFramework f, String p) {
    g.writeStartObject();
    text(Names.NAME, f.name());
    f.status().ifPresent(x -> word(Names.STATUS, x));
    bool(Names.WITH_TARGETS, f.withTargets());
    optText(Names.PURPOSE, f.purpose());
    f.commitment().ifPresent(x -> string(Names.COMMITMENT, x.value()));
    ints(Names.PARAGRAPHS, f.paragraphs());
    end(p, null);
  }

  private void engagement(StaffEngagement e, String p) {
    g.writeStartObject();
    string(Names.ID, e.id().value());
    name(Names.KINDS);
    g.writeStartArray();
    e.kinds().forEach(k -> string(Formats.word(k)));
    g.writeEndArray();
    word(Names.COUNTERPART, e.counterpart());
    optText(Names.PARTICIPANTS, e.participants());
    text(Names.SUBJECT, e.subject());
    e.count().ifPresent(x -> number(Names.COUNT, x));
    e.period().ifPresent(x -> string(Names.PERIOD, x.toString()));
    e.status().ifPresent(x -> word(Names.STATUS, x));
    e.commitment().ifPresent(x -> string(Names.COMMITMENT, x.value()));
    e.phase().ifPresent(x -> string(Names.PHASE, x.value()));
    optText(Names.NOTE, e.note());
    ints(Names.PARAGRAPHS, e.paragraphs());
    end(p, e.id().value());
  }

  private void support(ExternalSupport s, String p) {
    g.writeStartObject();
    string(Names.ID, s.id().value());
    word(Names.KIND, s.kind());
    text(Names.PROVIDER, s.provider());
    s.procurement().ifPresent(x -> word(Names.PROCUREMENT, x));
    optText(Names.REASON, s.reason());
    optDate(Names.AWARDED, s.awarded());
    optDate(Names.STARTED, s.started());
    s.commitment().ifPresent(x -> string(Names.COMMITMENT, x.value()));
    ints(Names.PARAGRAPHS, s.paragraphs());
    end(p, s.id().value());
  }

  private void policy(Policy x, String p) {
    g.writeStartObject();
    string(Names.ID, x.id().value());
    text(Names.NAME, x.name());
    word(Names.STATUS, x.status());
    optText(Names.DESCRIPTION, x.description());
    texts(Names.MEASURES, x.measures());
    x.commitment().ifPresent(c -> string(Names.COMMITMENT, c.value()));
    ints(Names.PARAGRAPHS, x.paragraphs());
    end(p, x.id().value());
  }

  private void committee(Committee c, String p) {
    g.writeStartObject();
    string(Names.ID, c.id().value());
    text(Names.NAME, c.name());
    c.abbreviation().ifPresent(x -> string(Names.ABBREVIATION, x));
    texts(Names.FUNCTIONS, c.functions());
    texts(Names.ADVISES_ON, c.advisesOn());
    optText(Names.ADVISES, c.advises());
    strings(Names.APPLIES, c.applies());
    ints(Names.PARAGRAPHS, c.paragraphs());
    end(p, c.id().value());
  }

  /** Writes a programme as a document of its own. */
  void programmeDocument(ReformProgramme r, String schemaVersion) {
    programme(r, schemaVersion, true, "");
  }

  // ---- findings ----

  /** Writes a validation result as a findings document: its findings, always, even none. */
  void findings(ValidationResult result, String schemaVersion) {
    g.writeStartObject();
    string(Names.SCHEMA_VERSION, schemaVersion);
    name(Names.FINDINGS);
    g.writeStartArray();
    String p = child("", Names.FINDINGS);
    ImmutableList<Finding> findings = result.findings();
    for (int i = 0; i < findings.size(); i++) {
      finding(findings.get(i), extras.isEmpty() ? "" : Node.child(p, i));
    }
    g.writeEndArray();
    end("", null);
  }

  private void finding(Finding f, String p) {
    g.writeStartObject();
    string(Names.CODE, f.code());
    word(Names.SEVERITY, f.severity());
    string(Names.PATH, f.path().toString());
    string(Names.MESSAGE, f.message());
    string(Names.MESSAGE_KEY, f.messageKey());
    name(Names.VALUES);
    g.writeStartObject();
    f.values()
        .forEach(
            (name, value) -> {
              name(dimensionName(name));
              findingValue(value);
            });
    g.writeEndObject();
    end(p, null);
  }

  /**
   * Writes a value of a finding in the format's words: a text, a number or a flag as itself, an
   * enum constant as its word ({@code in-progress}), a grade as its label, a text by language as an
   * object, a list as an array, and any other value (an identifier, a date, a symbol) as its text.
   */
  private void findingValue(Object value) {
    if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean flag) {
      g.writeBoolean(flag);
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger number) {
      g.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      g.writeNumber(number);
    } else if (value instanceof Grade grade) {
      string(grade.label());
    } else if (value instanceof Enum<?> constant) {
      string(Formats.word(constant));
    } else if (value instanceof LocalizedText text) {
      g.writeStartObject();
      text.texts().forEach(this::string);
      g.writeEndObject();
    } else if (value instanceof Iterable<?> items) {
      g.writeStartArray();
      items.forEach(this::findingValue);
      g.writeEndArray();
    } else {
      string(String.valueOf(value));
    }
  }
}
