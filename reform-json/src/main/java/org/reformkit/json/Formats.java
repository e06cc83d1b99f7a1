package org.reformkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.PostDetails;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;

/**
 * The shapes of the format: for each kind of JSON object, what it is called in a message, its
 * property names in the order written, and which are required. The reading binders and the writing
 * both take their names from here and from {@link Names}. Also the enum words. Internal.
 */
final class Formats {
  /** The version written for a document that uses nothing newer than 1.1. */
  static final String SCHEMA_VERSION = "1.1";

  /**
   * The newest version: finances, risks, recommendations, duty stations and relocations (and the
   * version a document that uses any of them is written with).
   */
  static final String VERSION_1_2 = "1.2";

  static final String SCHEMA_MAJOR = "1";

  static final Shape REPORT_ROOT =
      Shape.of(
          "a progress report",
          names(
              Names.SCHEMA_VERSION,
              Names.DOCUMENT,
              Names.AS_OF,
              Names.PREVIOUS_REPORT,
              Names.PROGRAMME,
              Names.STATEMENTS,
              Names.RECONSTRUCTED,
              Names.RECONSTRUCTION_NOTE),
          Names.SCHEMA_VERSION,
          Names.DOCUMENT,
          Names.AS_OF,
          Names.PROGRAMME);

  static final Shape PROGRAMME =
      Shape.of(
          "a programme",
          names(
              Names.ID,
              Names.NAME,
              Names.ORGANIZATION,
              Names.OWNER,
              Names.LAUNCHED,
              Names.STATUS,
              Names.COMMITMENTS,
              Names.POST_LINES,
              Names.POSTS,
              Names.POST_TOTALS,
              Names.FINANCES,
              Names.RISKS,
              Names.INDICATORS,
              Names.MONITORING_FRAMEWORK,
              Names.ENGAGEMENTS,
              Names.EXTERNAL_SUPPORT,
              Names.POLICIES,
              Names.COMMITTEES,
              Names.RECOMMENDATIONS,
              Names.STATEMENTS,
              Names.PARAGRAPHS),
          Names.ID,
          Names.NAME);

  static final Shape PROGRAMME_ROOT =
      Shape.of(
          "a programme",
          names(
              Names.SCHEMA_VERSION,
              Names.ID,
              Names.NAME,
              Names.ORGANIZATION,
              Names.OWNER,
              Names.LAUNCHED,
              Names.STATUS,
              Names.COMMITMENTS,
              Names.POST_LINES,
              Names.POSTS,
              Names.POST_TOTALS,
              Names.FINANCES,
              Names.RISKS,
              Names.INDICATORS,
              Names.MONITORING_FRAMEWORK,
              Names.ENGAGEMENTS,
              Names.EXTERNAL_SUPPORT,
              Names.POLICIES,
              Names.COMMITTEES,
              Names.RECOMMENDATIONS,
              Names.STATEMENTS,
              Names.PARAGRAPHS),
          Names.SCHEMA_VERSION,
          Names.ID,
          Names.NAME);

  static final Shape DOCUMENT =
      Shape.of(
          "a governing-body document",
          names(
              Names.SYMBOL,
              Names.TITLE,
              Names.HEADING,
              Names.ORGAN,
              Names.SESSION,
              Names.AGENDA_ITEM,
              Names.SECTION_NAME,
              Names.SESSION_PLACE,
              Names.SESSION_DATES,
              Names.DATE,
              Names.DISTRIBUTION,
              Names.ORIGINAL_LANGUAGE,
              Names.ACTIONS_REQUESTED,
              Names.CONTACTS,
              Names.COVER,
              Names.FOOTNOTES),
          Names.SYMBOL,
          Names.TITLE);

  static final Shape CONTACT =
      Shape.of("a contact", names(Names.NAME, Names.ROLE, Names.UNIT, Names.PURPOSE, Names.EMAIL));

  static final Shape COVER =
      Shape.of(
          "a document cover",
          names(
              Names.PURPOSE,
              Names.STRATEGIC_OBJECTIVE,
              Names.MAIN_OUTCOME,
              Names.POLICY_IMPLICATIONS,
              Names.LEGAL_IMPLICATIONS,
              Names.FINANCIAL_IMPLICATIONS,
              Names.FOLLOW_UP_ACTION,
              Names.AUTHOR_UNIT,
              Names.RELATED_DOCUMENTS));

