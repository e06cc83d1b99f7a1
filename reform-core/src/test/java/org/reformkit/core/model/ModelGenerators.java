package org.reformkit.core.model;

import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every value of the model.
 *
 * <p>Every generator draws from the randomness source only through ranges, picks and sizes whose
 * shrink point is the simplest choice (the first entry of a pick list, the smallest count, the
 * shortest list, an absent optional), so a failing example shrinks towards a small, readable value.
 * Generated values are always valid: they are meant for properties of valid values. Invalid input
 * is tested example by example.
 *
 * <p>Public so that tests of other reform-core packages (rules, analyses) can use it; when the
 * tests are patched into the module, QuickTheories' {@code Gen} comes from the unnamed module,
 * hence the suppressed {@code exports} lint.
 */
@SuppressWarnings("exports")
public final class ModelGenerators {
  private static final List<Character> ID_FIRST =
      chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  private static final List<Character> ID_REST =
      chars("abcdefghijklmnopqrstuvwxyz0123456789._:/-ABCXYZ");
  private static final List<String> LANGUAGES =
      List.of("en", "zh", "fr", "es", "zh-Hant", "pt-BR", "ar", "ru");
  private static final List<String> TEXTS =
      List.of(
          "a",
          "Business process review",
          "业务流程审查",
          "收集数据",
          "Recruitment, Assignment and Mobility Committee",
          "22 个新的技术职位",
          "  padded  ",
          "line\nbreak");
  private static final List<String> UNIT_CODES = List.of("DDG/MR", "HRD", "INST", "PARDEV", "X");
  private static final List<String> CURRENCIES = List.of("USD", "CHF", "EUR", "CNY");
  private static final List<String> PATH_NAMES =
      List.of("commitments", "phases", "a", "cover", "post lines", "名称", "x-y", "0", "é");
  private static final List<String> PATH_KEYS =
      List.of("bpr", "0", "", "a.b", "[", "c d", "GB.325/INS/15/1", "数据");

  private ModelGenerators() {}

