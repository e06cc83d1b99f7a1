package org.reformkit.benchmarks.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.FundingSource;
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
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
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
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;
import org.reformkit.examples.SeedReport;

/**
 * Makes synthetic reform programmes of a given {@link ProgrammeSize}, the same for the same seed.
 *
 * <p>About {@value #INCONSISTENCY_PERCENT}% of the elements that can be wrong are made wrong on
 * purpose, so that the rule checks have work to do: phases completed out of order, actual end
 * before actual start, actual dates after the as-of date, post lines counting zero, transfers that
 * do not say where from, national-officer grades at headquarters, posts filled yet of abolished
 * origin, stated totals off by one, percentages above 100, measurements of the wrong kind or dated
 * after the as-of date, commitments that affect staff with no engagement on record, and dependency
 * cycles.
 *
 * <p>Values that real data repeats (units, locations, phase names, months) come from small pools
 * and are shared between elements, as a reader that interns them would share them.
 */
public final class ProgrammeGenerator {
  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 20_151_101L;

  /** The share of deliberately inconsistent elements, in percent. */
  public static final int INCONSISTENCY_PERCENT = 2;

  /** The as-of date of every generated report: November 2015, as the seed report. */
  public static final PartialDate AS_OF = PartialDate.ofMonth(2015, 11);

  private static final int FIRST_YEAR = 2012;
  private static final int AS_OF_MONTH = monthIndex(2015, 11);
  private static final String[] PHASE_IDS = {"a", "b", "c", "d", "e"};
  private static final LocalizedText[] PHASE_NAMES = {
    LocalizedText.zhEn("收集数据", "Data collection"),
    LocalizedText.zhEn("流程分析", "Process analysis"),
    LocalizedText.zhEn("重新设计流程并确定方案", "Redesign and options"),
    LocalizedText.zhEn("审查和批准新流程", "Review and approval"),
    LocalizedText.zhEn("实施", "Implementation"),
  };
  private static final Grade[] PROFESSIONAL = {
    Grade.P_2, Grade.P_3, Grade.P_4, Grade.P_5, Grade.P_3, Grade.P_4
  };
  private static final Grade[] MANAGERIAL = {Grade.P_5, Grade.D_1, Grade.D_2};
  private static final Grade[] GENERAL = {Grade.G_3, Grade.G_4, Grade.G_5, Grade.G_6};
  private static final Grade[] NATIONAL = {Grade.NO_A, Grade.NO_B, Grade.NO_C};
  private static final String[] APPROVERS = {"M&E officer", "Unit head", "Reform office"};

  private final SplittableRandom random;
  private final ProgrammeSize size;
  private final List<OrgUnit> units = new ArrayList<>();
  private final List<Location> locations = new ArrayList<>();
  private final List<LocalizedText> postTitles = new ArrayList<>();
  private final List<PartialDate> months = new ArrayList<>();
  private final List<CommitmentId> commitmentIds = new ArrayList<>();
  private int cycleFrom = -1;

  private ProgrammeGenerator(ProgrammeSize size, long seed) {
    this.size = size;
    this.random = new SplittableRandom(seed);
    for (int i = 1; i <= 40; i++) {
      units.add(
          OrgUnit.of(
              String.format(java.util.Locale.ROOT, "U%03d", i),
              LocalizedText.zhEn("部门 " + i, "Department " + i)));
    }
    locations.add(Location.headquarters());
    for (int i = 1; i <= 60; i++) {
      LocationKind kind = i <= 5 ? LocationKind.REGION : LocationKind.FIELD_OFFICE;
      locations.add(Location.of(kind, LocalizedText.of("en", "Office " + i)));
    }
    for (int i = 1; i <= 30; i++) {
      postTitles.add(LocalizedText.of("en", "Officer, grade family " + i));
    }
    for (int year = FIRST_YEAR; year <= 2018; year++) {
      for (int month = 1; month <= 12; month++) {
        months.add(PartialDate.ofMonth(year, month));
      }
    }
  }