  static final Shape FOOTNOTE =
      Shape.of(
          "a footnote",
          names(Names.NUMBER, Names.TEXT, Names.PARAGRAPH, Names.REFERENCES),
          Names.NUMBER,
          Names.TEXT);

  static final Shape REFERENCE =
      Shape.of(
          "a document reference", names(Names.SYMBOL, Names.TITLE, Names.DATE, Names.PARAGRAPHS));

  static final Shape STATEMENT =
      Shape.of(
          "a statement",
          names(Names.ID, Names.KIND, Names.TEXT, Names.REFERENCES, Names.PARAGRAPHS),
          Names.ID,
          Names.KIND,
          Names.TEXT);

  static final Shape COMMITMENT =
      Shape.of(
          "a commitment",
          names(
              Names.ID,
              Names.TITLE,
              Names.OBJECTIVE,
              Names.SCOPE,
              Names.OWNER,
              Names.STATUS,
              Names.STARTED,
              Names.DUE,
              Names.AFFECTS_STAFF,
              Names.DEPENDS_ON,
              Names.PART_OF,
              Names.ADDRESSES_FINDINGS_OF,
              Names.PHASES,
              Names.DELIVERABLES,
              Names.MILESTONES,
              Names.STATEMENTS,
              Names.PARAGRAPHS),
          Names.ID,
          Names.TITLE);

  static final Shape PHASE =
      Shape.of(
          "a phase",
          names(
              Names.ID,
              Names.NAME,
              Names.STATUS,
              Names.PLANNED_START,
              Names.PLANNED_END,
              Names.ACTUAL_START,
              Names.ACTUAL_END,
              Names.DELIVERABLES,
              Names.STATEMENTS,
              Names.PARAGRAPHS),
          Names.ID,
          Names.NAME);

  static final Shape DELIVERABLE =
      Shape.of(
          "a deliverable",
          names(
              Names.ID,
              Names.NAME,
              Names.DESCRIPTION,
              Names.STATUS,
              Names.QUANTITY,
              Names.DUE,
              Names.ANNOUNCED,
              Names.DOCUMENTS,
              Names.PARAGRAPHS),
          Names.ID,
          Names.NAME);

  static final Shape MILESTONE =
      Shape.of(
          "a milestone",
          names(
              Names.ID,
              Names.DESCRIPTION,
              Names.DUE,
              Names.STATUS,
              Names.ADDRESSEE,
              Names.PARAGRAPHS),
          Names.ID,
          Names.DESCRIPTION);

  static final Shape POST_LINE =
      Shape.of(
          "a post line",
          names(
              Names.ID,
              Names.COUNT,
              Names.DESCRIPTION,
              Names.LOCATION,
              Names.UNIT,
              Names.CATEGORY,
              Names.GRADE,
              Names.ORIGIN,
              Names.OF_WHICH,
              Names.FUNDING,
              Names.STATUS,
              Names.COMMITMENT,
              Names.RELOCATION,
              Names.PARAGRAPHS),
          Names.ID,
          Names.COUNT,
          Names.LOCATION,
          Names.CATEGORY,
          Names.ORIGIN);

  static final Shape POST =
      Shape.of(
          "a post",
          names(
              Names.ID,
              Names.TITLE,
              Names.LOCATION,
              Names.UNIT,
              Names.CATEGORY,
              Names.GRADE,
              Names.ORIGIN,
              Names.OF_WHICH,
              Names.FUNDING,
              Names.STATUS,
              Names.COMMITMENT,
              Names.RELOCATION,
              Names.PARAGRAPHS),
          Names.ID,
          Names.LOCATION,
          Names.CATEGORY,
          Names.ORIGIN);

  static final Shape POST_TOTAL =
      Shape.of(
          "a post total",
          names(Names.ID, Names.DESCRIPTION, Names.COUNT, Names.LINES, Names.PARAGRAPHS),
          Names.ID,
          Names.DESCRIPTION,
          Names.COUNT);