  private static List<Character> chars(String text) {
    return text.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- small building blocks

  /** An optional that is empty at the shrink point. */
  static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return in ->
        Generate.booleans().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** An immutable list of 0 to {@code max} elements. */
  static <T> Gen<ImmutableList<T>> listsOf(Gen<T> gen, int max) {
    return lists().of(gen).ofSizeBetween(0, max).map(ImmutableList::copyOf);
  }

  /** Distinct elements, 0 to {@code max} of them, in generation order. */
  static <T> Gen<ImmutableList<T>> distinctListsOf(Gen<T> gen, int max) {
    return listsOf(gen, max).map(l -> ImmutableList.copyOf(new LinkedHashSet<>(l)));
  }

  /** Positive paragraph numbers, as cited in a report. */
  public static Gen<ImmutableList<Integer>> paragraphs() {
    return listsOf(Generate.range(1, 60), 3);
  }

  /** Text that matches the identifier rule: 1 to 9 letters, digits and {@code . _ : / -}. */
  public static Gen<String> identifierTexts() {
    return in -> {
      StringBuilder out = new StringBuilder();
      out.append(Generate.pick(ID_FIRST).generate(in));
      for (char c : lists().of(Generate.pick(ID_REST)).ofSizeBetween(0, 8).generate(in)) {
        out.append(c);
      }
      return out.toString();
    };
  }

  /** Plain texts, some Chinese, none blank. */
  public static Gen<String> texts() {
    return Generate.pick(TEXTS);
  }

  /** A text in one to three languages. */
  public static Gen<LocalizedText> localizedTexts() {
    return in -> {
      List<String> tags =
          lists().of(Generate.pick(LANGUAGES)).ofSizeBetween(1, 3).generate(in).stream()
              .distinct()
              .collect(Collectors.toList());
      Map<String, String> texts = new LinkedHashMap<>();
      for (String tag : tags) {
        texts.put(tag, texts().generate(in));
      }
      return LocalizedText.of(texts);
    };
  }

  /** An organisational unit, with or without a code. */
  public static Gen<OrgUnit> orgUnits() {
    return in ->
        OrgUnit.of(
            optionals(Generate.pick(UNIT_CODES)).generate(in), localizedTexts().generate(in));
  }

  /** A location of a post. */
  public static Gen<Location> locations() {
    return in ->
        Location.of(
                Generate.enumValues(LocationKind.class).generate(in),
                optionals(localizedTexts()).generate(in))
            .withDutyStation(optionals(dutyStations()).generate(in));
  }

  /** A duty station in one of a few countries. */
  public static Gen<DutyStation> dutyStations() {
    return in ->
        DutyStation.of(
            localizedTexts().generate(in),
            Generate.pick(List.of("KE", "CH", "TH", "US")).generate(in));
  }

  /** A move of posts between two generated locations (possibly the same one, or none stated). */
  public static Gen<Relocation> relocations() {
    return in ->
        Relocation.builder()
            .from(locations().generate(in))
            .to(optionals(locations()).generate(in))
            .date(optionals(partialDates()).generate(in))
            .addAllParagraphs(paragraphs().generate(in))
            .build();
  }

  /** A recommendation with a number, some of its facts not stated. */
  public static Gen<Recommendation> recommendations() {
    return in ->
        Recommendation.builder()
            .id(identifierTexts().map(RecommendationId::of).generate(in))
            .source(documentReferences().generate(in))
            .number(identifierTexts().generate(in))
            .text(optionals(localizedTexts()).generate(in))
            .addressee(optionals(Generate.enumValues(Addressee.class)).generate(in))
            .acceptance(optionals(Generate.enumValues(Acceptance.class)).generate(in))
            .status(optionals(Generate.enumValues(ImplementationStatus.class)).generate(in))
            .due(optionals(partialDates()).generate(in))
            .addAllAnsweredBy(listsOf(commitmentIds(), 2).generate(in))
            .addAllParagraphs(paragraphs().generate(in))
            .build();
  }

  /** Listed recommendations and stated counts of them. */
  public static Gen<Recommendations> recommendationSets() {
    return in ->
        Recommendations.builder()
            .addAllListed(listsOf(recommendations(), 2).generate(in))
            .addAllTotals(
                listsOf(
                        (Gen<RecommendationTotal>)
                            i ->
                                RecommendationTotal.builder()
                                    .id(
                                        identifierTexts()
                                            .map(RecommendationTotalId::of)
                                            .generate(i))
                                    .status(
                                        optionals(Generate.enumValues(ImplementationStatus.class))
                                            .generate(i))
                                    .count(Generate.range(0, 120).generate(i))
                                    .build(),
                        2)
                    .generate(in))
            .build();
  }

  // ---------------------------------------------------------------- identifiers

  public static Gen<CommitmentId> commitmentIds() {
    return identifierTexts().map(CommitmentId::of);
  }

  public static Gen<PhaseId> phaseIds() {
    return identifierTexts().map(PhaseId::of);
  }

  public static Gen<DeliverableId> deliverableIds() {
    return identifierTexts().map(DeliverableId::of);
  }

  public static Gen<MilestoneId> milestoneIds() {
    return identifierTexts().map(MilestoneId::of);
  }

  public static Gen<StatementId> statementIds() {
    return identifierTexts().map(StatementId::of);
  }

  public static Gen<PostId> postIds() {
    return identifierTexts().map(PostId::of);
  }

  public static Gen<PostLineId> postLineIds() {
    return identifierTexts().map(PostLineId::of);
  }

  public static Gen<PostTotalId> postTotalIds() {
    return identifierTexts().map(PostTotalId::of);
  }

  public static Gen<IndicatorId> indicatorIds() {
    return identifierTexts().map(IndicatorId::of);
  }

  public static Gen<EngagementId> engagementIds() {
    return identifierTexts().map(EngagementId::of);
  }

  public static Gen<SupportId> supportIds() {
    return identifierTexts().map(SupportId::of);
  }

  public static Gen<PolicyId> policyIds() {
    return identifierTexts().map(PolicyId::of);
  }

  public static Gen<CommitteeId> committeeIds() {
    return identifierTexts().map(CommitteeId::of);
  }

  public static Gen<ProgrammeId> programmeIds() {
    return identifierTexts().map(ProgrammeId::of);
  }

  // ---------------------------------------------------------------- dates

  /** A partial date of any precision and qualifier, years 1 to 9999 shrinking towards 2015. */
  public static Gen<PartialDate> partialDates() {
    return in -> {
      int year = Generate.range(1, 9999, 2015).generate(in);
      DateQualifier qualifier = Generate.enumValues(DateQualifier.class).generate(in);
      DatePrecision precision = Generate.enumValues(DatePrecision.class).generate(in);
      if (precision == DatePrecision.YEAR) {
        return PartialDate.ofYear(year).qualified(qualifier);
      }
      int month = Generate.range(1, 12).generate(in);
      if (precision == DatePrecision.MONTH) {
        return PartialDate.ofMonth(year, month).qualified(qualifier);
      }
      int day = Generate.range(1, YearMonth.of(year, month).lengthOfMonth()).generate(in);
      return PartialDate.of(year, Optional.of(month), Optional.of(day), qualifier);
    };
  }

  /** A period with a start, an end or both. */
  public static Gen<DatePeriod> datePeriods() {
    return in -> {
      int shape = Generate.range(0, 2).generate(in);
      Optional<PartialDate> start =
          shape == 1 ? Optional.empty() : Optional.of(partialDates().generate(in));
      Optional<PartialDate> end =
          shape == 0 ? Optional.empty() : Optional.of(partialDates().generate(in));
      return DatePeriod.of(start, end);
    };
  }

  // ---------------------------------------------------------------- documents

  /** Document symbols of every family, and some of no known family. */
  public static Gen<DocumentSymbol> documentSymbols() {
    return SymbolGenerators.any().map(e -> DocumentSymbol.parse(e.text));
  }

  /** A reference by symbol, by title or by both. */
  public static Gen<DocumentReference> documentReferences() {
    return in -> {
      int shape = Generate.range(0, 2).generate(in);
      return DocumentReference.builder()
          .symbol(shape == 1 ? Optional.empty() : Optional.of(documentSymbols().generate(in)))
          .title(shape == 0 ? Optional.empty() : Optional.of(localizedTexts().generate(in)))
          .date(optionals(partialDates()).generate(in))
          .addAllParagraphs(paragraphs().generate(in))
          .build();
    };
  }

  public static Gen<Footnote> footnotes() {
    return in ->
        Footnote.builder()
            .number(Generate.range(1, 40).generate(in))
            .text(localizedTexts().generate(in))
            .paragraph(optionals(Generate.range(1, 60)).generate(in))
            .addAllReferences(listsOf(documentReferences(), 2).generate(in))
            .build();
  }

  public static Gen<DocumentCover> documentCovers() {
    Gen<Optional<LocalizedText>> text = optionals(localizedTexts());
    return in ->
        DocumentCover.builder()
            .purpose(text.generate(in))
            .strategicObjective(text.generate(in))
            .mainOutcome(text.generate(in))
            .policyImplications(text.generate(in))
            .legalImplications(text.generate(in))
            .financialImplications(text.generate(in))
            .followUpAction(text.generate(in))
            .authorUnit(optionals(orgUnits()).generate(in))
            .addAllRelatedDocuments(listsOf(documentReferences(), 3).generate(in))
            .build();
  }

  public static Gen<GoverningBodyDocument> governingBodyDocuments() {
    return in ->
        GoverningBodyDocument.builder()
            .symbol(documentSymbols().generate(in))
            .title(localizedTexts().generate(in))
            .heading(optionals(localizedTexts()).generate(in))
            .agendaItem(
                optionals(Generate.pick(List.of("15", "Fifteenth item", "3(a)"))).generate(in))
            .sectionName(optionals(localizedTexts()).generate(in))
            .sessionPlace(optionals(localizedTexts()).generate(in))
            .sessionDates(optionals(datePeriods()).generate(in))
            .date(optionals(partialDates()).generate(in))
            .organ(optionals(localizedTexts()).generate(in))
            .session(optionals(Generate.pick(List.of("325th", "138", "Forty-first"))).generate(in))
            .distribution(optionals(Generate.enumValues(Distribution.class)).generate(in))
            .originalLanguage(optionals(Generate.pick(LANGUAGES)).generate(in))
            .addAllActionsRequested(
                listsOf(Generate.enumValues(RequestedAction.class), 2).generate(in))
            .addAllContacts(listsOf(contacts(), 2).generate(in))
            .cover(documentCovers().generate(in))
            .addAllFootnotes(listsOf(footnotes(), 2).generate(in))
            .build();
  }

  /** A contact: a name, a unit or an e-mail address at least, and any of the rest. */
  public static Gen<Contact> contacts() {
    return in -> {
      Optional<String> name = optionals(Generate.pick(List.of("A. Person", "B. Li"))).generate(in);
      Optional<String> email =
          optionals(Generate.pick(List.of("focal@example.org", "x@y"))).generate(in);
      return Contact.builder()
          .name(name.isEmpty() && email.isEmpty() ? Optional.of("C. Named") : name)
          .role(optionals(localizedTexts()).generate(in))
          .unit(optionals(orgUnits()).generate(in))
          .purpose(optionals(localizedTexts()).generate(in))
          .email(email)
          .build();
    };
  }

  public static Gen<Statement> statements() {
    return in ->
        Statement.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(statementIds().generate(in))
            .kind(Generate.enumValues(StatementKind.class).generate(in))
            .text(localizedTexts().generate(in))
            .addAllReferences(listsOf(documentReferences(), 2).generate(in))
            .build();
  }

  // ---------------------------------------------------------------- commitments

  public static Gen<Deliverable> deliverables() {
    return in ->
        Deliverable.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(deliverableIds().generate(in))
            .name(localizedTexts().generate(in))
            .description(optionals(localizedTexts()).generate(in))
            .status(optionals(Generate.enumValues(Status.class)).generate(in))
            .quantity(optionals(Generate.range(0, 100)).generate(in))
            .due(optionals(partialDates()).generate(in))
            .announced(optionals(partialDates()).generate(in))
            .addAllDocuments(listsOf(documentReferences(), 2).generate(in))
            .build();
  }

  public static Gen<Milestone> milestones() {
    return in ->
        Milestone.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(milestoneIds().generate(in))
            .description(localizedTexts().generate(in))
            .due(optionals(partialDates()).generate(in))
            .status(optionals(Generate.enumValues(Status.class)).generate(in))
            .addressee(optionals(localizedTexts()).generate(in))
            .build();
  }

  /** A phase; its status and dates need not agree (the model accepts that). */
  public static Gen<Phase> phases() {
    Gen<Optional<PartialDate>> date = optionals(partialDates());
    return in ->
        Phase.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(phaseIds().generate(in))
            .name(localizedTexts().generate(in))
            .status(optionals(Generate.enumValues(Status.class)).generate(in))
            .plannedStart(date.generate(in))
            .plannedEnd(date.generate(in))
            .actualStart(date.generate(in))
            .actualEnd(date.generate(in))
            .addAllDeliverables(listsOf(deliverables(), 2).generate(in))
            .addAllStatements(listsOf(statements(), 2).generate(in))
            .build();
  }

  /** A commitment; its phases' statuses need not be in order (the model accepts that). */
  public static Gen<Commitment> commitments() {
    return in ->
        Commitment.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(commitmentIds().generate(in))
            .title(localizedTexts().generate(in))
            .objective(optionals(localizedTexts()).generate(in))
            .scope(optionals(localizedTexts()).generate(in))
            .owner(optionals(orgUnits()).generate(in))
            .status(optionals(Generate.enumValues(Status.class)).generate(in))
            .started(optionals(partialDates()).generate(in))
            .due(optionals(partialDates()).generate(in))
            .affectsStaff(Generate.booleans().generate(in))
            .addAllDependsOn(distinctListsOf(commitmentIds(), 2).generate(in))
            .partOf(optionals(commitmentIds()).generate(in))
            .addAllAddressesFindingsOf(listsOf(documentReferences(), 2).generate(in))
            .addAllPhases(listsOf(phases(), 3).generate(in))
            .addAllDeliverables(listsOf(deliverables(), 2).generate(in))
            .addAllMilestones(listsOf(milestones(), 2).generate(in))
            .addAllStatements(listsOf(statements(), 2).generate(in))
            .build();
  }

  // ---------------------------------------------------------------- posts

  public static Gen<PostOrigin> postOrigins() {
    return in ->
        PostOrigin.of(
            Generate.enumValues(OriginKind.class).generate(in), optionals(orgUnits()).generate(in));
  }

  /** A share of posts, with a stated count or "some". */
  public static Gen<PostShare> postShares() {
    return in ->
        PostShare.of(postOrigins().generate(in), optionals(Generate.range(0, 30)).generate(in));
  }

  /** A counted line of posts; shares need not add up to the count (the model accepts that). */
  public static Gen<PostLine> postLines() {
    return in ->
        PostLine.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .location(locations().generate(in))
            .unit(optionals(orgUnits()).generate(in))
            .category(Generate.enumValues(PostCategory.class).generate(in))
            .grade(optionals(Generate.enumValues(Grade.class)).generate(in))
            .origin(postOrigins().generate(in))
            .funding(optionals(Generate.enumValues(FundingSource.class)).generate(in))
            .status(optionals(Generate.enumValues(PostStatus.class)).generate(in))
            .commitment(optionals(commitmentIds()).generate(in))
            .relocation(optionals(relocations()).generate(in))
            .id(postLineIds().generate(in))
            .count(Generate.range(0, 50).generate(in))
            .description(optionals(localizedTexts()).generate(in))
            .addAllOfWhich(listsOf(postShares(), 2).generate(in))
            .build();
  }

  public static Gen<Post> posts() {
    return in ->
        Post.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .location(locations().generate(in))
            .unit(optionals(orgUnits()).generate(in))
            .category(Generate.enumValues(PostCategory.class).generate(in))
            .grade(optionals(Generate.enumValues(Grade.class)).generate(in))
            .origin(postOrigins().generate(in))
            .funding(optionals(Generate.enumValues(FundingSource.class)).generate(in))
            .status(optionals(Generate.enumValues(PostStatus.class)).generate(in))
            .commitment(optionals(commitmentIds()).generate(in))
            .relocation(optionals(relocations()).generate(in))
            .id(postIds().generate(in))
            .title(optionals(localizedTexts()).generate(in))
            .addAllOfWhich(listsOf(postShares(), 2).generate(in))
            .build();
  }

  /** A stated total; it need not equal the sum of its lines (the model accepts that). */
  public static Gen<PostTotal> postTotals() {
    return in ->
        PostTotal.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(postTotalIds().generate(in))
            .description(localizedTexts().generate(in))
            .count(Generate.range(0, 100).generate(in))
            .addAllLines(listsOf(postLineIds(), 3).generate(in))
            .build();
  }

  // ---------------------------------------------------------------- money and risks

  private static final String[] MONEY_CURRENCIES = {"USD", "CHF", "EUR", "JPY", "XDR"};

  /**
   * Amounts of money: small and very large values, none to twenty decimals, negative as well as
   * positive, from digit strings so that nothing goes through a double.
   */
  public static Gen<Money> money() {
    return in -> {
      String currency =
          MONEY_CURRENCIES[Generate.range(0, MONEY_CURRENCIES.length - 1).generate(in)];
      int whole = Generate.range(1, 20).generate(in);
      int decimals = Generate.range(0, 20).generate(in);
      StringBuilder digits = new StringBuilder();
      if (Generate.range(0, 3).generate(in) == 0) {
        digits.append('-');
      }
      digits.append(Generate.range(0, 9).generate(in));
      for (int i = 1; i < whole; i++) {
        digits.append(Generate.range(0, 9).generate(in));
      }
      if (decimals > 0) {
        digits.append('.');
        for (int i = 0; i < decimals; i++) {
          digits.append(Generate.range(0, 9).generate(in));
        }
      }
      return Money.of(currency, new BigDecimal(digits.toString()));
    };
  }

  public static Gen<FinancialLine> financialLines() {
    return in ->
        FinancialLine.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(identifierTexts().map(FinancialLineId::of).generate(in))
            .description(localizedTexts().generate(in))
            .kind(Generate.enumValues(FinanceKind.class).generate(in))
            .amount(money().generate(in))
            .recurrence(optionals(Generate.enumValues(Recurrence.class)).generate(in))
            .period(optionals(datePeriods()).generate(in))
            .source(optionals(Generate.enumValues(FundingSource.class)).generate(in))
            .commitment(optionals(commitmentIds()).generate(in))
            .build();
  }

  public static Gen<FinanceTotal> financeTotals() {
    return in ->
        FinanceTotal.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(identifierTexts().map(FinanceTotalId::of).generate(in))
            .description(localizedTexts().generate(in))
            .amount(money().generate(in))
            .addAllLines(listsOf(identifierTexts().map(FinancialLineId::of), 3).generate(in))
            .build();
  }

  public static Gen<Finances> finances() {
    return in ->
        Finances.builder()
            .addAllLines(listsOf(financialLines(), 3).generate(in))
            .addAllTotals(listsOf(financeTotals(), 2).generate(in))
            .build();
  }

  /** Ratings on the worded scale and on numbered scales with and without a stated threshold. */
  public static Gen<RiskRating> riskRatings() {
    return in -> {
      int shape = Generate.range(0, 2).generate(in);
      if (shape == 0) {
        return RiskRating.of(RiskScale.lowMediumHigh(), Generate.range(1, 3).generate(in));
      }
      int levels = Generate.range(2, 10).generate(in);
      int level = Generate.range(1, levels).generate(in);
      RiskScale scale =
          shape == 1
              ? RiskScale.numbered(levels)
              : RiskScale.numbered(levels, Generate.range(1, levels).generate(in));
      return RiskRating.of(scale, level);
    };
  }

  public static Gen<Risk> risks() {
    return in ->
        Risk.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(identifierTexts().map(RiskId::of).generate(in))
            .description(localizedTexts().generate(in))
            .category(optionals(localizedTexts()).generate(in))
            .likelihood(optionals(riskRatings()).generate(in))
            .impact(optionals(riskRatings()).generate(in))
            .trend(optionals(Generate.enumValues(RiskTrend.class)).generate(in))
            .mitigation(optionals(localizedTexts()).generate(in))
            .owner(optionals(orgUnits()).generate(in))
            .identified(optionals(partialDates()).generate(in))
            .status(optionals(Generate.enumValues(RiskStatus.class)).generate(in))
            .addAllCommitments(listsOf(commitmentIds(), 2).generate(in))
            .build();
  }

  // ---------------------------------------------------------------- indicators

  private static Gen<BigDecimal> decimals(int min, int max) {
    return in ->
        BigDecimal.valueOf(
            Generate.range(min, max, 0).generate(in), Generate.range(0, 2).generate(in));
  }

  /** A value of the given kind. */
  public static Gen<IndicatorValue> indicatorValues(MeasureKind kind) {
    switch (kind) {
      case COUNT:
        return Generate.longRange(0, 1000, 0).map(IndicatorValue::count);
      case PERCENTAGE:
        return decimals(-100, 20000).map(IndicatorValue::percentage);
      case AMOUNT:
        return decimals(-1_000_000, 1_000_000)
            .zip(Generate.pick(CURRENCIES), IndicatorValue::amount);
      case NUMBER:
        return decimals(-1000, 1000).map(IndicatorValue::number);
      case YES_NO:
        return Generate.booleans().map(IndicatorValue::yesNo);
      case QUALITATIVE:
        return localizedTexts().map(IndicatorValue::text);
      default:
        throw new AssertionError(kind);
    }
  }

  /** A value of any kind. */
  public static Gen<IndicatorValue> indicatorValues() {
    return Generate.enumValues(MeasureKind.class).flatMap(ModelGenerators::indicatorValues);
  }

  public static Gen<Measure> measures() {
    return in -> {
      MeasureKind kind = Generate.enumValues(MeasureKind.class).generate(in);
      Optional<String> currency =
          kind == MeasureKind.AMOUNT
              ? Optional.of(Generate.pick(CURRENCIES).generate(in))
              : Optional.empty();
      return Measure.of(kind, currency, optionals(localizedTexts()).generate(in));
    };
  }

  public static Gen<Baseline> baselines() {
    return in ->
        Baseline.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .value(indicatorValues().generate(in))
            .date(optionals(partialDates()).generate(in))
            .build();
  }

  public static Gen<Target> targets() {
    return in ->
        Target.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .value(indicatorValues().generate(in))
            .due(optionals(partialDates()).generate(in))
            .cumulative(Generate.booleans().generate(in))
            .build();
  }

  public static Gen<ImmutableMap<String, String>> dimensions() {
    return in -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (String name :
          lists()
              .of(Generate.pick(List.of("region", "sex", "grade")))
              .ofSizeBetween(0, 2)
              .generate(in)) {
        out.put(name, Generate.pick(List.of("Africa", "female", "P-4", "亚洲")).generate(in));
      }
      return ImmutableMap.copyOf(out);
    };
  }

