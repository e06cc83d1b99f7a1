package org.reformkit.json;

/**
 * The property names of the format, each spelled once: the shapes ({@link Formats}), the reading
 * binders and the writing use these constants. Internal.
 */
final class Names {
  static final String ABBREVIATION = "abbreviation";
  static final String ACCEPTANCE = "acceptance";
  static final String ACTIONS = "actions";
  static final String ACTIONS_REQUESTED = "actionsRequested";
  static final String ACTUAL_END = "actualEnd";
  static final String ACTUAL_START = "actualStart";
  static final String ADDRESSEE = "addressee";
  static final String ADDRESSES_FINDINGS_OF = "addressesFindingsOf";
  static final String ADVISES = "advises";
  static final String ADVISES_ON = "advisesOn";
  static final String AFFECTS_STAFF = "affectsStaff";
  static final String AGENDA_ITEM = "agendaItem";
  static final String ANNOUNCED = "announced";
  static final String ANSWERED_BY = "answeredBy";
  static final String APPLIES = "applies";
  static final String APPROVED_BY = "approvedBy";
  static final String AS_OF = "asOf";
  static final String AUTHOR_UNIT = "authorUnit";
  static final String AWARDED = "awarded";
  static final String BASELINE = "baseline";
  static final String CATEGORY = "category";
  static final String CITY = "city";
  static final String CODE = "code";
  static final String COMMITMENT = "commitment";
  static final String COMMITMENTS = "commitments";
  static final String COMMITTEES = "committees";
  static final String CONTACTS = "contacts";
  static final String COUNT = "count";
  static final String COUNTERPART = "counterpart";
  static final String COUNTRY = "country";
  static final String COVER = "cover";
  static final String CUMULATIVE = "cumulative";
  static final String CURRENCY = "currency";
  static final String DATE = "date";
  static final String DELIVERABLES = "deliverables";
  static final String DEPENDS_ON = "dependsOn";
  static final String DESCRIPTION = "description";
  static final String DIMENSIONS = "dimensions";
  static final String DIRECTION = "direction";
  static final String DISTRIBUTION = "distribution";
  static final String DOCUMENT = "document";
  static final String DOCUMENTS = "documents";
  static final String DUE = "due";
  static final String DUTY_STATION = "dutyStation";
  static final String EMAIL = "email";
  static final String ENGAGEMENTS = "engagements";
  static final String EVIDENCE = "evidence";
  static final String EXTERNAL_SUPPORT = "externalSupport";
  static final String FINANCIAL_IMPLICATIONS = "financialImplications";
  static final String FINDINGS = "findings";
  static final String FLAG = "flag";
  static final String FOLLOW_UP_ACTION = "followUpAction";
  static final String FOOTNOTES = "footnotes";
  static final String FREQUENCY = "frequency";
  static final String FROM = "from";
  static final String FUNCTIONS = "functions";
  static final String FUNDING = "funding";
  static final String GRADE = "grade";
  static final String HEADING = "heading";
  static final String ID = "id";
  static final String INDICATORS = "indicators";
  static final String KIND = "kind";
  static final String KINDS = "kinds";
  static final String LAUNCHED = "launched";
  static final String LEGAL_IMPLICATIONS = "legalImplications";
  static final String LINES = "lines";
  static final String LISTED = "listed";
  static final String LOCATION = "location";
  static final String MAIN_OUTCOME = "mainOutcome";
  static final String MEANS_OF_VERIFICATION = "meansOfVerification";
  static final String MEASURE = "measure";
  static final String MEASUREMENTS = "measurements";
  static final String MEASURES = "measures";
  static final String MESSAGE = "message";
  static final String MESSAGE_KEY = "messageKey";
  static final String MILESTONES = "milestones";
  static final String MONITORING_FRAMEWORK = "monitoringFramework";
  static final String NAME = "name";
  static final String NOTE = "note";
  static final String NUMBER = "number";
  static final String OBJECTIVE = "objective";
  static final String OF_WHICH = "ofWhich";
  static final String ORGAN = "organ";
  static final String ORGANIZATION = "organization";
  static final String ORIGIN = "origin";
  static final String ORIGINAL_LANGUAGE = "originalLanguage";
  static final String OWNER = "owner";
  static final String PARAGRAPH = "paragraph";
  static final String PARAGRAPHS = "paragraphs";
  static final String PARTICIPANTS = "participants";
  static final String PART_OF = "partOf";
  static final String PATH = "path";
  static final String PERIOD = "period";
  static final String PHASE = "phase";
  static final String PHASES = "phases";
  static final String PLANNED_END = "plannedEnd";
  static final String PLANNED_START = "plannedStart";
  static final String POLICIES = "policies";
  static final String POLICY_IMPLICATIONS = "policyImplications";
  static final String POSTS = "posts";
  static final String POST_LINES = "postLines";
  static final String POST_TOTALS = "postTotals";
  static final String PREVIOUS_REPORT = "previousReport";
  static final String PROCUREMENT = "procurement";
  static final String PROGRAMME = "programme";
  static final String PROVIDER = "provider";
  static final String PURPOSE = "purpose";
  static final String QUANTITY = "quantity";
  static final String REASON = "reason";
  static final String RECOMMENDATIONS = "recommendations";
  static final String RECONSTRUCTED = "reconstructed";
  static final String RECONSTRUCTION_NOTE = "reconstructionNote";
  static final String REFERENCES = "references";
  static final String RELATED_DOCUMENTS = "relatedDocuments";
  static final String RELOCATION = "relocation";
  static final String RESPONSIBLE = "responsible";
  static final String ROLE = "role";
  static final String SCHEMA_VERSION = "schemaVersion";
  static final String SCOPE = "scope";
  static final String SECTION_NAME = "sectionName";
  static final String SESSION = "session";
  static final String SESSION_DATES = "sessionDates";
  static final String SESSION_PLACE = "sessionPlace";
  static final String SEVERITY = "severity";
  static final String SOURCE = "source";
  static final String STARTED = "started";
  static final String STATEMENTS = "statements";
  static final String STATUS = "status";
  static final String STRATEGIC_OBJECTIVE = "strategicObjective";
  static final String SUBJECT = "subject";
  static final String SYMBOL = "symbol";
  static final String TARGETS = "targets";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String TO = "to";
  static final String TOTALS = "totals";
  static final String UNIT = "unit";
  static final String VALUE = "value";
  static final String VALUES = "values";
  static final String WITH_TARGETS = "withTargets";

  private Names() {}

  static final String AMOUNT = "amount";

  static final String FINANCES = "finances";

  static final String IDENTIFIED = "identified";

  static final String IMPACT = "impact";

  static final String LIKELIHOOD = "likelihood";

  static final String MITIGATION = "mitigation";

  static final String RECURRENCE = "recurrence";

  static final String RISKS = "risks";

  static final String TREND = "trend";
}