  static final Shape FINANCES = Shape.of("the finances", names(Names.LINES, Names.TOTALS));

  static final Shape FINANCIAL_LINE =
      Shape.of(
          "a financial line",
          names(
              Names.ID,
              Names.DESCRIPTION,
              Names.KIND,
              Names.AMOUNT,
              Names.RECURRENCE,
              Names.PERIOD,
              Names.SOURCE,
              Names.COMMITMENT,
              Names.PARAGRAPHS),
          Names.ID,
          Names.DESCRIPTION,
          Names.KIND,
          Names.AMOUNT);

  static final Shape FINANCE_TOTAL =
      Shape.of(
          "a total of money",
          names(Names.ID, Names.DESCRIPTION, Names.AMOUNT, Names.LINES, Names.PARAGRAPHS),
          Names.ID,
          Names.DESCRIPTION,
          Names.AMOUNT);

  static final Shape RISK =
      Shape.of(
          "a risk",
          names(
              Names.ID,
              Names.DESCRIPTION,
              Names.CATEGORY,
              Names.LIKELIHOOD,
              Names.IMPACT,
              Names.TREND,
              Names.MITIGATION,
              Names.OWNER,
              Names.IDENTIFIED,
              Names.STATUS,
              Names.COMMITMENTS,
              Names.PARAGRAPHS),
          Names.ID,
          Names.DESCRIPTION);

  static final Shape LOCATION =
      Shape.of("a location", names(Names.KIND, Names.NAME, Names.DUTY_STATION), Names.KIND);

  static final Shape DUTY_STATION =
      Shape.of("a duty station", names(Names.CITY, Names.COUNTRY), Names.CITY, Names.COUNTRY);

  static final Shape RELOCATION =
      Shape.of(
          "a relocation", names(Names.FROM, Names.TO, Names.DATE, Names.PARAGRAPHS), Names.FROM);

  static final Shape RECOMMENDATIONS =
      Shape.of("the recommendations", names(Names.LISTED, Names.TOTALS));

  static final Shape RECOMMENDATION =
      Shape.of(
          "a recommendation",
          names(
              Names.ID,
              Names.SOURCE,
              Names.NUMBER,
              Names.TEXT,
              Names.ADDRESSEE,
              Names.ACCEPTANCE,
              Names.STATUS,
              Names.DUE,
              Names.ANSWERED_BY,
              Names.EVIDENCE,
              Names.ACTIONS,
              Names.PARAGRAPHS),
          Names.ID,
          Names.SOURCE);

  static final Shape RECOMMENDATION_ACTION =
      Shape.of(
          "a recommendation action",
          names(Names.NUMBER, Names.TEXT, Names.STATUS, Names.PARAGRAPHS),
          Names.NUMBER);

  static final Shape RECOMMENDATION_TOTAL =
      Shape.of(
          "a recommendation total",
          names(
              Names.ID,
              Names.SOURCE,
              Names.STATUS,
              Names.COUNT,
              Names.ACTIONS,
              Names.DESCRIPTION,
              Names.PARAGRAPHS),
          Names.ID);

  static final Shape ORIGIN = Shape.of("a post origin", names(Names.KIND, Names.FROM), Names.KIND);

  static final Shape SHARE =
      Shape.of("a post share", names(Names.ORIGIN, Names.COUNT), Names.ORIGIN);

  static final Shape INDICATOR =
      Shape.of(
          "an indicator",
          names(
              Names.ID,
              Names.NAME,
              Names.MEASURE,
              Names.DIRECTION,
              Names.BASELINE,
              Names.TARGETS,
              Names.MEASUREMENTS,
              Names.COMMITMENT,
              Names.MEANS_OF_VERIFICATION,
              Names.FREQUENCY,
              Names.RESPONSIBLE,
              Names.PARAGRAPHS),
          Names.ID,
          Names.NAME,
          Names.MEASURE,
          Names.DIRECTION);

  static final Shape MEASURE =
      Shape.of("a measure", names(Names.KIND, Names.CURRENCY, Names.UNIT), Names.KIND)
          .dependent(Names.CURRENCY);

