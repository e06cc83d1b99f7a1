package org.reformkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reformkit.core.model.Grade;

/** The property names of every JSON object, in the order written, and the enum words. Internal. */
final class Formats {
  static final String SCHEMA_VERSION = "1.0";
  static final String SCHEMA_MAJOR = "1";

  static final ImmutableList<String> REPORT =
      ImmutableList.of(
          "document", "asOf", "previousReport", "programme", "statements", "reconstructed",
          "reconstructionNote");
  static final ImmutableList<String> REPORT_ROOT = withVersion(REPORT);
  static final ImmutableList<String> PROGRAMME =
      ImmutableList.of(
          "id", "name", "organization", "owner", "launched", "status", "commitments", "postLines",
          "posts", "postTotals", "indicators", "monitoringFramework", "engagements",
          "externalSupport", "policies", "committees", "statements", "paragraphs");
  static final ImmutableList<String> PROGRAMME_ROOT = withVersion(PROGRAMME);
  static final ImmutableList<String> DOCUMENT =
      ImmutableList.of(
          "symbol", "title", "heading", "agendaItem", "sectionName", "sessionPlace", "sessionDates",
          "date", "originalLanguage", "cover", "footnotes");
  static final ImmutableList<String> COVER =
      ImmutableList.of(
          "purpose", "strategicObjective", "mainOutcome", "policyImplications",
          "legalImplications", "financialImplications", "followUpAction", "authorUnit",
          "relatedDocuments");
  static final ImmutableList<String> FOOTNOTE =
      ImmutableList.of("number", "text", "paragraph", "references");
  static final ImmutableList<String> REFERENCE =
      ImmutableList.of("symbol", "title", "date", "paragraphs");
  static final ImmutableList<String> STATEMENT =
      ImmutableList.of("id", "kind", "text", "references", "paragraphs");
  static final ImmutableList<String> COMMITMENT =
      ImmutableList.of(
          "id", "title", "objective", "scope", "owner", "status", "started", "due", "affectsStaff",
          "dependsOn", "partOf", "addressesFindingsOf", "phases", "deliverables", "milestones",
          "statements", "paragraphs");
  static final ImmutableList<String> PHASE =
      ImmutableList.of(
          "id", "name", "status", "plannedStart", "plannedEnd", "actualStart", "actualEnd",
          "deliverables", "statements", "paragraphs");
  static final ImmutableList<String> DELIVERABLE =
      ImmutableList.of(
          "id", "name", "description", "status", "quantity", "due", "announced", "documents",
          "paragraphs");
  static final ImmutableList<String> MILESTONE =
      ImmutableList.of("id", "description", "due", "status", "addressee", "paragraphs");
  static final ImmutableList<String> POST_LINE =
      ImmutableList.of(
          "id", "count", "description", "location", "unit", "category", "grade", "origin",
          "ofWhich", "funding", "status", "commitment", "paragraphs");
  static final ImmutableList<String> POST =
      ImmutableList.of(
          "id", "title", "location", "unit", "category", "grade", "origin", "ofWhich", "funding",
          "status", "commitment", "paragraphs");
  static final ImmutableList<String> POST_TOTAL =
      ImmutableList.of("id", "description", "count", "lines", "paragraphs");
  static final ImmutableList<String> LOCATION = ImmutableList.of("kind", "name");
  static final ImmutableList<String> ORIGIN = ImmutableList.of("kind", "from");
  static final ImmutableList<String> SHARE = ImmutableList.of("origin", "count");
  static final ImmutableList<String> INDICATOR =
      ImmutableList.of(
          "id", "name", "measure", "direction", "baseline", "targets", "measurements",
          "commitment", "meansOfVerification", "frequency", "responsible", "paragraphs");
  static final ImmutableList<String> MEASURE = ImmutableList.of("kind", "currency", "unit");
  static final ImmutableList<String> BASELINE = ImmutableList.of("value", "date", "paragraphs");
  static final ImmutableList<String> TARGET =
      ImmutableList.of("value", "due", "cumulative", "paragraphs");
  static final ImmutableList<String> MEASUREMENT =
      ImmutableList.of(
          "value", "date", "source", "approvedBy", "dimensions", "note", "paragraphs");
  static final ImmutableList<String> VALUE =
      ImmutableList.of("kind", "number", "currency", "flag", "text");
  static final ImmutableList<String> FRAMEWORK =
      ImmutableList.of("name", "status", "withTargets", "purpose", "commitment", "paragraphs");
  static final ImmutableList<String> ENGAGEMENT =
      ImmutableList.of(
          "id", "kinds", "counterpart", "participants", "subject", "count", "period", "status",
          "commitment", "phase", "note", "paragraphs");
  static final ImmutableList<String> SUPPORT =
      ImmutableList.of(
          "id", "kind", "provider", "procurement", "reason", "awarded", "started", "commitment",
          "paragraphs");
  static final ImmutableList<String> POLICY =
      ImmutableList.of(
          "id", "name", "status", "description", "measures", "commitment", "paragraphs");
  static final ImmutableList<String> COMMITTEE =
      ImmutableList.of(
          "id", "name", "abbreviation", "functions", "advisesOn", "advises", "applies",
          "paragraphs");
  static final ImmutableList<String> UNIT = ImmutableList.of("code", "name");

  /** Every property name of every object of the format. */
  static final ImmutableSet<String> ALL_NAMES =
      Stream.of(
              REPORT_ROOT, PROGRAMME_ROOT, DOCUMENT, COVER, FOOTNOTE, REFERENCE, STATEMENT, COMMITMENT,
              PHASE, DELIVERABLE, MILESTONE, POST_LINE, POST, POST_TOTAL, LOCATION, ORIGIN, SHARE,
              INDICATOR, MEASURE, BASELINE, TARGET, MEASUREMENT, VALUE, FRAMEWORK, ENGAGEMENT, SUPPORT,
              POLICY, COMMITTEE, UNIT)
          .flatMap(ImmutableList::stream)
          .collect(ImmutableSet.toImmutableSet());

  private Formats() {}

  private static ImmutableList<String> withVersion(ImmutableList<String> names) {
    return ImmutableList.<String>builder().add("schemaVersion").addAll(names).build();
  }

  /** The grades by label, made once (each {@link Grade#label()} makes a new string). */
  static final ImmutableMap<String, Grade> GRADES =
      Arrays.stream(Grade.values()).collect(ImmutableMap.toImmutableMap(Grade::label, g -> g));

  /** The JSON words of each enum type, by ordinal, made once: reading and writing ask for them for every value. */
  private static final ClassValue<String[]> WORDS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
          String[] words = new String[constants.length];
          for (Enum<?> constant : constants) {
            words[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
          }
          return words;
        }
      };

  /** The JSON word for an enum constant: lower case, words joined by hyphens ({@code not-started}). */
  static String word(Enum<?> constant) {
    return WORDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** The JSON words of an enum type, comma-separated, for messages. */
  static String words(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Formats::word).collect(Collectors.joining(", "));
  }

  static String gradeLabels() {
    return Arrays.stream(Grade.values()).map(Grade::label).collect(Collectors.joining(", "));
  }
}