  public static Gen<Measurement> measurements() {
    return in ->
        Measurement.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .value(indicatorValues().generate(in))
            .date(partialDates().generate(in))
            .source(optionals(documentReferences()).generate(in))
            .approvedBy(optionals(Generate.pick(List.of("DDG/MR", "a reviewer"))).generate(in))
            .putAllDimensions(dimensions().generate(in))
            .note(optionals(localizedTexts()).generate(in))
            .build();
  }

  /** An indicator; its values need not be of its measure's kind (the model accepts that). */
  public static Gen<Indicator> indicators() {
    return in ->
        Indicator.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(indicatorIds().generate(in))
            .name(localizedTexts().generate(in))
            .measure(measures().generate(in))
            .direction(Generate.enumValues(Direction.class).generate(in))
            .baseline(optionals(baselines()).generate(in))
            .addAllTargets(listsOf(targets(), 2).generate(in))
            .addAllMeasurements(listsOf(measurements(), 2).generate(in))
            .commitment(optionals(commitmentIds()).generate(in))
            .meansOfVerification(optionals(localizedTexts()).generate(in))
            .frequency(optionals(localizedTexts()).generate(in))
            .responsible(optionals(orgUnits()).generate(in))
            .build();
  }

  public static Gen<MonitoringFramework> monitoringFrameworks() {
    return in ->
        MonitoringFramework.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .name(localizedTexts().generate(in))
            .status(optionals(Generate.enumValues(Status.class)).generate(in))
            .withTargets(Generate.booleans().generate(in))
            .purpose(optionals(localizedTexts()).generate(in))
            .commitment(optionals(commitmentIds()).generate(in))
            .build();
  }

