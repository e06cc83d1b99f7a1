package org.reformkit.json;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MonitoringFramework;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.Target;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Writes the model to a generator, property by property in the order of {@link Formats}, omitting
 * absent optional values and empty lists, and merging back unknown properties kept by lenient
 * reading. Internal.
 */
final class Writing {
  /** Every property name of the format, encoded once. */
  private static final ImmutableMap<String, SerializedString> NAMES =
      Formats.ALL_NAMES.stream().collect(ImmutableMap.toImmutableMap(n -> n, SerializedString::new));

  private final JsonGenerator g;
  private final Map<String, Extended.Anchor> extras;
  private final boolean toBytes;

  Writing(JsonGenerator g, Map<String, Extended.Anchor> extras) {
    this(g, extras, false);
  }

  /**
   * A writer of the model.
   *
   * @param g the generator
   * @param extras the unknown properties to merge back, by the pointer of their object
   * @param toBytes whether the generator writes UTF-8 bytes itself rather than characters that an
   *     {@code OutputStreamWriter} encodes, so that a lone surrogate in a property name must become
   *     the {@code ?} that the writer would have made of it
   */
  Writing(JsonGenerator g, Map<String, Extended.Anchor> extras, boolean toBytes) {
    this.g = g;
    this.extras = extras;
    this.toBytes = toBytes;
  }

  /** Writes a report, always as a document of its own, with its schema version. */
  void report(ProgressReport r, String schemaVersion) {
    String p = "";
    g.writeStartObject();
    string("schemaVersion", schemaVersion);
    name("document");
    governingBodyDocument(r.document(), child(p, "document"));
    date("asOf", r.asOf());
    r.previousReport().ifPresent(x -> { name("previousReport"); reference(x, child(p, "previousReport")); });
    name("programme");
    programme(r.programme(), "", false, child(p, "programme"));
    list("statements", r.statements(), p, this::statement);
    bool("reconstructed", r.reconstructed());
    optText("reconstructionNote", r.reconstructionNote());
    end(p, null);
  }

  void programme(ReformProgramme r, String schemaVersion, boolean root, String p) {
    g.writeStartObject();
    if (root) {
      string("schemaVersion", schemaVersion);
    }
    string("id", r.id().value());
    text("name", r.name());
    optText("organization", r.organization());
    r.owner().ifPresent(x -> unit("owner", x, p));
    optDate("launched", r.launched());
    word("status", r.status());
    list("commitments", r.commitments(), p, this::commitment);
    list("postLines", r.postLines(), p, this::postLine);
    list("posts", r.posts(), p, this::post);
    list("postTotals", r.postTotals(), p, this::postTotal);
    list("indicators", r.indicators(), p, this::indicator);
    r.monitoringFramework().ifPresent(x -> { name("monitoringFramework"); framework(x, child(p, "monitoringFramework")); });
    list("engagements", r.engagements(), p, this::engagement);
    list("externalSupport", r.externalSupport(), p, this::support);
    list("policies", r.policies(), p, this::policy);
    list("committees", r.committees(), p, this::committee);
    list("statements", r.statements(), p, this::statement);
    ints("paragraphs", r.paragraphs());
    end(p, r.id().value());
  }

  private void governingBodyDocument(GoverningBodyDocument d, String p) {
    g.writeStartObject();
    string("symbol", d.symbol().toString());
    text("title", d.title());
    optText("heading", d.heading());
    d.agendaItem().ifPresent(x -> string("agendaItem", x));
    optText("sectionName", d.sectionName());
    optText("sessionPlace", d.sessionPlace());
    d.sessionDates().ifPresent(x -> string("sessionDates", x.toString()));
    optDate("date", d.date());
    d.originalLanguage().ifPresent(x -> string("originalLanguage", x));
    name("cover");
    cover(d.cover(), child(p, "cover"));
    list("footnotes", d.footnotes(), p, this::footnote);
    end(p, null);
  }

  private void cover(DocumentCover c, String p) {
    g.writeStartObject();
    optText("purpose", c.purpose());
    optText("strategicObjective", c.strategicObjective());
    optText("mainOutcome", c.mainOutcome());
    optText("policyImplications", c.policyImplications());
    optText("legalImplications", c.legalImplications());
    optText("financialImplications", c.financialImplications());
    optText("followUpAction", c.followUpAction());
    c.authorUnit().ifPresent(x -> unit("authorUnit", x, p));
    list("relatedDocuments", c.relatedDocuments(), p, this::reference);
    end(p, null);
  }

  private void footnote(Footnote f, String p) {
    g.writeStartObject();
    number("number", f.number());
    text("text", f.text());
    f.paragraph().ifPresent(x -> number("paragraph", x));
    list("references", f.references(), p, this::reference);
    end(p, null);
  }