  /**
   * Returns the progress report of this size for this seed: for {@link ProgrammeSize#SEED} the seed
   * report itself, whatever the seed; otherwise a synthetic programme in the seed report's
   * document, as of {@link #AS_OF}.
   *
   * @param size the size
   * @param seed the seed
   * @return the report
   */
  public static ProgressReport report(ProgrammeSize size, long seed) {
    ProgressReport seedReport = SeedReport.november2015();
    if (size == ProgrammeSize.SEED) {
      return seedReport;
    }
    ReformProgramme programme = new ProgrammeGenerator(size, seed).programme();
    return ProgressReport.builder()
        .document(seedReport.document())
        .asOf(AS_OF)
        .programme(programme)
        .build();
  }

  /**
   * Returns a later report of the same programme, for report-to-report comparison: about one
   * commitment in ten has a phase moved on (and one in a hundred moved back), one post line in
   * twenty changed its count, one indicator in five has a new measurement, and one commitment in
   * fifty is new.
   *
   * @param earlier the earlier report
   * @param seed the seed
   * @return the later report, three months on
   */
  public static ProgressReport laterReport(ProgressReport earlier, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    ReformProgramme programme = earlier.programme();
    PartialDate asOf = earlier.asOf();
    PartialDate laterAsOf =
        PartialDate.ofMonth(
            asOf.year() + (asOf.month().orElse(1) + 2) / 12, (asOf.month().orElse(1) + 2) % 12 + 1);
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment commitment : programme.commitments()) {
      commitments.add(
          random.nextInt(10) == 0 ? movePhase(commitment, random, laterAsOf) : commitment);
    }
    for (int i = 0; i < Math.max(1, programme.commitments().size() / 50); i++) {
      commitments.add(
          Commitment.builder()
              .id(CommitmentId.of("new-" + i))
              .title(LocalizedText.of("en", "New commitment " + i))
              .status(Status.NOT_STARTED)
              .build());
    }
    List<PostLine> lines = new ArrayList<>();
    for (PostLine line : programme.postLines()) {
      lines.add(
          random.nextInt(20) == 0 ? line.withCount(line.count() + 1 + random.nextInt(3)) : line);
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : programme.indicators()) {
      if (random.nextInt(5) == 0 && !indicator.measurements().isEmpty()) {
        Measurement last = indicator.measurements().get(indicator.measurements().size() - 1);
        List<Measurement> measurements = new ArrayList<>(indicator.measurements());
        measurements.add(last.withDate(laterAsOf));
        indicators.add(indicator.withMeasurements(measurements));
      } else {
        indicators.add(indicator);
      }
    }
    ReformProgramme later =
        programme.withCommitments(commitments).withPostLines(lines).withIndicators(indicators);
    return earlier.withAsOf(laterAsOf).withProgramme(later);
  }

  private static Commitment movePhase(
      Commitment commitment, SplittableRandom random, PartialDate asOf) {
    List<Phase> phases = new ArrayList<>(commitment.phases());
    boolean backwards = random.nextInt(10) == 0;
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      if (backwards && phase.status().equals(Optional.of(Status.COMPLETED))) {
        phases.set(i, phase.withStatus(Status.IN_PROGRESS).withActualEnd(Optional.empty()));
        break;
      }
      if (!backwards && phase.status().equals(Optional.of(Status.IN_PROGRESS))) {
        phases.set(i, phase.withStatus(Status.COMPLETED).withActualEnd(asOf));
        break;
      }
      if (!backwards && phase.status().equals(Optional.of(Status.NOT_STARTED))) {
        phases.set(i, phase.withStatus(Status.IN_PROGRESS).withActualStart(asOf));
        break;
      }
    }
    return commitment.withPhases(phases);
  }

  /**
   * Counts the elements of a programme that the benchmarks walk: commitments, phases, post lines,
   * posts, totals, indicators, targets, measurements and engagements. The scaling figures divide by
   * it.
   *
   * @param programme the programme
   * @return the number of elements
   */
  public static long elementCount(ReformProgramme programme) {
    long count =
        (long) programme.commitments().size()
            + programme.postLines().size()
            + programme.posts().size()
            + programme.postTotals().size()
            + programme.indicators().size()
            + programme.engagements().size();
    for (Commitment commitment : programme.commitments()) {
      count += commitment.phases().size();
    }
    for (Indicator indicator : programme.indicators()) {
      count += indicator.targets().size() + indicator.measurements().size();
    }
    return count;
  }

  /**
   * Counts the posts of a programme: the counts of its lines plus its posts kept one by one.
   *
   * @param programme the programme
   * @return the number of posts
   */
  public static long postCount(ReformProgramme programme) {
    long count = programme.posts().size();
    for (PostLine line : programme.postLines()) {
      count += line.count();
    }
    return count;
  }

  private boolean inconsistent() {
    return random.nextInt(100) < INCONSISTENCY_PERCENT;
  }

  private static int monthIndex(int year, int month) {
    return (year - FIRST_YEAR) * 12 + month - 1;
  }

  private PartialDate month(int index) {
    return months.get(Math.max(0, Math.min(months.size() - 1, index)));
  }

  private <T> T pick(List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  private <T> T pick(T[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  private ReformProgramme programme() {
    ReformProgramme.Builder builder =
        ReformProgramme.builder()
            .id(ProgrammeId.of("synthetic-" + size.parameter()))
            .name(LocalizedText.zhEn("合成改革方案", "Synthetic reform programme"))
            .organization(LocalizedText.of("en", "Synthetic organisation"))
            .owner(units.get(0))
            .launched(PartialDate.ofMonth(2013, 1))
            .status(Status.IN_PROGRESS);
    for (int i = 0; i < size.commitments(); i++) {
      commitmentIds.add(CommitmentId.of(String.format(java.util.Locale.ROOT, "c%04d", i + 1)));
    }
    for (int i = 0; i < size.commitments(); i++) {
      Commitment commitment = commitment(i);
      builder.addCommitment(commitment);
      if (commitment.affectsStaff() && !inconsistent()) {
        builder.addEngagement(engagement(commitment));
      }
    }
    int linePosts = size.posts() / 2;
    List<PostLine> lines = postLines(linePosts);
    builder.addAllPostLines(lines);
    builder.addAllPostTotals(postTotals(lines));
    for (int i = 0; i < size.posts() - linePosts; i++) {
      builder.addPost(post(i));
    }
    for (int i = 0; i < size.indicators(); i++) {
      builder.addIndicator(indicator(i));
    }
    return builder.build();
  }

  private Commitment commitment(int index) {
    CommitmentId id = commitmentIds.get(index);
    int start = monthIndex(2013, 1) + random.nextInt(24);
    int completed = random.nextInt(PHASE_IDS.length + 1);
    Commitment.Builder builder =
        Commitment.builder()
            .id(id)
            .title(LocalizedText.zhEn("改革承诺 " + (index + 1), "Reform commitment " + (index + 1)))
            .objective(LocalizedText.of("en", "Objective of commitment " + (index + 1)))
            .owner(pick(units))
            .started(month(start))
            .due(month(start + PHASE_IDS.length * 4))
            .affectsStaff(random.nextInt(10) < 3);
    if (index > 0 && random.nextInt(4) == 0) {
      builder.addDependsOn(commitmentIds.get(random.nextInt(index)));
    }
    if (index > 0 && cycleFrom == index - 1) {
      // closes the cycle that the previous commitment opened
      builder.addDependsOn(commitmentIds.get(index - 1));
    } else if (index + 1 < commitmentIds.size() && inconsistent()) {
      builder.addDependsOn(commitmentIds.get(index + 1));
      cycleFrom = index;
    }
    List<Phase> phases = new ArrayList<>();
    for (int p = 0; p < PHASE_IDS.length; p++) {
      int plannedStart = start + p * 4;
      int plannedEnd = plannedStart + 4;
      if (plannedStart >= 3 && inconsistent()) {
        plannedEnd = plannedStart - 1 - random.nextInt(3);
      }
      Phase.Builder phase =
          Phase.builder()
              .id(PhaseId.of(PHASE_IDS[p]))
              .name(PHASE_NAMES[p])
              .plannedStart(month(plannedStart))
              .plannedEnd(month(plannedEnd));
      int actualStart = Math.min(plannedStart + random.nextInt(3), AS_OF_MONTH - 2);
      if (p < completed) {
        int actualEnd = Math.min(plannedEnd + random.nextInt(4), AS_OF_MONTH - 1);
        actualStart = Math.min(actualStart, actualEnd);
        if (inconsistent()) {
          actualEnd = actualStart - 1 - random.nextInt(3);
        } else if (inconsistent()) {
          actualEnd = AS_OF_MONTH + 1 + random.nextInt(6);
        }
        phase.status(Status.COMPLETED).actualStart(month(actualStart)).actualEnd(month(actualEnd));
      } else if (p == completed) {
        phase.status(Status.IN_PROGRESS).actualStart(month(actualStart));
      } else {
        phase.status(Status.NOT_STARTED);
      }
      phases.add(phase.build());
    }
    if (completed < PHASE_IDS.length - 2 && inconsistent()) {
      int last = PHASE_IDS.length - 1;
      Phase out = phases.get(last);
      phases.set(
          last,
          out.withStatus(Status.COMPLETED)
              .withActualStart(month(AS_OF_MONTH - 3))
              .withActualEnd(month(AS_OF_MONTH - 1)));
    }
    Status status =
        completed == PHASE_IDS.length
            ? Status.COMPLETED
            : phases.get(0).status().equals(Optional.of(Status.NOT_STARTED))
                ? Status.NOT_STARTED
                : Status.IN_PROGRESS;
    return builder.status(status).addAllPhases(phases).build();
  }

  private StaffEngagement engagement(Commitment commitment) {
    return StaffEngagement.builder()
        .id(EngagementId.of("e-" + commitment.id().value()))
        .addKind(random.nextBoolean() ? EngagementKind.CONSULTATION : EngagementKind.INFORMATION)
        .counterpart(Counterpart.STAFF_UNION)
        .subject(LocalizedText.of("en", "Consultation on " + commitment.id().value()))
        .status(Status.COMPLETED)
        .commitment(commitment.id())
        .build();
  }

  private Grade grade(PostCategory category, Location location) {
    if (!location.inField() && inconsistent()) {
      return pick(NATIONAL);
    }
    return switch (category) {
      case TECHNICAL ->
          location.inField() && random.nextInt(4) == 0 ? pick(NATIONAL) : pick(PROFESSIONAL);
      case MANAGERIAL -> pick(MANAGERIAL);
      case SUPPORT -> pick(GENERAL);
      default -> pick(PROFESSIONAL);
    };
  }

  private PostCategory category() {
    int roll = random.nextInt(10);
    if (roll < 5) {
      return PostCategory.TECHNICAL;
    }
    if (roll < 6) {
      return PostCategory.MANAGERIAL;
    }
    return roll < 9 ? PostCategory.ADMINISTRATIVE : PostCategory.SUPPORT;
  }

  private PostOrigin origin() {
    int roll = random.nextInt(10);
    if (roll < 6) {
      return PostOrigin.of(OriginKind.NEW);
    }
    if (roll < 9) {
      return inconsistent()
          ? PostOrigin.of(OriginKind.TRANSFERRED)
          : PostOrigin.transferredFrom(pick(units));
    }
    return PostOrigin.of(OriginKind.REDEPLOYED);
  }

  private List<PostLine> postLines(int posts) {
    List<PostLine> lines = new ArrayList<>();
    int counted = 0;
    while (counted < posts) {
      int count = Math.min(1 + random.nextInt(19), posts - counted);
      counted += count;
      Location location = random.nextInt(3) == 0 ? locations.get(0) : pick(locations);
      PostCategory category = category();
      PostLine.Builder line =
          PostLine.builder()
              .id(PostLineId.of(String.format(java.util.Locale.ROOT, "L%05d", lines.size() + 1)))
              .count(inconsistent() ? 0 : count)
              .location(location)
              .unit(pick(units))
              .category(category)
              .origin(origin())
              .funding(pick(FundingSource.values()))
              .commitment(pick(commitmentIds));
      if (random.nextBoolean()) {
        line.grade(grade(category, location));
      }
      if (random.nextInt(5) == 0) {
        line.addOfWhich(PostShare.some(PostOrigin.transferredFrom(pick(units))));
      }
      lines.add(line.build());
    }
    return lines;
  }

  private List<PostTotal> postTotals(List<PostLine> lines) {
    List<PostTotal> totals = new ArrayList<>();
    for (int from = 0; from < lines.size(); from += 10) {
      List<PostLine> part = lines.subList(from, Math.min(lines.size(), from + 10));
      int sum = part.stream().mapToInt(PostLine::count).sum();
      PostTotal.Builder total =
          PostTotal.builder()
              .id(PostTotalId.of("T" + (totals.size() + 1)))
              .description(
                  LocalizedText.of(
                      "en", "Posts in lines " + (from + 1) + " to " + (from + part.size())))
              .count(inconsistent() ? sum + 1 : sum);
      part.forEach(l -> total.addLine(l.id()));
      totals.add(total.build());
    }
    return totals;
  }

  private Post post(int index) {
    Location location = random.nextInt(3) == 0 ? locations.get(0) : pick(locations);
    PostCategory category = category();
    PostOrigin origin = inconsistent() ? PostOrigin.of(OriginKind.ABOLISHED) : origin();
    int status = random.nextInt(10);
    return Post.builder()
        .id(PostId.of(String.format(java.util.Locale.ROOT, "P%07d", index + 1)))
        .title(pick(postTitles))
        .location(location)
        .unit(pick(units))
        .category(category)
        .grade(grade(category, location))
        .origin(origin)
        .funding(pick(FundingSource.values()))
        .status(
            origin.kind() == OriginKind.ABOLISHED || status < 7
                ? PostStatus.FILLED
                : status < 9 ? PostStatus.VACANT : PostStatus.ESTABLISHED)
        .commitment(pick(commitmentIds))
        .build();
  }

  private Indicator indicator(int index) {
    int roll = random.nextInt(20);
    MeasureKind kind =
        roll < 8
            ? MeasureKind.COUNT
            : roll < 16
                ? MeasureKind.PERCENTAGE
                : roll < 18 ? MeasureKind.AMOUNT : MeasureKind.NUMBER;
    Measure measure = kind == MeasureKind.AMOUNT ? Measure.amount("USD") : Measure.of(kind);
    int perIndicator = size.measurementsPerIndicator();
    int firstMonth = AS_OF_MONTH - perIndicator + 1;
    Indicator.Builder builder =
        Indicator.builder()
            .id(IndicatorId.of(String.format(java.util.Locale.ROOT, "I%05d", index + 1)))
            .name(LocalizedText.of("en", "Indicator " + (index + 1)))
            .measure(measure)
            .direction(
                random.nextInt(5) == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
            .commitment(pick(commitmentIds))
            .baseline(Baseline.builder().value(value(kind, 10)).date(month(firstMonth - 1)).build())
            .addTarget(Target.builder().value(value(kind, 60)).due(month(AS_OF_MONTH + 1)).build())
            .addTarget(
                Target.builder().value(value(kind, 90)).due(month(AS_OF_MONTH + 13)).build());
    for (int m = 0; m < perIndicator; m++) {
      int level = 10 + (m * 70) / perIndicator;
      IndicatorValue value;
      if (kind == MeasureKind.PERCENTAGE && inconsistent()) {
        value = IndicatorValue.percentage(BigDecimal.valueOf(1000 + random.nextInt(100), 1));
      } else if (kind == MeasureKind.PERCENTAGE && inconsistent()) {
        value = IndicatorValue.count(level);
      } else {
        value = value(kind, level);
      }
      int date = m == perIndicator - 1 && inconsistent() ? AS_OF_MONTH + 2 : firstMonth + m;
      Measurement.Builder measurement = Measurement.builder().value(value).date(month(date));
      if (random.nextBoolean()) {
        measurement.approvedBy(pick(APPROVERS));
      }
      builder.addMeasurement(measurement.build());
    }
    return builder.build();
  }

  private IndicatorValue value(MeasureKind kind, int level) {
    return switch (kind) {
      case COUNT -> IndicatorValue.count(level + random.nextInt(5));
      case PERCENTAGE ->
          IndicatorValue.percentage(BigDecimal.valueOf(level * 10L + random.nextInt(10), 1));
      case AMOUNT ->
          IndicatorValue.amount(BigDecimal.valueOf(level * 1000L + random.nextInt(1000)), "USD");
      default -> IndicatorValue.number(BigDecimal.valueOf(level * 100L + random.nextInt(100), 2));
    };
  }
}
