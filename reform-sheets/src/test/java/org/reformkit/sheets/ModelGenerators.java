package org.reformkit.sheets;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.Addressee;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.Contact;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DateQualifier;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.Distribution;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.FinanceKind;
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinanceTotalId;
import org.reformkit.core.model.Finances;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.ImplementationStatus;
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
import org.reformkit.core.model.Money;
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
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.Recurrence;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Relocation;
import org.reformkit.core.model.RequestedAction;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskScale;
import org.reformkit.core.model.RiskStatus;
import org.reformkit.core.model.RiskTrend;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Statement;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;
import org.reformkit.core.model.Target;

/**
 * QuickTheories generators for every type of the model, setting every attribute (each optional
 * present or absent, each list empty or not), with texts drawn from several scripts, control
 * characters and escapes, and decimals of many scales.
 */
final class ModelGenerators {
  private static final String[] TAGS = {"en", "zh", "fr", "es", "ar", "ru", "zh-Hans", "pt-BR"};
  private static final String[] SECTIONS = {"INS", "POL", "PFA", "LILS", "HL", "WP/GBC", "PFA/BS"};
  private static final String[] SUFFIXES = {"Add.", "Add.1", "Rev.", "Corr.", "Rev.2"};
  private static final String ID_FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._:/-";
  private static final String PUNCTUATION = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029 ~{}[]:,";

  private ModelGenerators() {}

  // ---- primitives ----

  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static boolean flip(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  static <T> Optional<T> opt(RandomnessSource in, Gen<T> gen) {
    return flip(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  static <T> List<T> list(RandomnessSource in, Gen<T> gen, int max) {
    int size = between(in, 0, max);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(gen.generate(in));
    }
    return out;
  }

  static <T> T pick(RandomnessSource in, T[] values) {
    return values[between(in, 0, values.length - 1)];
  }

  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return in -> pick(in, type.getEnumConstants());
  }

  /** Any string without lone surrogates, from several scripts, with escapes and controls. */
  static Gen<String> anyString() {
    return in -> {
      int length = between(in, 0, 12);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < length; i++) {
        switch (between(in, 0, 4)) {
          case 0:
            out.append((char) between(in, 0x20, 0x7e));
            break;
          case 1:
            out.appendCodePoint(between(in, 0x4e00, 0x9fff));
            break;
          case 2:
            out.append(PUNCTUATION.charAt(between(in, 0, PUNCTUATION.length() - 1)));
            break;
          case 3:
            out.appendCodePoint(between(in, 0x1f300, 0x1faff));
            break;
          default:
            out.appendCodePoint(between(in, 0xa0, 0xd7ff));
            break;
        }
      }
      return out.toString();
    };
  }

  /** A string that is not blank. */
  static Gen<String> word() {
    return in -> (char) between(in, 'a', 'z') + anyString().generate(in);
  }

  static Gen<LocalizedText> text() {
    return in -> {
      Map<String, String> texts = new LinkedHashMap<>();
      int size = between(in, 1, 3);
      for (int i = 0; i < size; i++) {
        texts.put(pick(in, TAGS), word().generate(in));
      }
      return LocalizedText.of(texts);
    };
  }

  static <T> Gen<T> id(Function<String, T> factory) {
    return in -> {
      int length = between(in, 1, 20);
      StringBuilder out = new StringBuilder();
      out.append(ID_FIRST.charAt(between(in, 0, ID_FIRST.length() - 1)));
      for (int i = 1; i < length; i++) {
        out.append(ID_REST.charAt(between(in, 0, ID_REST.length() - 1)));
      }
      return factory.apply(out.toString());
    };
  }

  static Gen<Integer> count() {
    return in -> flip(in) ? between(in, 0, 100) : between(in, 0, Integer.MAX_VALUE);
  }

  static Gen<Integer> positive() {
    return in -> between(in, 1, flip(in) ? 30 : Integer.MAX_VALUE);
  }