  private void reference(DocumentReference r, String p) {
    g.writeStartObject();
    r.symbol().ifPresent(x -> string("symbol", x.toString()));
    optText("title", r.title());
    optDate("date", r.date());
    ints("paragraphs", r.paragraphs());
    end(p, null);
  }

  private void statement(Statement s, String p) {
    g.writeStartObject();
    string("id", s.id().value());
    word("kind", s.kind());
    text("text", s.text());
    list("references", s.references(), p, this::reference);
    ints("paragraphs", s.paragraphs());
    end(p, s.id().value());
  }

  private void commitment(Commitment c, String p) {
    g.writeStartObject();
    string("id", c.id().value());
    text("title", c.title());
    optText("objective", c.objective());
    optText("scope", c.scope());
    c.owner().ifPresent(x -> unit("owner", x, p));
    word("status", c.status());
    optDate("started", c.started());
    optDate("due", c.due());
    bool("affectsStaff", c.affectsStaff());
    strings("dependsOn", c.dependsOn());
    c.partOf().ifPresent(x -> string("partOf", x.value()));
    list("addressesFindingsOf", c.addressesFindingsOf(), p, this::reference);
    list("phases", c.phases(), p, this::phase);
    list("deliverables", c.deliverables(), p, this::deliverable);
    list("milestones", c.milestones(), p, this::milestone);
    list("statements", c.statements(), p, this::statement);
    ints("paragraphs", c.paragraphs());
    end(p, c.id().value());
  }

  private void phase(Phase x, String p) {
    g.writeStartObject();
    string("id", x.id().value());
    text("name", x.name());
    word("status", x.status());
    optDate("plannedStart", x.plannedStart());
    optDate("plannedEnd", x.plannedEnd());
    optDate("actualStart", x.actualStart());
    optDate("actualEnd", x.actualEnd());
    list("deliverables", x.deliverables(), p, this::deliverable);
    list("statements", x.statements(), p, this::statement);
    ints("paragraphs", x.paragraphs());
    end(p, x.id().value());
  }

  private void deliverable(Deliverable d, String p) {
    g.writeStartObject();
    string("id", d.id().value());
    text("name", d.name());
    optText("description", d.description());
    d.status().ifPresent(x -> word("status", x));
    d.quantity().ifPresent(x -> number("quantity", x));
    optDate("due", d.due());
    optDate("announced", d.announced());
    list("documents", d.documents(), p, this::reference);
    ints("paragraphs", d.paragraphs());
    end(p, d.id().value());
  }

  private void milestone(Milestone m, String p) {
    g.writeStartObject();
    string("id", m.id().value());
    text("description", m.description());
    optDate("due", m.due());
    word("status", m.status());
    optText("addressee", m.addressee());
    ints("paragraphs", m.paragraphs());
    end(p, m.id().value());
  }

  private void postLine(PostLine l, String p) {
    g.writeStartObject();
    string("id", l.id().value());
    number("count", l.count());
    optText("description", l.description());
    postDetails(l, p);
    end(p, l.id().value());
  }

  private void post(Post x, String p) {
    g.writeStartObject();
    string("id", x.id().value());
    optText("title", x.title());
    postDetails(x, p);
    end(p, x.id().value());
  }

  private void postDetails(PostDetails d, String p) {
    name("location");
    location(d.location(), child(p, "location"));
    d.unit().ifPresent(x -> unit("unit", x, p));
    word("category", d.category());
    d.grade().ifPresent(x -> string("grade", x.label()));
    name("origin");
    origin(d.origin(), child(p, "origin"));
    list("ofWhich", d.ofWhich(), p, this::share);
    d.funding().ifPresent(x -> word("funding", x));
    d.status().ifPresent(x -> word("status", x));
    d.commitment().ifPresent(x -> string("commitment", x.value()));
    ints("paragraphs", d.paragraphs());
  }

  private void location(Location l, String p) {
    g.writeStartObject();
    word("kind", l.kind());
    optText("name", l.name());
    end(p, null);
  }

  private void origin(PostOrigin o, String p) {
    g.writeStartObject();
    word("kind", o.kind());
    o.from().ifPresent(x -> unit("from", x, p));
    end(p, null);
  }

  private void share(PostShare s, String p) {
    g.writeStartObject();
    name("origin");
    origin(s.origin(), child(p, "origin"));
    s.count().ifPresent(x -> number("count", x));
    end(p, null);
  }

  private void postTotal(PostTotal t, String p) {
    g.writeStartObject();
    string("id", t.id().value());
    text("description", t.description());
    number("count", t.count());
    strings("lines", t.lines());
    ints("paragraphs", t.paragraphs());
    end(p, t.id().value());
  }