  // ---------------------------------------------------------------- people, support, policies

  /** An engagement; it names a phase only together with a commitment. */
  public static Gen<StaffEngagement> staffEngagements() {
    return in -> {
      Optional<CommitmentId> commitment = optionals(commitmentIds()).generate(in);
      Optional<PhaseId> phase =
          commitment.isPresent() ? optionals(phaseIds()).generate(in) : Optional.empty();
      return StaffEngagement.builder()
          .addAllParagraphs(paragraphs().generate(in))
          .id(engagementIds().generate(in))
          .addKind(Generate.enumValues(EngagementKind.class).generate(in))
          .addAllKinds(distinctListsOf(Generate.enumValues(EngagementKind.class), 2).generate(in))
          .counterpart(Generate.enumValues(Counterpart.class).generate(in))
          .participants(optionals(localizedTexts()).generate(in))
          .subject(localizedTexts().generate(in))
          .count(optionals(Generate.range(0, 200)).generate(in))
          .period(optionals(datePeriods()).generate(in))
          .status(optionals(Generate.enumValues(Status.class)).generate(in))
          .commitment(commitment)
          .phase(phase)
          .note(optionals(localizedTexts()).generate(in))
          .build();
    };
  }

  public static Gen<ExternalSupport> externalSupports() {
    return in ->
        ExternalSupport.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(supportIds().generate(in))
            .kind(Generate.enumValues(SupportKind.class).generate(in))
            .provider(localizedTexts().generate(in))
            .procurement(optionals(Generate.enumValues(ProcurementMethod.class)).generate(in))
            .reason(optionals(localizedTexts()).generate(in))
            .awarded(optionals(partialDates()).generate(in))
            .started(optionals(partialDates()).generate(in))
            .commitment(optionals(commitmentIds()).generate(in))
            .build();
  }

