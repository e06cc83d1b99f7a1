package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A copy made with {@code with…} of any attribute equals a value built afresh with the same
 * attribute values, for every attribute of every builder-made type.
 *
 * <p>For two generated values {@code base} and {@code other} and each attribute {@code x}, {@code
 * base.withX(other.x())} must equal the value a builder makes from {@code base}'s attributes with
 * {@code other.x()} in place of {@code base.x()}. Builders are strict (each attribute set once), so
 * the expected value is built by one helper per type that sets every attribute explicitly, asking a
 * {@link Pick} for the value to take it from; the test checks that each helper asks for exactly the
 * attributes the generated class has {@code with…} methods for, so an attribute added to the model
 * and forgotten here fails the test. When the combination is refused (an engagement's phase without
 * its commitment), copy and build must both refuse it with the same message.
 */
class WithCopyPropertiesTest {

  /** One attribute: its name and how to copy {@code other}'s value of it into {@code base}. */
  private static final class Attribute<T> {
    final String name;
    final BinaryOperator<T> copy;

    Attribute(String name, BinaryOperator<T> copy) {
      this.name = name;
      this.copy = copy;
    }
  }

  private static <T> Attribute<T> attr(String name, BinaryOperator<T> copy) {
    return new Attribute<>(name, copy);
  }

  /** Hands the builder helper {@code other} for the replaced attribute, {@code base} otherwise. */
  static final class Pick<T> {
    private final T base;
    private final T other;
    private final String replaced;
    private final Set<String> asked = new LinkedHashSet<>();

    Pick(T base, T other, String replaced) {
      this.base = base;
      this.other = other;
      this.replaced = replaced;
    }

    T of(String attribute) {
      asked.add(attribute);
      return attribute.equals(replaced) ? other : base;
    }
  }