  private void indicator(Indicator i, String p) {
    g.writeStartObject();
    string("id", i.id().value());
    text("name", i.name());
    name("measure");
    measure(i.measure(), child(p, "measure"));
    word("direction", i.direction());
    i.baseline().ifPresent(x -> { name("baseline"); baseline(x, child(p, "baseline")); });
    list("targets", i.targets(), p, this::target);
    list("measurements", i.measurements(), p, this::measurement);
    i.commitment().ifPresent(x -> string("commitment", x.value()));
    optText("meansOfVerification", i.meansOfVerification());
    optText("frequency", i.frequency());
    i.responsible().ifPresent(x -> unit("responsible", x, p));
    ints("paragraphs", i.paragraphs());
    end(p, i.id().value());
  }

  private void measure(Measure m, String p) {
    g.writeStartObject();
    word("kind", m.kind());
    m.currency().ifPresent(x -> string("currency", x));
    optText("unit", m.unit());
    end(p, null);
  }

  private void baseline(Baseline b, String p) {
    g.writeStartObject();
    name("value");
    value(b.value(), child(p, "value"));
    optDate("date", b.date());
    ints("paragraphs", b.paragraphs());
    end(p, null);
  }

  private void target(Target t, String p) {
    g.writeStartObject();
    name("value");
    value(t.value(), child(p, "value"));
    optDate("due", t.due());
    bool("cumulative", t.cumulative());
    ints("paragraphs", t.paragraphs());
    end(p, null);
  }

  private void measurement(Measurement m, String p) {
    g.writeStartObject();
    name("value");
    value(m.value(), child(p, "value"));
    date("date", m.date());
    m.source().ifPresent(x -> { name("source"); reference(x, child(p, "source")); });
    m.approvedBy().ifPresent(x -> string("approvedBy", x));
    if (!m.dimensions().isEmpty()) {
      name("dimensions");
      g.writeStartObject();
      m.dimensions().forEach((name, value) -> string(dimensionName(name), value));
      g.writeEndObject();
    }
    optText("note", m.note());
    ints("paragraphs", m.paragraphs());
    end(p, null);
  }

  private void value(IndicatorValue v, String p) {
    g.writeStartObject();
    word("kind", v.kind());
    v.number().ifPresent(this::decimal);
    v.currency().ifPresent(x -> string("currency", x));
    v.flag().ifPresent(x -> bool("flag", x));
    optText("text", v.text());
    end(p, null);
  }

  private void decimal(BigDecimal number) {
    name("number");
    g.writeNumber(number);
  }

  private void framework(MonitoringFramework f, String p) {
    g.writeStartObject();
    text("name", f.name());
    word("status", f.status());
    bool("withTargets", f.withTargets());
    optText("purpose", f.purpose());
    f.commitment().ifPresent(x -> string("commitment", x.value()));
    ints("paragraphs", f.paragraphs());
    end(p, null);
  }

  private void engagement(StaffEngagement e, String p) {
    g.writeStartObject();
    string("id", e.id().value());
    name("kinds");
    g.writeStartArray();
    e.kinds().forEach(k -> string(Formats.word(k)));
    g.writeEndArray();
    word("counterpart", e.counterpart());
    optText("participants", e.participants());
    text("subject", e.subject());
    e.count().ifPresent(x -> number("count", x));
    e.period().ifPresent(x -> string("period", x.toString()));
    word("status", e.status());
    e.commitment().ifPresent(x -> string("commitment", x.value()));
    e.phase().ifPresent(x -> string("phase", x.value()));
    optText("note", e.note());
    ints("paragraphs", e.paragraphs());
    end(p, e.id().value());
  }

  private void support(ExternalSupport s, String p) {
    g.writeStartObject();
    string("id", s.id().value());
    word("kind", s.kind());
    text("provider", s.provider());
    s.procurement().ifPresent(x -> word("procurement", x));
    optText("reason", s.reason());
    optDate("awarded", s.awarded());
    optDate("started", s.started());
    s.commitment().ifPresent(x -> string("commitment", x.value()));
    ints("paragraphs", s.paragraphs());
    end(p, s.id().value());
  }

  private void policy(Policy x, String p) {
    g.writeStartObject();
    string("id", x.id().value());
    text("name", x.name());
    word("status", x.status());
    optText("description", x.description());
    texts("measures", x.measures());
    x.commitment().ifPresent(c -> string("commitment", c.value()));
    ints("paragraphs", x.paragraphs());
    end(p, x.id().value());
  }

  private void committee(Committee c, String p) {
    g.writeStartObject();
    string("id", c.id().value());
    text("name", c.name());
    c.abbreviation().ifPresent(x -> string("abbreviation", x));
    texts("functions", c.functions());
    texts("advisesOn", c.advisesOn());
    optText("advises", c.advises());
    strings("applies", c.applies());
    ints("paragraphs", c.paragraphs());
    end(p, c.id().value());
  }