  static final Shape BASELINE =
      Shape.of("a baseline", names(Names.VALUE, Names.DATE, Names.PARAGRAPHS), Names.VALUE);

  static final Shape TARGET =
      Shape.of(
          "a target",
          names(Names.VALUE, Names.DUE, Names.CUMULATIVE, Names.PARAGRAPHS),
          Names.VALUE);

  static final Shape MEASUREMENT =
      Shape.of(
          "a measurement",
          names(
              Names.VALUE,
              Names.DATE,
              Names.SOURCE,
              Names.APPROVED_BY,
              Names.DIMENSIONS,
              Names.NOTE,
              Names.PARAGRAPHS),
          Names.VALUE,
          Names.DATE);

  static final Shape VALUE =
      Shape.of(
              "an indicator value",
              names(Names.KIND, Names.NUMBER, Names.CURRENCY, Names.FLAG, Names.TEXT),
              Names.KIND)
          .dependent(Names.NUMBER, Names.CURRENCY, Names.FLAG, Names.TEXT);

  static final Shape FRAMEWORK =
      Shape.of(
          "a monitoring framework",
          names(
              Names.NAME,
              Names.STATUS,
              Names.WITH_TARGETS,
              Names.PURPOSE,
              Names.COMMITMENT,
              Names.PARAGRAPHS),
          Names.NAME,
          Names.WITH_TARGETS);

  static final Shape ENGAGEMENT =
      Shape.of(
          "a staff engagement",
          names(
              Names.ID,
              Names.KINDS,
              Names.COUNTERPART,
              Names.PARTICIPANTS,
              Names.SUBJECT,
              Names.COUNT,
              Names.PERIOD,
              Names.STATUS,
              Names.COMMITMENT,
              Names.PHASE,
              Names.NOTE,
              Names.PARAGRAPHS),
          Names.ID,
          Names.COUNTERPART,
          Names.SUBJECT);

  static final Shape SUPPORT =
      Shape.of(
          "an external support",
          names(
              Names.ID,
              Names.KIND,
              Names.PROVIDER,
              Names.PROCUREMENT,
              Names.REASON,
              Names.AWARDED,
              Names.STARTED,
              Names.COMMITMENT,
              Names.PARAGRAPHS),
          Names.ID,
          Names.KIND,
          Names.PROVIDER);

  static final Shape POLICY =
      Shape.of(
          "a policy",
          names(
              Names.ID,
              Names.NAME,
              Names.STATUS,
              Names.DESCRIPTION,
              Names.MEASURES,
              Names.COMMITMENT,
              Names.PARAGRAPHS),
          Names.ID,
          Names.NAME,
          Names.STATUS);

  static final Shape COMMITTEE =
      Shape.of(
          "a committee",
          names(
              Names.ID,
              Names.NAME,
              Names.ABBREVIATION,
              Names.FUNCTIONS,
              Names.ADVISES_ON,
              Names.ADVISES,
              Names.APPLIES,
              Names.PARAGRAPHS),
          Names.ID,
          Names.NAME);

  static final Shape UNIT = Shape.of("a unit", names(Names.CODE, Names.NAME), Names.NAME);

  static final Shape FINDINGS =
      Shape.of(
          "a findings document",
          names(Names.SCHEMA_VERSION, Names.FINDINGS),
          Names.SCHEMA_VERSION,
          Names.FINDINGS);

  static final Shape FINDING =
      Shape.of(
          "a finding",
          names(
              Names.CODE,
              Names.SEVERITY,
              Names.PATH,
              Names.MESSAGE,
              Names.MESSAGE_KEY,
              Names.VALUES),
          Names.CODE,
          Names.SEVERITY,
          Names.PATH,
          Names.MESSAGE,
          Names.MESSAGE_KEY,
          Names.VALUES);