  public static Gen<Policy> policies() {
    return in ->
        Policy.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(policyIds().generate(in))
            .name(localizedTexts().generate(in))
            .status(Generate.enumValues(PolicyStatus.class).generate(in))
            .description(optionals(localizedTexts()).generate(in))
            .addAllMeasures(listsOf(localizedTexts(), 2).generate(in))
            .commitment(optionals(commitmentIds()).generate(in))
            .build();
  }

  public static Gen<Committee> committees() {
    return in ->
        Committee.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(committeeIds().generate(in))
            .name(localizedTexts().generate(in))
            .abbreviation(optionals(Generate.pick(List.of("RAMC", "X"))).generate(in))
            .addAllFunctions(listsOf(localizedTexts(), 2).generate(in))
            .addAllAdvisesOn(listsOf(localizedTexts(), 2).generate(in))
            .advises(optionals(localizedTexts()).generate(in))
            .addAllApplies(distinctListsOf(policyIds(), 2).generate(in))
            .build();
  }

  // ---------------------------------------------------------------- programme and report

  /** A programme with a few of everything; nothing in it need be consistent. */
  public static Gen<ReformProgramme> reformProgrammes() {
    return in ->
        ReformProgramme.builder()
            .addAllParagraphs(paragraphs().generate(in))
            .id(programmeIds().generate(in))
            .name(localizedTexts().generate(in))
            .organization(optionals(localizedTexts()).generate(in))
            .owner(optionals(orgUnits()).generate(in))
            .launched(optionals(partialDates()).generate(in))
            .status(optionals(Generate.enumValues(Status.class)).generate(in))
            .addAllCommitments(listsOf(commitments(), 2).generate(in))
            .addAllPostLines(listsOf(postLines(), 2).generate(in))
            .addAllPosts(listsOf(posts(), 2).generate(in))
            .addAllPostTotals(listsOf(postTotals(), 2).generate(in))
            .finances(finances().generate(in))
            .addAllRisks(listsOf(risks(), 2).generate(in))
            .addAllIndicators(listsOf(indicators(), 2).generate(in))
            .monitoringFramework(optionals(monitoringFrameworks()).generate(in))
            .addAllEngagements(listsOf(staffEngagements(), 2).generate(in))
            .addAllExternalSupport(listsOf(externalSupports(), 2).generate(in))
            .addAllPolicies(listsOf(policies(), 2).generate(in))
            .addAllCommittees(listsOf(committees(), 2).generate(in))
            .recommendations(recommendationSets().generate(in))
            .addAllStatements(listsOf(statements(), 2).generate(in))
            .build();
  }

  public static Gen<ProgressReport> progressReports() {
    return in ->
        ProgressReport.builder()
            .document(governingBodyDocuments().generate(in))
            .asOf(partialDates().generate(in))
            .previousReport(optionals(documentReferences()).generate(in))
            .programme(reformProgrammes().generate(in))
            .addAllStatements(listsOf(statements(), 2).generate(in))
            .reconstructed(Generate.booleans().generate(in))
            .reconstructionNote(optionals(localizedTexts()).generate(in))
            .build();
  }

  // ---------------------------------------------------------------- paths

  public static Gen<PathStep> pathSteps() {
    return in ->
        PathStep.of(
            Generate.pick(PATH_NAMES).generate(in),
            optionals(Generate.pick(PATH_KEYS)).generate(in));
  }

  /** A path of 0 to 4 steps, including the root. */
  public static Gen<ElementPath> elementPaths() {
    return listsOf(pathSteps(), 4).map(ElementPath::of);
  }
}