  // ---- helpers ----

  private void string(String name, String value) {
    name(name);
    string(value);
  }

  private void number(String name, int value) {
    name(name);
    g.writeNumber(value);
  }

  private void bool(String name, boolean value) {
    name(name);
    g.writeBoolean(value);
  }

  /**
   * Writes a property name: one of the format's as bytes encoded once, which the generator copies;
   * any other (a language tag, a dimension) as it is.
   */
  private void name(String name) {
    @Nullable SerializedString encoded = NAMES.get(name);
    if (encoded == null) {
      g.writeName(name);
    } else {
      g.writeName(encoded);
    }
  }

  /**
   * Writes a string; a lone surrogate (text the model can hold but UTF-8 cannot encode) is written
   * as a JSON escape (a backslash, {@code u} and four hex digits), so that it survives any
   * encoding of the output.
   */
  private void string(String value) {
    if (!hasLoneSurrogate(value)) {
      g.writeString(value);
      return;
    }
    char[] quoted = JsonStringEncoder.getInstance().quoteAsCharArray(value);
    StringBuilder out = new StringBuilder(quoted.length + 16).append('"');
    for (int i = 0; i < quoted.length; i++) {
      char c = quoted[i];
      boolean pair =
          Character.isHighSurrogate(c) && i + 1 < quoted.length && Character.isLowSurrogate(quoted[i + 1]);
      if (pair) {
        out.append(c).append(quoted[++i]);
      } else if (Character.isSurrogate(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    g.writeRawValue(out.append('"').toString());
  }

  /**
   * A dimension name (the only property name that comes from the data) as an {@code
   * OutputStreamWriter} in UTF-8 would encode it: a lone surrogate becomes a {@code ?}. Writing
   * UTF-8 bytes directly is faster, and this keeps its output the same.
   */
  private String dimensionName(String name) {
    if (!toBytes || !hasLoneSurrogate(name)) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
        out.append(c).append(name.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '?' : c);
      }
    }
    return out.toString();
  }

  private static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private void unit(String name, OrgUnit u, String parent) {
    name(name);
    g.writeStartObject();
    u.code().ifPresent(x -> string("code", x));
    text("name", u.name());
    end(child(parent, name), null);
  }

  private void text(String name, LocalizedText t) {
    name(name);
    g.writeStartObject();
    t.texts().forEach(this::string);
    g.writeEndObject();
  }

  private void optText(String name, Optional<LocalizedText> t) {
    t.ifPresent(x -> text(name, x));
  }

  private void texts(String name, ImmutableCollection<LocalizedText> items) {
    if (items.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (LocalizedText t : items) {
      g.writeStartObject();
      t.texts().forEach(this::string);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void date(String name, PartialDate d) {
    string(name, d.toString());
  }

  private void optDate(String name, Optional<PartialDate> d) {
    d.ifPresent(x -> date(name, x));
  }

  private void word(String name, Enum<?> constant) {
    string(name, Formats.word(constant));
  }

  private void strings(String name, ImmutableCollection<?> items) {
    if (items.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (Object item : items) {
      string(item.toString());
    }
    g.writeEndArray();
  }

  private void ints(String name, ImmutableCollection<Integer> items) {
    if (items.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (int item : items) {
      g.writeNumber(item);
    }
    g.writeEndArray();
  }

  private <T> void list(String name, ImmutableCollection<T> items, String parent, BiConsumer<T, String> write) {
    if (items.isEmpty()) {
      return;
    }
    String p = child(parent, name);
    name(name);
    g.writeStartArray();
    int index = 0;
    for (T item : items) {
      write.accept(item, extras.isEmpty() ? "" : Node.child(p, index));
      index++;
    }
    g.writeEndArray();
  }

  /**
   * The pointer of a property, which only finds kept unknown properties: without any, every
   * object is at "" (building a pointer for every object cost a tenth of all writing).
   */
  private String child(String parent, String name) {
    return extras.isEmpty() ? "" : Node.child(parent, name);
  }

  /**
   * Writes the unknown properties kept for the object at this pointer (and with this id, if it has
   * one), then closes the object.
   */
  private void end(String pointer, @Nullable String id) {
    Extended.Anchor anchor = extras.get(pointer);
    if (anchor != null && (anchor.id().isEmpty() || anchor.id().get().equals(id))) {
      for (Map.Entry<String, JsonNode> e : anchor.properties().entrySet()) {
        g.writeName(e.getKey());
        g.writeTree(e.getValue());
      }
    }
    g.writeEndObject();
  }
}