  /** Every shape of the format. */
  static final ImmutableList<Shape> SHAPES =
      ImmutableList.of(
          REPORT_ROOT,
          PROGRAMME,
          PROGRAMME_ROOT,
          DOCUMENT,
          COVER,
          FOOTNOTE,
          REFERENCE,
          STATEMENT,
          COMMITMENT,
          PHASE,
          DELIVERABLE,
          MILESTONE,
          POST_LINE,
          POST,
          POST_TOTAL,
          FINANCES,
          FINANCIAL_LINE,
          FINANCE_TOTAL,
          RISK,
          LOCATION,
          DUTY_STATION,
          RELOCATION,
          RECOMMENDATIONS,
          RECOMMENDATION,
          RECOMMENDATION_ACTION,
          RECOMMENDATION_TOTAL,
          ORIGIN,
          SHARE,
          INDICATOR,
          MEASURE,
          BASELINE,
          TARGET,
          MEASUREMENT,
          VALUE,
          FRAMEWORK,
          ENGAGEMENT,
          SUPPORT,
          POLICY,
          COMMITTEE,
          UNIT,
          FINDINGS,
          FINDING);

  /** Every property name of every object of the format. */
  static final ImmutableSet<String> ALL_NAMES =
      SHAPES.stream()
          .flatMap(shape -> shape.names().stream())
          .collect(ImmutableSet.toImmutableSet());

  private Formats() {}

  /**
   * The schema version a report is written with: the lowest that has everything it uses, so that a
   * document that uses nothing new keeps the version (and the bytes) it had. The one place that
   * decides it; a new property of the format adds its condition to {@link
   * #usesVersion12(ReformProgramme)}. Reading accepts the new properties under any 1.x version.
   */
  static String versionFor(ProgressReport report) {
    return versionFor(report.programme());
  }

  /** The schema version a programme is written with; see {@link #versionFor(ProgressReport)}. */
  static String versionFor(ReformProgramme programme) {
    return usesVersion12(programme) ? VERSION_1_2 : SCHEMA_VERSION;
  }

  /**
   * The schema version any top-level value is written with: a report's or a programme's as {@link
   * #versionFor(ProgressReport)} says, anything else (findings) the base version.
   */
  static String versionOf(Object value) {
    if (value instanceof ProgressReport report) {
      return versionFor(report);
    }
    if (value instanceof ReformProgramme programme) {
      return versionFor(programme);
    }
    return SCHEMA_VERSION;
  }

  /**
   * The version a document kept with its unknown properties is written back with: its own, unless
   * it now uses something newer than its own version has (a 1.1 document that now holds risks is
   * written as 1.2). A 1.0 document that uses nothing of 1.2 stays 1.0.
   */
  static String later(String declared, String needed) {
    return needed.equals(SCHEMA_VERSION) || minor(declared) >= minor(needed) ? declared : needed;
  }

  private static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }

  /**
   * Whether a programme uses something new in 1.2: finances, risks, recommendations, a duty station
   * or a relocation.
   */
  private static boolean usesVersion12(ReformProgramme programme) {
    if (!programme.finances().isEmpty()
        || !programme.risks().isEmpty()
        || !programme.recommendations().isEmpty()) {
      return true;
    }
    for (PostDetails post : programme.postLines()) {
      if (usesVersion12(post)) {
        return true;
      }
    }
    for (PostDetails post : programme.posts()) {
      if (usesVersion12(post)) {
        return true;
      }
    }
    return false;
  }

  private static boolean usesVersion12(PostDetails post) {
    return post.relocation().isPresent() || post.location().dutyStation().isPresent();
  }

  private static ImmutableList<String> names(String... names) {
    return ImmutableList.copyOf(names);
  }

  /** The grades by label, made once (each {@link Grade#label()} makes a new string). */
  static final ImmutableMap<String, Grade> GRADES =
      Arrays.stream(Grade.values()).collect(ImmutableMap.toImmutableMap(Grade::label, g -> g));

  /**
   * The JSON words of each enum type, by ordinal, made once: reading and writing ask for them for
   * every value.
   */
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

  /**
   * The JSON word for an enum constant: lower case, words joined by hyphens ({@code not-started}).
   */
  static String word(Enum<?> constant) {
    return WORDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** The JSON words of an enum type, comma-separated, for messages. */
  static String words(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Formats::word)
        .collect(Collectors.joining(", "));
  }

  static String gradeLabels() {
    return Arrays.stream(Grade.values()).map(Grade::label).collect(Collectors.joining(", "));
  }
}