  /** The outcome of making a value: the value, or the message it was refused with. */
  private static Object outcome(Supplier<?> make) {
    try {
      return make.get();
    } catch (InvalidValueException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** The attributes of a generated type, as named by its {@code with…} methods. */
  static Set<String> attributesOf(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 1) // not the accessor of an attribute named with…
        .map(Method::getName)
        .filter(name -> name.startsWith("with") && name.length() > 4)
        .map(name -> Character.toLowerCase(name.charAt(4)) + name.substring(5))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static <T> void checkEveryAttribute(
      Class<T> type,
      Gen<T> values,
      List<Attribute<T>> attributes,
      Function<Pick<T>, T> build,
      int examples) {
    Set<String> expectedNames = attributesOf(type);
    assertThat(attributes.stream().map(a -> a.name))
        .as("attributes of %s covered by the test", type.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(expectedNames);
    qt().withExamples(examples)
        .forAll(values, values)
        .checkAssert(
            (base, other) -> {
              for (Attribute<T> attribute : attributes) {
                String what = type.getSimpleName() + "." + attribute.name;
                Pick<T> pick = new Pick<>(base, other, attribute.name);
                Object copied = outcome(() -> attribute.copy.apply(base, other));
                Object built = outcome(() -> build.apply(pick));

                assertThat(pick.asked)
                    .as("attributes the %s helper sets", what)
                    .containsExactlyInAnyOrderElementsOf(expectedNames);
                assertThat(copied).as(what).isEqualTo(built);
                assertThat(copied.hashCode())
                    .as("hash code of " + what)
                    .isEqualTo(built.hashCode());
                assertThat(attribute.copy.apply(base, base))
                    .as(what + " copied from itself")
                    .isEqualTo(base);
              }
            });
  }

  @Test
  void theCheckSeesADifferenceInEveryAttribute() {
    // guards the property against passing vacuously: for some pair of generated values, each
    // attribute's copy differs from the base
    Set<String> differing = new LinkedHashSet<>();
    qt().withExamples(50)
        .forAll(ModelGenerators.commitments(), ModelGenerators.commitments())
        .checkAssert(
            (base, other) -> {
              for (Attribute<Commitment> attribute : commitmentAttributes()) {
                if (!attribute.copy.apply(base, other).equals(base)) {
                  differing.add(attribute.name);
                }
              }
            });
    assertThat(differing).containsExactlyInAnyOrderElementsOf(attributesOf(Commitment.class));
  }

  @Test
  void everyWithCopyOfCommitmentEqualsAFreshBuild() {
    checkEveryAttribute(
        Commitment.class,
        ModelGenerators.commitments(),
        commitmentAttributes(),
        WithCopyPropertiesTest::buildCommitment,
        60);
  }

  @Test
  void everyWithCopyOfPhaseEqualsAFreshBuild() {
    checkEveryAttribute(
        Phase.class,
        ModelGenerators.phases(),
        phaseAttributes(),
        WithCopyPropertiesTest::buildPhase,
        100);
  }

  @Test
  void everyWithCopyOfPostLineEqualsAFreshBuild() {
    checkEveryAttribute(
        PostLine.class,
        ModelGenerators.postLines(),
        postLineAttributes(),
        WithCopyPropertiesTest::buildPostLine,
        100);
  }

  @Test
  void everyWithCopyOfPostEqualsAFreshBuild() {
    checkEveryAttribute(
        Post.class,
        ModelGenerators.posts(),
        postAttributes(),
        WithCopyPropertiesTest::buildPost,
        100);
  }

  @Test
  void everyWithCopyOfPostTotalEqualsAFreshBuild() {
    checkEveryAttribute(
        PostTotal.class,
        ModelGenerators.postTotals(),
        postTotalAttributes(),
        WithCopyPropertiesTest::buildPostTotal,
        100);
  }

  @Test
  void everyWithCopyOfIndicatorEqualsAFreshBuild() {
    checkEveryAttribute(
        Indicator.class,
        ModelGenerators.indicators(),
        indicatorAttributes(),
        WithCopyPropertiesTest::buildIndicator,
        60);
  }

  @Test
  void everyWithCopyOfMeasurementEqualsAFreshBuild() {
    checkEveryAttribute(
        Measurement.class,
        ModelGenerators.measurements(),
        measurementAttributes(),
        WithCopyPropertiesTest::buildMeasurement,
        100);
  }

  @Test
  void everyWithCopyOfBaselineEqualsAFreshBuild() {
    checkEveryAttribute(
        Baseline.class,
        ModelGenerators.baselines(),
        baselineAttributes(),
        WithCopyPropertiesTest::buildBaseline,
        100);
  }

  @Test
  void everyWithCopyOfTargetEqualsAFreshBuild() {
    checkEveryAttribute(
        Target.class,
        ModelGenerators.targets(),
        targetAttributes(),
        WithCopyPropertiesTest::buildTarget,
        100);
  }

  @Test
  void everyWithCopyOfStaffEngagementEqualsAFreshBuild() {
    checkEveryAttribute(
        StaffEngagement.class,
        ModelGenerators.staffEngagements(),
        staffEngagementAttributes(),
        WithCopyPropertiesTest::buildStaffEngagement,
        100);
  }

  @Test
  void everyWithCopyOfExternalSupportEqualsAFreshBuild() {
    checkEveryAttribute(
        ExternalSupport.class,
        ModelGenerators.externalSupports(),
        externalSupportAttributes(),
        WithCopyPropertiesTest::buildExternalSupport,
        100);
  }

  @Test
  void everyWithCopyOfPolicyEqualsAFreshBuild() {
    checkEveryAttribute(
        Policy.class,
        ModelGenerators.policies(),
        policyAttributes(),
        WithCopyPropertiesTest::buildPolicy,
        100);
  }

  @Test
  void everyWithCopyOfCommitteeEqualsAFreshBuild() {
    checkEveryAttribute(
        Committee.class,
        ModelGenerators.committees(),
        committeeAttributes(),
        WithCopyPropertiesTest::buildCommittee,
        100);
  }

  @Test
  void everyWithCopyOfDeliverableEqualsAFreshBuild() {
    checkEveryAttribute(
        Deliverable.class,
        ModelGenerators.deliverables(),
        deliverableAttributes(),
        WithCopyPropertiesTest::buildDeliverable,
        100);
  }

  @Test
  void everyWithCopyOfMilestoneEqualsAFreshBuild() {
    checkEveryAttribute(
        Milestone.class,
        ModelGenerators.milestones(),
        milestoneAttributes(),
        WithCopyPropertiesTest::buildMilestone,
        100);
  }

  @Test
  void everyWithCopyOfMonitoringFrameworkEqualsAFreshBuild() {
    checkEveryAttribute(
        MonitoringFramework.class,
        ModelGenerators.monitoringFrameworks(),
        monitoringFrameworkAttributes(),
        WithCopyPropertiesTest::buildMonitoringFramework,
        100);
  }

  @Test
  void everyWithCopyOfStatementEqualsAFreshBuild() {
    checkEveryAttribute(
        Statement.class,
        ModelGenerators.statements(),
        statementAttributes(),
        WithCopyPropertiesTest::buildStatement,
        100);
  }

  @Test
  void everyWithCopyOfDocumentReferenceEqualsAFreshBuild() {
    checkEveryAttribute(
        DocumentReference.class,
        ModelGenerators.documentReferences(),
        documentReferenceAttributes(),
        WithCopyPropertiesTest::buildDocumentReference,
        100);
  }

  @Test
  void everyWithCopyOfFootnoteEqualsAFreshBuild() {
    checkEveryAttribute(
        Footnote.class,
        ModelGenerators.footnotes(),
        footnoteAttributes(),
        WithCopyPropertiesTest::buildFootnote,
        100);
  }

  @Test
  void everyWithCopyOfDocumentCoverEqualsAFreshBuild() {
    checkEveryAttribute(
        DocumentCover.class,
        ModelGenerators.documentCovers(),
        documentCoverAttributes(),
        WithCopyPropertiesTest::buildDocumentCover,
        100);
  }

  @Test
  void everyWithCopyOfGoverningBodyDocumentEqualsAFreshBuild() {
    checkEveryAttribute(
        GoverningBodyDocument.class,
        ModelGenerators.governingBodyDocuments(),
        governingBodyDocumentAttributes(),
        WithCopyPropertiesTest::buildGoverningBodyDocument,
        60);
  }

  @Test
  void everyWithCopyOfReformProgrammeEqualsAFreshBuild() {
    checkEveryAttribute(
        ReformProgramme.class,
        ModelGenerators.reformProgrammes(),
        reformProgrammeAttributes(),
        WithCopyPropertiesTest::buildReformProgramme,
        40);
  }

  @Test
  void everyWithCopyOfProgressReportEqualsAFreshBuild() {
    checkEveryAttribute(
        ProgressReport.class,
        ModelGenerators.progressReports(),
        progressReportAttributes(),
        WithCopyPropertiesTest::buildProgressReport,
        25);
  }

  private static List<Attribute<Commitment>> commitmentAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("title", (b, o) -> b.withTitle(o.title())),
        attr("objective", (b, o) -> b.withObjective(o.objective())),
        attr("scope", (b, o) -> b.withScope(o.scope())),
        attr("owner", (b, o) -> b.withOwner(o.owner())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("started", (b, o) -> b.withStarted(o.started())),
        attr("due", (b, o) -> b.withDue(o.due())),
        attr("affectsStaff", (b, o) -> b.withAffectsStaff(o.affectsStaff())),
        attr("dependsOn", (b, o) -> b.withDependsOn(o.dependsOn())),
        attr("partOf", (b, o) -> b.withPartOf(o.partOf())),
        attr("addressesFindingsOf", (b, o) -> b.withAddressesFindingsOf(o.addressesFindingsOf())),
        attr("phases", (b, o) -> b.withPhases(o.phases())),
        attr("deliverables", (b, o) -> b.withDeliverables(o.deliverables())),
        attr("milestones", (b, o) -> b.withMilestones(o.milestones())),
        attr("statements", (b, o) -> b.withStatements(o.statements())));
  }

  private static List<Attribute<Phase>> phaseAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("name", (b, o) -> b.withName(o.name())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("plannedStart", (b, o) -> b.withPlannedStart(o.plannedStart())),
        attr("plannedEnd", (b, o) -> b.withPlannedEnd(o.plannedEnd())),
        attr("actualStart", (b, o) -> b.withActualStart(o.actualStart())),
        attr("actualEnd", (b, o) -> b.withActualEnd(o.actualEnd())),
        attr("deliverables", (b, o) -> b.withDeliverables(o.deliverables())),
        attr("statements", (b, o) -> b.withStatements(o.statements())));
  }

  private static List<Attribute<PostLine>> postLineAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("location", (b, o) -> b.withLocation(o.location())),
        attr("unit", (b, o) -> b.withUnit(o.unit())),
        attr("category", (b, o) -> b.withCategory(o.category())),
        attr("grade", (b, o) -> b.withGrade(o.grade())),
        attr("origin", (b, o) -> b.withOrigin(o.origin())),
        attr("funding", (b, o) -> b.withFunding(o.funding())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("commitment", (b, o) -> b.withCommitment(o.commitment())),
        attr("relocation", (b, o) -> b.withRelocation(o.relocation())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("count", (b, o) -> b.withCount(o.count())),
        attr("description", (b, o) -> b.withDescription(o.description())),
        attr("ofWhich", (b, o) -> b.withOfWhich(o.ofWhich())));
  }

  private static List<Attribute<Post>> postAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("location", (b, o) -> b.withLocation(o.location())),
        attr("unit", (b, o) -> b.withUnit(o.unit())),
        attr("category", (b, o) -> b.withCategory(o.category())),
        attr("grade", (b, o) -> b.withGrade(o.grade())),
        attr("origin", (b, o) -> b.withOrigin(o.origin())),
        attr("funding", (b, o) -> b.withFunding(o.funding())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("commitment", (b, o) -> b.withCommitment(o.commitment())),
        attr("relocation", (b, o) -> b.withRelocation(o.relocation())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("title", (b, o) -> b.withTitle(o.title())),
        attr("ofWhich", (b, o) -> b.withOfWhich(o.ofWhich())));
  }

  private static List<Attribute<PostTotal>> postTotalAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("description", (b, o) -> b.withDescription(o.description())),
        attr("count", (b, o) -> b.withCount(o.count())),
        attr("lines", (b, o) -> b.withLines(o.lines())));
  }

  private static List<Attribute<Indicator>> indicatorAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("name", (b, o) -> b.withName(o.name())),
        attr("measure", (b, o) -> b.withMeasure(o.measure())),
        attr("direction", (b, o) -> b.withDirection(o.direction())),
        attr("baseline", (b, o) -> b.withBaseline(o.baseline())),
        attr("targets", (b, o) -> b.withTargets(o.targets())),
        attr("measurements", (b, o) -> b.withMeasurements(o.measurements())),
        attr("commitment", (b, o) -> b.withCommitment(o.commitment())),
        attr("meansOfVerification", (b, o) -> b.withMeansOfVerification(o.meansOfVerification())),
        attr("frequency", (b, o) -> b.withFrequency(o.frequency())),
        attr("responsible", (b, o) -> b.withResponsible(o.responsible())));
  }

  private static List<Attribute<Measurement>> measurementAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("value", (b, o) -> b.withValue(o.value())),
        attr("date", (b, o) -> b.withDate(o.date())),
        attr("source", (b, o) -> b.withSource(o.source())),
        attr("approvedBy", (b, o) -> b.withApprovedBy(o.approvedBy())),
        attr("dimensions", (b, o) -> b.withDimensions(o.dimensions())),
        attr("note", (b, o) -> b.withNote(o.note())));
  }

  private static List<Attribute<Baseline>> baselineAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("value", (b, o) -> b.withValue(o.value())),
        attr("date", (b, o) -> b.withDate(o.date())));
  }

  private static List<Attribute<Target>> targetAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("value", (b, o) -> b.withValue(o.value())),
        attr("due", (b, o) -> b.withDue(o.due())),
        attr("cumulative", (b, o) -> b.withCumulative(o.cumulative())));
  }

  private static List<Attribute<StaffEngagement>> staffEngagementAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("kinds", (b, o) -> b.withKinds(o.kinds())),
        attr("counterpart", (b, o) -> b.withCounterpart(o.counterpart())),
        attr("participants", (b, o) -> b.withParticipants(o.participants())),
        attr("subject", (b, o) -> b.withSubject(o.subject())),
        attr("count", (b, o) -> b.withCount(o.count())),
        attr("period", (b, o) -> b.withPeriod(o.period())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("commitment", (b, o) -> b.withCommitment(o.commitment())),
        attr("phase", (b, o) -> b.withPhase(o.phase())),
        attr("note", (b, o) -> b.withNote(o.note())));
  }

  private static List<Attribute<ExternalSupport>> externalSupportAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("kind", (b, o) -> b.withKind(o.kind())),
        attr("provider", (b, o) -> b.withProvider(o.provider())),
        attr("procurement", (b, o) -> b.withProcurement(o.procurement())),
        attr("reason", (b, o) -> b.withReason(o.reason())),
        attr("awarded", (b, o) -> b.withAwarded(o.awarded())),
        attr("started", (b, o) -> b.withStarted(o.started())),
        attr("commitment", (b, o) -> b.withCommitment(o.commitment())));
  }

  private static List<Attribute<Policy>> policyAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("name", (b, o) -> b.withName(o.name())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("description", (b, o) -> b.withDescription(o.description())),
        attr("measures", (b, o) -> b.withMeasures(o.measures())),
        attr("commitment", (b, o) -> b.withCommitment(o.commitment())));
  }

  private static List<Attribute<Committee>> committeeAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("name", (b, o) -> b.withName(o.name())),
        attr("abbreviation", (b, o) -> b.withAbbreviation(o.abbreviation())),
        attr("functions", (b, o) -> b.withFunctions(o.functions())),
        attr("advisesOn", (b, o) -> b.withAdvisesOn(o.advisesOn())),
        attr("advises", (b, o) -> b.withAdvises(o.advises())),
        attr("applies", (b, o) -> b.withApplies(o.applies())));
  }

  private static List<Attribute<Deliverable>> deliverableAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("name", (b, o) -> b.withName(o.name())),
        attr("description", (b, o) -> b.withDescription(o.description())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("quantity", (b, o) -> b.withQuantity(o.quantity())),
        attr("due", (b, o) -> b.withDue(o.due())),
        attr("announced", (b, o) -> b.withAnnounced(o.announced())),
        attr("documents", (b, o) -> b.withDocuments(o.documents())));
  }

  private static List<Attribute<Milestone>> milestoneAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("description", (b, o) -> b.withDescription(o.description())),
        attr("due", (b, o) -> b.withDue(o.due())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("addressee", (b, o) -> b.withAddressee(o.addressee())));
  }

  private static List<Attribute<MonitoringFramework>> monitoringFrameworkAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("name", (b, o) -> b.withName(o.name())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("withTargets", (b, o) -> b.withWithTargets(o.withTargets())),
        attr("purpose", (b, o) -> b.withPurpose(o.purpose())),
        attr("commitment", (b, o) -> b.withCommitment(o.commitment())));
  }

  private static List<Attribute<Statement>> statementAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("kind", (b, o) -> b.withKind(o.kind())),
        attr("text", (b, o) -> b.withText(o.text())),
        attr("references", (b, o) -> b.withReferences(o.references())));
  }

  private static List<Attribute<DocumentReference>> documentReferenceAttributes() {
    return List.of(
        attr("symbol", (b, o) -> b.withSymbol(o.symbol())),
        attr("title", (b, o) -> b.withTitle(o.title())),
        attr("date", (b, o) -> b.withDate(o.date())),
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())));
  }

  private static List<Attribute<Footnote>> footnoteAttributes() {
    return List.of(
        attr("number", (b, o) -> b.withNumber(o.number())),
        attr("text", (b, o) -> b.withText(o.text())),
        attr("paragraph", (b, o) -> b.withParagraph(o.paragraph())),
        attr("references", (b, o) -> b.withReferences(o.references())));
  }

  private static List<Attribute<DocumentCover>> documentCoverAttributes() {
    return List.of(
        attr("purpose", (b, o) -> b.withPurpose(o.purpose())),
        attr("strategicObjective", (b, o) -> b.withStrategicObjective(o.strategicObjective())),
        attr("mainOutcome", (b, o) -> b.withMainOutcome(o.mainOutcome())),
        attr("policyImplications", (b, o) -> b.withPolicyImplications(o.policyImplications())),
        attr("legalImplications", (b, o) -> b.withLegalImplications(o.legalImplications())),
        attr(
            "financialImplications",
            (b, o) -> b.withFinancialImplications(o.financialImplications())),
        attr("followUpAction", (b, o) -> b.withFollowUpAction(o.followUpAction())),
        attr("authorUnit", (b, o) -> b.withAuthorUnit(o.authorUnit())),
        attr("relatedDocuments", (b, o) -> b.withRelatedDocuments(o.relatedDocuments())));
  }

  private static List<Attribute<GoverningBodyDocument>> governingBodyDocumentAttributes() {
    return List.of(
        attr("symbol", (b, o) -> b.withSymbol(o.symbol())),
        attr("title", (b, o) -> b.withTitle(o.title())),
        attr("heading", (b, o) -> b.withHeading(o.heading())),
        attr("agendaItem", (b, o) -> b.withAgendaItem(o.agendaItem())),
        attr("sectionName", (b, o) -> b.withSectionName(o.sectionName())),
        attr("sessionPlace", (b, o) -> b.withSessionPlace(o.sessionPlace())),
        attr("sessionDates", (b, o) -> b.withSessionDates(o.sessionDates())),
        attr("date", (b, o) -> b.withDate(o.date())),
        attr("organ", (b, o) -> b.withOrgan(o.organ())),
        attr("session", (b, o) -> b.withSession(o.session())),
        attr("distribution", (b, o) -> b.withDistribution(o.distribution())),
        attr("originalLanguage", (b, o) -> b.withOriginalLanguage(o.originalLanguage())),
        attr("actionsRequested", (b, o) -> b.withActionsRequested(o.actionsRequested())),
        attr("contacts", (b, o) -> b.withContacts(o.contacts())),
        attr("cover", (b, o) -> b.withCover(o.cover())),
        attr("footnotes", (b, o) -> b.withFootnotes(o.footnotes())));
  }

  private static List<Attribute<ReformProgramme>> reformProgrammeAttributes() {
    return List.of(
        attr("paragraphs", (b, o) -> b.withParagraphs(o.paragraphs())),
        attr("id", (b, o) -> b.withId(o.id())),
        attr("name", (b, o) -> b.withName(o.name())),
        attr("organization", (b, o) -> b.withOrganization(o.organization())),
        attr("owner", (b, o) -> b.withOwner(o.owner())),
        attr("launched", (b, o) -> b.withLaunched(o.launched())),
        attr("status", (b, o) -> b.withStatus(o.status())),
        attr("commitments", (b, o) -> b.withCommitments(o.commitments())),
        attr("postLines", (b, o) -> b.withPostLines(o.postLines())),
        attr("posts", (b, o) -> b.withPosts(o.posts())),
        attr("postTotals", (b, o) -> b.withPostTotals(o.postTotals())),
        attr("finances", (b, o) -> b.withFinances(o.finances())),
        attr("risks", (b, o) -> b.withRisks(o.risks())),
        attr("indicators", (b, o) -> b.withIndicators(o.indicators())),
        attr("monitoringFramework", (b, o) -> b.withMonitoringFramework(o.monitoringFramework())),
        attr("engagements", (b, o) -> b.withEngagements(o.engagements())),
        attr("externalSupport", (b, o) -> b.withExternalSupport(o.externalSupport())),
        attr("policies", (b, o) -> b.withPolicies(o.policies())),
        attr("committees", (b, o) -> b.withCommittees(o.committees())),
        attr("recommendations", (b, o) -> b.withRecommendations(o.recommendations())),
        attr("statements", (b, o) -> b.withStatements(o.statements())));
  }

  private static List<Attribute<ProgressReport>> progressReportAttributes() {
    return List.of(
        attr("document", (b, o) -> b.withDocument(o.document())),
        attr("asOf", (b, o) -> b.withAsOf(o.asOf())),
        attr("previousReport", (b, o) -> b.withPreviousReport(o.previousReport())),
        attr("programme", (b, o) -> b.withProgramme(o.programme())),
        attr("statements", (b, o) -> b.withStatements(o.statements())),
        attr("reconstructed", (b, o) -> b.withReconstructed(o.reconstructed())),
        attr("reconstructionNote", (b, o) -> b.withReconstructionNote(o.reconstructionNote())));
  }

  private static Commitment buildCommitment(Pick<Commitment> p) {
    return Commitment.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .title(p.of("title").title())
        .objective(p.of("objective").objective())
        .scope(p.of("scope").scope())
        .owner(p.of("owner").owner())
        .status(p.of("status").status())
        .started(p.of("started").started())
        .due(p.of("due").due())
        .affectsStaff(p.of("affectsStaff").affectsStaff())
        .addAllDependsOn(p.of("dependsOn").dependsOn())
        .partOf(p.of("partOf").partOf())
        .addAllAddressesFindingsOf(p.of("addressesFindingsOf").addressesFindingsOf())
        .addAllPhases(p.of("phases").phases())
        .addAllDeliverables(p.of("deliverables").deliverables())
        .addAllMilestones(p.of("milestones").milestones())
        .addAllStatements(p.of("statements").statements())
        .build();
  }

  private static Phase buildPhase(Pick<Phase> p) {
    return Phase.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .name(p.of("name").name())
        .status(p.of("status").status())
        .plannedStart(p.of("plannedStart").plannedStart())
        .plannedEnd(p.of("plannedEnd").plannedEnd())
        .actualStart(p.of("actualStart").actualStart())
        .actualEnd(p.of("actualEnd").actualEnd())
        .addAllDeliverables(p.of("deliverables").deliverables())
        .addAllStatements(p.of("statements").statements())
        .build();
  }

  private static PostLine buildPostLine(Pick<PostLine> p) {
    return PostLine.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .location(p.of("location").location())
        .unit(p.of("unit").unit())
        .category(p.of("category").category())
        .grade(p.of("grade").grade())
        .origin(p.of("origin").origin())
        .funding(p.of("funding").funding())
        .status(p.of("status").status())
        .commitment(p.of("commitment").commitment())
        .relocation(p.of("relocation").relocation())
        .id(p.of("id").id())
        .count(p.of("count").count())
        .description(p.of("description").description())
        .addAllOfWhich(p.of("ofWhich").ofWhich())
        .build();
  }

  private static Post buildPost(Pick<Post> p) {
    return Post.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .location(p.of("location").location())
        .unit(p.of("unit").unit())
        .category(p.of("category").category())
        .grade(p.of("grade").grade())
        .origin(p.of("origin").origin())
        .funding(p.of("funding").funding())
        .status(p.of("status").status())
        .commitment(p.of("commitment").commitment())
        .relocation(p.of("relocation").relocation())
        .id(p.of("id").id())
        .title(p.of("title").title())
        .addAllOfWhich(p.of("ofWhich").ofWhich())
        .build();
  }

  private static PostTotal buildPostTotal(Pick<PostTotal> p) {
    return PostTotal.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .description(p.of("description").description())
        .count(p.of("count").count())
        .addAllLines(p.of("lines").lines())
        .build();
  }

  private static Indicator buildIndicator(Pick<Indicator> p) {
    return Indicator.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .name(p.of("name").name())
        .measure(p.of("measure").measure())
        .direction(p.of("direction").direction())
        .baseline(p.of("baseline").baseline())
        .addAllTargets(p.of("targets").targets())
        .addAllMeasurements(p.of("measurements").measurements())
        .commitment(p.of("commitment").commitment())
        .meansOfVerification(p.of("meansOfVerification").meansOfVerification())
        .frequency(p.of("frequency").frequency())
        .responsible(p.of("responsible").responsible())
        .build();
  }

  private static Measurement buildMeasurement(Pick<Measurement> p) {
    return Measurement.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .value(p.of("value").value())
        .date(p.of("date").date())
        .source(p.of("source").source())
        .approvedBy(p.of("approvedBy").approvedBy())
        .putAllDimensions(p.of("dimensions").dimensions())
        .note(p.of("note").note())
        .build();
  }

  private static Baseline buildBaseline(Pick<Baseline> p) {
    return Baseline.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .value(p.of("value").value())
        .date(p.of("date").date())
        .build();
  }

  private static Target buildTarget(Pick<Target> p) {
    return Target.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .value(p.of("value").value())
        .due(p.of("due").due())
        .cumulative(p.of("cumulative").cumulative())
        .build();
  }

  private static StaffEngagement buildStaffEngagement(Pick<StaffEngagement> p) {
    return StaffEngagement.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .addAllKinds(p.of("kinds").kinds())
        .counterpart(p.of("counterpart").counterpart())
        .participants(p.of("participants").participants())
        .subject(p.of("subject").subject())
        .count(p.of("count").count())
        .period(p.of("period").period())
        .status(p.of("status").status())
        .commitment(p.of("commitment").commitment())
        .phase(p.of("phase").phase())
        .note(p.of("note").note())
        .build();
  }

  private static ExternalSupport buildExternalSupport(Pick<ExternalSupport> p) {
    return ExternalSupport.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .kind(p.of("kind").kind())
        .provider(p.of("provider").provider())
        .procurement(p.of("procurement").procurement())
        .reason(p.of("reason").reason())
        .awarded(p.of("awarded").awarded())
        .started(p.of("started").started())
        .commitment(p.of("commitment").commitment())
        .build();
  }

  private static Policy buildPolicy(Pick<Policy> p) {
    return Policy.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .name(p.of("name").name())
        .status(p.of("status").status())
        .description(p.of("description").description())
        .addAllMeasures(p.of("measures").measures())
        .commitment(p.of("commitment").commitment())
        .build();
  }

  private static Committee buildCommittee(Pick<Committee> p) {
    return Committee.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .name(p.of("name").name())
        .abbreviation(p.of("abbreviation").abbreviation())
        .addAllFunctions(p.of("functions").functions())
        .addAllAdvisesOn(p.of("advisesOn").advisesOn())
        .advises(p.of("advises").advises())
        .addAllApplies(p.of("applies").applies())
        .build();
  }

  private static Deliverable buildDeliverable(Pick<Deliverable> p) {
    return Deliverable.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .name(p.of("name").name())
        .description(p.of("description").description())
        .status(p.of("status").status())
        .quantity(p.of("quantity").quantity())
        .due(p.of("due").due())
        .announced(p.of("announced").announced())
        .addAllDocuments(p.of("documents").documents())
        .build();
  }

  private static Milestone buildMilestone(Pick<Milestone> p) {
    return Milestone.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .description(p.of("description").description())
        .due(p.of("due").due())
        .status(p.of("status").status())
        .addressee(p.of("addressee").addressee())
        .build();
  }

  private static MonitoringFramework buildMonitoringFramework(Pick<MonitoringFramework> p) {
    return MonitoringFramework.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .name(p.of("name").name())
        .status(p.of("status").status())
        .withTargets(p.of("withTargets").withTargets())
        .purpose(p.of("purpose").purpose())
        .commitment(p.of("commitment").commitment())
        .build();
  }

  private static Statement buildStatement(Pick<Statement> p) {
    return Statement.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .kind(p.of("kind").kind())
        .text(p.of("text").text())
        .addAllReferences(p.of("references").references())
        .build();
  }

  private static DocumentReference buildDocumentReference(Pick<DocumentReference> p) {
    return DocumentReference.builder()
        .symbol(p.of("symbol").symbol())
        .title(p.of("title").title())
        .date(p.of("date").date())
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .build();
  }

  private static Footnote buildFootnote(Pick<Footnote> p) {
    return Footnote.builder()
        .number(p.of("number").number())
        .text(p.of("text").text())
        .paragraph(p.of("paragraph").paragraph())
        .addAllReferences(p.of("references").references())
        .build();
  }

  private static DocumentCover buildDocumentCover(Pick<DocumentCover> p) {
    return DocumentCover.builder()
        .purpose(p.of("purpose").purpose())
        .strategicObjective(p.of("strategicObjective").strategicObjective())
        .mainOutcome(p.of("mainOutcome").mainOutcome())
        .policyImplications(p.of("policyImplications").policyImplications())
        .legalImplications(p.of("legalImplications").legalImplications())
        .financialImplications(p.of("financialImplications").financialImplications())
        .followUpAction(p.of("followUpAction").followUpAction())
        .authorUnit(p.of("authorUnit").authorUnit())
        .addAllRelatedDocuments(p.of("relatedDocuments").relatedDocuments())
        .build();
  }

  private static GoverningBodyDocument buildGoverningBodyDocument(Pick<GoverningBodyDocument> p) {
    return GoverningBodyDocument.builder()
        .symbol(p.of("symbol").symbol())
        .title(p.of("title").title())
        .heading(p.of("heading").heading())
        .agendaItem(p.of("agendaItem").agendaItem())
        .sectionName(p.of("sectionName").sectionName())
        .sessionPlace(p.of("sessionPlace").sessionPlace())
        .sessionDates(p.of("sessionDates").sessionDates())
        .date(p.of("date").date())
        .organ(p.of("organ").organ())
        .session(p.of("session").session())
        .distribution(p.of("distribution").distribution())
        .originalLanguage(p.of("originalLanguage").originalLanguage())
        .addAllActionsRequested(p.of("actionsRequested").actionsRequested())
        .addAllContacts(p.of("contacts").contacts())
        .cover(p.of("cover").cover())
        .addAllFootnotes(p.of("footnotes").footnotes())
        .build();
  }

  private static ReformProgramme buildReformProgramme(Pick<ReformProgramme> p) {
    return ReformProgramme.builder()
        .addAllParagraphs(p.of("paragraphs").paragraphs())
        .id(p.of("id").id())
        .name(p.of("name").name())
        .organization(p.of("organization").organization())
        .owner(p.of("owner").owner())
        .launched(p.of("launched").launched())
        .status(p.of("status").status())
        .addAllCommitments(p.of("commitments").commitments())
        .addAllPostLines(p.of("postLines").postLines())
        .addAllPosts(p.of("posts").posts())
        .addAllPostTotals(p.of("postTotals").postTotals())
        .finances(p.of("finances").finances())
        .addAllRisks(p.of("risks").risks())
        .addAllIndicators(p.of("indicators").indicators())
        .monitoringFramework(p.of("monitoringFramework").monitoringFramework())
        .addAllEngagements(p.of("engagements").engagements())
        .addAllExternalSupport(p.of("externalSupport").externalSupport())
        .addAllPolicies(p.of("policies").policies())
        .addAllCommittees(p.of("committees").committees())
        .recommendations(p.of("recommendations").recommendations())
        .addAllStatements(p.of("statements").statements())
        .build();
  }

  private static ProgressReport buildProgressReport(Pick<ProgressReport> p) {
    return ProgressReport.builder()
        .document(p.of("document").document())
        .asOf(p.of("asOf").asOf())
        .previousReport(p.of("previousReport").previousReport())
        .programme(p.of("programme").programme())
        .addAllStatements(p.of("statements").statements())
        .reconstructed(p.of("reconstructed").reconstructed())
        .reconstructionNote(p.of("reconstructionNote").reconstructionNote())
        .build();
  }
}