  static Gen<PartialDate> partialDate() {
    return in -> {
      int year = flip(in) ? between(in, 1990, 2040) : between(in, 1, 9999);
      Optional<Integer> month = flip(in) ? Optional.of(between(in, 1, 12)) : Optional.empty();
      Optional<Integer> day =
          month.isPresent() && flip(in) ? Optional.of(between(in, 1, 28)) : Optional.empty();
      return PartialDate.of(year, month, day, enums(DateQualifier.class).generate(in));
    };
  }

  static Gen<DatePeriod> period() {
    return in -> {
      switch (between(in, 0, 2)) {
        case 0:
          return DatePeriod.of(Optional.of(partialDate().generate(in)), Optional.empty());
        case 1:
          return DatePeriod.of(Optional.empty(), Optional.of(partialDate().generate(in)));
        default:
          return DatePeriod.between(partialDate().generate(in), partialDate().generate(in));
      }
    };
  }

  /**
   * Symbols of every family the model reads into parts, in both ILO eras, and symbols of no known
   * form (kept verbatim): a backslash, quotes, Chinese and an emoji, which the writer must escape
   * or pass through.
   */
  static Gen<DocumentSymbol> symbol() {
    return in -> {
      int n = 1 + positive().generate(in) % 400;
      int m = 1 + positive().generate(in) % 60;
      String suffix = flip(in) ? "" : "(" + pick(in, SUFFIXES) + ")";
      String text;
      switch (between(in, 0, 9)) {
        case 0:
          text = "GB." + n + "/" + pick(in, SECTIONS) + (flip(in) ? "/INF" : "") + "/" + m + suffix;
          break;
        case 1:
          text = "GB." + n + "/" + m + (flip(in) ? "/" + (m % 3 + 1) : "") + suffix;
          break;
        case 2:
          text = pick(in, new String[] {"A/", "A/RES/", "E/"}) + n + "/" + m;
          break;
        case 3:
          text =
              pick(in, new String[] {"EB" + n + "/" + m, "A" + n + "/" + m, "WHA" + n + "." + m});
          break;
        case 4:
          text = flip(in) ? "EB 2018/" + n + "/R." + m : "GC " + n + "/L." + m;
          break;
        case 5:
          text = pick(in, new String[] {"C 2013/", "CL ", "PC "}) + n + (flip(in) ? "" : "/" + m);
          break;
        case 6:
          text = "JIU/" + pick(in, new String[] {"REP", "ML", "NOTE"}) + "/20" + (10 + m) + "/" + n;
          break;
        case 7:
          text = "DP/" + (flip(in) ? "FPA/" : "") + "2017/" + n;
          break;
        case 8:
          text = pick(in, new String[] {"UNW/2019/", "ECE/EX/", "文件第"}) + n;
          break;
        default:
          text = pick(in, new String[] {"a\\b \"q\" /", "\ud83d\ude00 ", "  x  "}) + n;
          break;
      }
      return DocumentSymbol.parse(text);
    };
  }

  static Gen<BigDecimal> decimal() {
    return in -> {
      long unscaled =
          flip(in) ? longs().between(-1000, 1000).generate(in) : longs().all().generate(in);
      BigInteger big = BigInteger.valueOf(unscaled);
      if (flip(in) && flip(in)) {
        big = big.multiply(BigInteger.TEN.pow(between(in, 0, 40)));
      }
      return new BigDecimal(big, between(in, -12, 30));
    };
  }

  static Gen<BigDecimal> wholeCount() {
    return in -> {
      BigInteger value = BigInteger.valueOf(longs().between(0, Long.MAX_VALUE).generate(in));
      int scale = between(in, -5, 5);
      if (scale > 0) {
        return new BigDecimal(value.multiply(BigInteger.TEN.pow(scale)), scale);
      }
      return new BigDecimal(value, scale);
    };
  }

  static Gen<String> currency() {
    return in -> {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        out.append((char) between(in, 'A', 'Z'));
      }
      return out.toString();
    };
  }

  static Gen<IndicatorValue> indicatorValue() {
    return in -> {
      switch (enums(MeasureKind.class).generate(in)) {
        case COUNT:
          return IndicatorValue.of(
              MeasureKind.COUNT,
              Optional.of(wholeCount().generate(in)),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
        case PERCENTAGE:
          return IndicatorValue.percentage(decimal().generate(in));
        case AMOUNT:
          return IndicatorValue.amount(decimal().generate(in), currency().generate(in));
        case NUMBER:
          return IndicatorValue.number(decimal().generate(in));
        case YES_NO:
          return IndicatorValue.yesNo(flip(in));
        default:
          return IndicatorValue.text(text().generate(in));
      }
    };
  }

  static Gen<OrgUnit> orgUnit() {
    return in -> OrgUnit.of(opt(in, word()), text().generate(in));
  }

  static Gen<DocumentReference> reference() {
    return in -> {
      Optional<DocumentSymbol> symbol = opt(in, symbol());
      Optional<LocalizedText> title =
          symbol.isPresent() ? opt(in, text()) : Optional.of(text().generate(in));
      return DocumentReference.builder()
          .symbol(symbol)
          .title(title)
          .date(opt(in, partialDate()))
          .addAllParagraphs(list(in, positive(), 3))
          .build();
    };
  }

  static Gen<Statement> statement() {
    return in ->
        Statement.builder()
            .id(id(StatementId::of).generate(in))
            .kind(enums(StatementKind.class).generate(in))
            .text(text().generate(in))
            .addAllReferences(list(in, reference(), 2))
            .addAllParagraphs(list(in, positive(), 3))
            .build();
  }

  // ---- documents ----

  static Gen<Footnote> footnote() {
    return in ->
        Footnote.builder()
            .number(positive().generate(in))
            .text(text().generate(in))
            .paragraph(opt(in, positive()))
            .addAllReferences(list(in, reference(), 2))
            .build();
  }

  static Gen<DocumentCover> cover() {
    return in ->
        DocumentCover.builder()
            .purpose(opt(in, text()))
            .strategicObjective(opt(in, text()))
            .mainOutcome(opt(in, text()))
            .policyImplications(opt(in, text()))
            .legalImplications(opt(in, text()))
            .financialImplications(opt(in, text()))
            .followUpAction(opt(in, text()))
            .authorUnit(opt(in, orgUnit()))
            .addAllRelatedDocuments(list(in, reference(), 3))
            .build();
  }

  static Gen<GoverningBodyDocument> document() {
    return in ->
        GoverningBodyDocument.builder()
            .symbol(symbol().generate(in))
            .title(text().generate(in))
            .heading(opt(in, text()))
            .agendaItem(opt(in, word()))
            .sectionName(opt(in, text()))
            .sessionPlace(opt(in, text()))
            .sessionDates(opt(in, period()))
            .date(opt(in, partialDate()))
            .organ(opt(in, text()))
            .session(opt(in, word()))
            .distribution(opt(in, enums(Distribution.class)))
            .originalLanguage(opt(in, x -> pick(x, TAGS)))
            .addAllActionsRequested(list(in, enums(RequestedAction.class), 3))
            .addAllContacts(list(in, contact(), 2))
            .cover(cover().generate(in))
            .addAllFootnotes(list(in, footnote(), 2))
            .build();
  }

  /** A contact: at least a name, a unit or an e-mail address. */
  static Gen<Contact> contact() {
    return in -> {
      Optional<String> name = opt(in, word());
      Optional<String> email = opt(in, word());
      return Contact.builder()
          .name(name.isEmpty() && email.isEmpty() ? Optional.of("Focal point") : name)
          .role(opt(in, text()))
          .unit(opt(in, orgUnit()))
          .purpose(opt(in, text()))
          .email(email)
          .build();
    };
  }

  // ---- commitments ----

  static Gen<Deliverable> deliverable() {
    return in ->
        Deliverable.builder()
            .id(id(DeliverableId::of).generate(in))
            .name(text().generate(in))
            .description(opt(in, text()))
            .status(opt(in, enums(Status.class)))
            .quantity(opt(in, count()))
            .due(opt(in, partialDate()))
            .announced(opt(in, partialDate()))
            .addAllDocuments(list(in, reference(), 2))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Phase> phase() {
    return in ->
        Phase.builder()
            .id(id(PhaseId::of).generate(in))
            .name(text().generate(in))
            .status(opt(in, enums(Status.class)))
            .plannedStart(opt(in, partialDate()))
            .plannedEnd(opt(in, partialDate()))
            .actualStart(opt(in, partialDate()))
            .actualEnd(opt(in, partialDate()))
            .addAllDeliverables(list(in, deliverable(), 2))
            .addAllStatements(list(in, statement(), 1))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Milestone> milestone() {
    return in ->
        Milestone.builder()
            .id(id(MilestoneId::of).generate(in))
            .description(text().generate(in))
            .due(opt(in, partialDate()))
            .status(opt(in, enums(Status.class)))
            .addressee(opt(in, text()))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Commitment> commitment() {
    return in ->
        Commitment.builder()
            .id(id(CommitmentId::of).generate(in))
            .title(text().generate(in))
            .objective(opt(in, text()))
            .scope(opt(in, text()))
            .owner(opt(in, orgUnit()))
            .status(opt(in, enums(Status.class)))
            .started(opt(in, partialDate()))
            .due(opt(in, partialDate()))
            .affectsStaff(flip(in))
            .addAllDependsOn(list(in, id(CommitmentId::of), 3))
            .partOf(opt(in, id(CommitmentId::of)))
            .addAllAddressesFindingsOf(list(in, reference(), 2))
            .addAllPhases(list(in, phase(), 3))
            .addAllDeliverables(list(in, deliverable(), 2))
            .addAllMilestones(list(in, milestone(), 2))
            .addAllStatements(list(in, statement(), 2))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  // ---- posts ----

  static Gen<PostOrigin> origin() {
    return in -> PostOrigin.of(enums(OriginKind.class).generate(in), opt(in, orgUnit()));
  }

  static Gen<PostShare> share() {
    return in -> PostShare.of(origin().generate(in), opt(in, count()));
  }

  private static final String[] COUNTRIES = {"KE", "CH", "TH", "US", "BR", "SN"};

  static Gen<DutyStation> dutyStation() {
    return in -> DutyStation.of(text().generate(in), pick(in, COUNTRIES));
  }

  static Gen<Location> location() {
    return in ->
        Location.of(enums(LocationKind.class).generate(in), opt(in, text()))
            .withDutyStation(opt(in, dutyStation()));
  }

  static Gen<Relocation> relocation() {
    return in ->
        Relocation.builder()
            .from(location().generate(in))
            .to(opt(in, location()))
            .date(opt(in, partialDate()))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<RecommendationAction> recommendationAction() {
    return in ->
        RecommendationAction.builder()
            .number(word().generate(in))
            .text(opt(in, text()))
            .status(opt(in, enums(ImplementationStatus.class)))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Recommendation> recommendation() {
    return in -> {
      Optional<String> number = opt(in, word());
      Optional<LocalizedText> text = opt(in, text());
      return Recommendation.builder()
          .id(id(RecommendationId::of).generate(in))
          .source(reference().generate(in))
          .number(number.isEmpty() && text.isEmpty() ? Optional.of("1") : number)
          .text(text)
          .addressee(opt(in, enums(Addressee.class)))
          .acceptance(opt(in, enums(Acceptance.class)))
          .status(opt(in, enums(ImplementationStatus.class)))
          .due(opt(in, partialDate()))
          .addAllAnsweredBy(list(in, id(CommitmentId::of), 2))
          .addAllEvidence(list(in, reference(), 2))
          .addAllActions(list(in, recommendationAction(), 2))
          .addAllParagraphs(list(in, positive(), 2))
          .build();
    };
  }

  static Gen<RecommendationTotal> recommendationTotal() {
    return in -> {
      Optional<Integer> count = opt(in, count());
      Optional<Integer> actions = opt(in, count());
      return RecommendationTotal.builder()
          .id(id(RecommendationTotalId::of).generate(in))
          .source(opt(in, reference()))
          .status(opt(in, enums(ImplementationStatus.class)))
          .count(count.isEmpty() && actions.isEmpty() ? Optional.of(0) : count)
          .actions(actions)
          .description(opt(in, text()))
          .addAllParagraphs(list(in, positive(), 2))
          .build();
    };
  }

  static Gen<Recommendations> recommendations() {
    return in ->
        Recommendations.builder()
            .addAllListed(list(in, recommendation(), 2))
            .addAllTotals(list(in, recommendationTotal(), 2))
            .build();
  }

  static Gen<PostLine> postLine() {
    return in ->
        PostLine.builder()
            .id(id(PostLineId::of).generate(in))
            .count(count().generate(in))
            .description(opt(in, text()))
            .location(location().generate(in))
            .unit(opt(in, orgUnit()))
            .category(enums(PostCategory.class).generate(in))
            .grade(opt(in, enums(Grade.class)))
            .origin(origin().generate(in))
            .addAllOfWhich(list(in, share(), 2))
            .funding(opt(in, enums(FundingSource.class)))
            .status(opt(in, enums(PostStatus.class)))
            .commitment(opt(in, id(CommitmentId::of)))
            .relocation(opt(in, relocation()))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Post> post() {
    return in ->
        Post.builder()
            .id(id(PostId::of).generate(in))
            .title(opt(in, text()))
            .location(location().generate(in))
            .unit(opt(in, orgUnit()))
            .category(enums(PostCategory.class).generate(in))
            .grade(opt(in, enums(Grade.class)))
            .origin(origin().generate(in))
            .addAllOfWhich(list(in, share(), 2))
            .funding(opt(in, enums(FundingSource.class)))
            .status(opt(in, enums(PostStatus.class)))
            .commitment(opt(in, id(CommitmentId::of)))
            .relocation(opt(in, relocation()))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<PostTotal> postTotal() {
    return in ->
        PostTotal.builder()
            .id(id(PostTotalId::of).generate(in))
            .description(text().generate(in))
            .count(count().generate(in))
            .addAllLines(list(in, id(PostLineId::of), 3))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  // ---- indicators ----

  static Gen<Measure> measure() {
    return in -> {
      MeasureKind kind = enums(MeasureKind.class).generate(in);
      Optional<String> currency =
          kind == MeasureKind.AMOUNT ? Optional.of(currency().generate(in)) : Optional.empty();
      return Measure.of(kind, currency, opt(in, text()));
    };
  }

  static Gen<Baseline> baseline() {
    return in ->
        Baseline.builder()
            .value(indicatorValue().generate(in))
            .date(opt(in, partialDate()))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Target> target() {
    return in ->
        Target.builder()
            .value(indicatorValue().generate(in))
            .due(opt(in, partialDate()))
            .cumulative(flip(in))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Measurement> measurement() {
    return in -> {
      Map<String, String> dimensions = new LinkedHashMap<>();
      for (String name : list(in, word(), 2)) {
        dimensions.put(name, word().generate(in));
      }
      return Measurement.builder()
          .value(indicatorValue().generate(in))
          .date(partialDate().generate(in))
          .source(opt(in, reference()))
          .approvedBy(opt(in, word()))
          .putAllDimensions(dimensions)
          .note(opt(in, text()))
          .addAllParagraphs(list(in, positive(), 2))
          .build();
    };
  }

  static Gen<Indicator> indicator() {
    return in ->
        Indicator.builder()
            .id(id(IndicatorId::of).generate(in))
            .name(text().generate(in))
            .measure(measure().generate(in))
            .direction(enums(Direction.class).generate(in))
            .baseline(opt(in, baseline()))
            .addAllTargets(list(in, target(), 2))
            .addAllMeasurements(list(in, measurement(), 2))
            .commitment(opt(in, id(CommitmentId::of)))
            .meansOfVerification(opt(in, text()))
            .frequency(opt(in, text()))
            .responsible(opt(in, orgUnit()))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<MonitoringFramework> framework() {
    return in ->
        MonitoringFramework.builder()
            .name(text().generate(in))
            .status(opt(in, enums(Status.class)))
            .withTargets(flip(in))
            .purpose(opt(in, text()))
            .commitment(opt(in, id(CommitmentId::of)))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  // ---- engagement, support, policies ----

  static Gen<StaffEngagement> engagement() {
    return in -> {
      Optional<CommitmentId> commitment = opt(in, id(CommitmentId::of));
      List<EngagementKind> kinds = list(in, enums(EngagementKind.class), 3);
      kinds.add(enums(EngagementKind.class).generate(in));
      return StaffEngagement.builder()
          .id(id(EngagementId::of).generate(in))
          .addAllKinds(kinds)
          .counterpart(enums(Counterpart.class).generate(in))
          .participants(opt(in, text()))
          .subject(text().generate(in))
          .count(opt(in, count()))
          .period(opt(in, period()))
          .status(opt(in, enums(Status.class)))
          .commitment(commitment)
          .phase(commitment.isPresent() ? opt(in, id(PhaseId::of)) : Optional.empty())
          .note(opt(in, text()))
          .addAllParagraphs(list(in, positive(), 2))
          .build();
    };
  }

  static Gen<ExternalSupport> support() {
    return in ->
        ExternalSupport.builder()
            .id(id(SupportId::of).generate(in))
            .kind(enums(SupportKind.class).generate(in))
            .provider(text().generate(in))
            .procurement(opt(in, enums(ProcurementMethod.class)))
            .reason(opt(in, text()))
            .awarded(opt(in, partialDate()))
            .started(opt(in, partialDate()))
            .commitment(opt(in, id(CommitmentId::of)))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Policy> policy() {
    return in ->
        Policy.builder()
            .id(id(PolicyId::of).generate(in))
            .name(text().generate(in))
            .status(enums(PolicyStatus.class).generate(in))
            .description(opt(in, text()))
            .addAllMeasures(list(in, text(), 2))
            .commitment(opt(in, id(CommitmentId::of)))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Committee> committee() {
    return in ->
        Committee.builder()
            .id(id(CommitteeId::of).generate(in))
            .name(text().generate(in))
            // a spreadsheet cannot tell an empty text from an absent one (docs/SPREADSHEETS.md)
            .abbreviation(opt(in, word()))
            .addAllFunctions(list(in, text(), 2))
            .addAllAdvisesOn(list(in, text(), 2))
            .advises(opt(in, text()))
            .addAllApplies(list(in, id(PolicyId::of), 3))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  // ---- roots ----

  // ---- money and risks ----

  private static final String[] MONEY_CURRENCIES = {"USD", "CHF", "EUR", "JPY", "XDR", "CNY"};

  /**
   * Amounts of money from digit strings (never through a double): one to twenty digits before the
   * point, none to twenty after, a quarter of them negative.
   */
  static Gen<Money> money() {
    return in -> {
      StringBuilder digits = new StringBuilder();
      if (between(in, 0, 3) == 0) {
        digits.append('-');
      }
      int whole = between(in, 1, 20);
      for (int i = 0; i < whole; i++) {
        digits.append((char) between(in, '0', '9'));
      }
      int decimals = between(in, 0, 20);
      if (decimals > 0) {
        digits.append('.');
        for (int i = 0; i < decimals; i++) {
          digits.append((char) between(in, '0', '9'));
        }
      }
      return Money.of(pick(in, MONEY_CURRENCIES), new BigDecimal(digits.toString()));
    };
  }

  static Gen<FinancialLine> financialLine() {
    return in ->
        FinancialLine.builder()
            .id(id(FinancialLineId::of).generate(in))
            .description(text().generate(in))
            .kind(enums(FinanceKind.class).generate(in))
            .amount(money().generate(in))
            .recurrence(opt(in, enums(Recurrence.class)))
            .period(opt(in, period()))
            .source(opt(in, enums(FundingSource.class)))
            .commitment(opt(in, id(CommitmentId::of)))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<FinanceTotal> financeTotal() {
    return in ->
        FinanceTotal.builder()
            .id(id(FinanceTotalId::of).generate(in))
            .description(text().generate(in))
            .amount(money().generate(in))
            .addAllLines(list(in, id(FinancialLineId::of), 3))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<Finances> finances() {
    return in ->
        Finances.builder()
            .addAllLines(list(in, financialLine(), 3))
            .addAllTotals(list(in, financeTotal(), 2))
            .build();
  }

  static Gen<RiskRating> riskRating() {
    return in -> {
      int shape = between(in, 0, 2);
      if (shape == 0) {
        return RiskRating.of(RiskScale.lowMediumHigh(), between(in, 1, 3));
      }
      int levels = between(in, 2, 10);
      RiskScale scale =
          shape == 1
              ? RiskScale.numbered(levels)
              : RiskScale.numbered(levels, between(in, 1, levels));
      return RiskRating.of(scale, between(in, 1, levels));
    };
  }

  static Gen<Risk> risk() {
    return in ->
        Risk.builder()
            .id(id(RiskId::of).generate(in))
            .description(text().generate(in))
            .category(opt(in, text()))
            .likelihood(opt(in, riskRating()))
            .impact(opt(in, riskRating()))
            .trend(opt(in, enums(RiskTrend.class)))
            .mitigation(opt(in, text()))
            .owner(opt(in, orgUnit()))
            .identified(opt(in, partialDate()))
            .status(opt(in, enums(RiskStatus.class)))
            .addAllCommitments(list(in, id(CommitmentId::of), 2))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<ReformProgramme> programme() {
    return in ->
        ReformProgramme.builder()
            .id(id(ProgrammeId::of).generate(in))
            .name(text().generate(in))
            .organization(opt(in, text()))
            .owner(opt(in, orgUnit()))
            .launched(opt(in, partialDate()))
            .status(opt(in, enums(Status.class)))
            .addAllCommitments(list(in, commitment(), 2))
            .addAllPostLines(list(in, postLine(), 2))
            .addAllPosts(list(in, post(), 2))
            .addAllPostTotals(list(in, postTotal(), 2))
            .finances(finances().generate(in))
            .addAllRisks(list(in, risk(), 2))
            .addAllIndicators(list(in, indicator(), 2))
            .monitoringFramework(opt(in, framework()))
            .addAllEngagements(list(in, engagement(), 2))
            .addAllExternalSupport(list(in, support(), 2))
            .addAllPolicies(list(in, policy(), 2))
            .addAllCommittees(list(in, committee(), 2))
            .recommendations(recommendations().generate(in))
            .addAllStatements(list(in, statement(), 2))
            .addAllParagraphs(list(in, positive(), 2))
            .build();
  }

  static Gen<ProgressReport> report() {
    return in ->
        ProgressReport.builder()
            .document(document().generate(in))
            .asOf(partialDate().generate(in))
            .previousReport(opt(in, reference()))
            .programme(programme().generate(in))
            .addAllStatements(list(in, statement(), 2))
            .reconstructed(flip(in))
            .reconstructionNote(opt(in, text()))
            .build();
  }
}
