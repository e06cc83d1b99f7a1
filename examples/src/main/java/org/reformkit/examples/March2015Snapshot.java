package org.reformkit.examples;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;

/**
 * The programme as it stood at the previous report, March 2015, reconstructed from what the seed
 * report (November 2015, {@code GB.325/INS/15/1}) says about that time, and marked as
 * reconstructed. It is derived from {@link SeedReport#november2015()} by copies that undo what the
 * seed says happened since, so everything not mentioned here is as the November report states it.
 *
 * <pre>{@code
 * ProgressReport march = March2015Snapshot.reconstructed();
 * ReportComparison.between(march, SeedReport.november2015());  // what moved since March
 * }</pre>
 *
 * <p><b>What was undone, and why</b> (paragraph numbers of the seed):
 *
 * <ul>
 *   <li>The business process review had not been launched: its launch is "the most important
 *       progress since the March 2015 report" (1). So it is not started, with no start date; its
 *       five phases (2) are not started, without the deliverables they have produced since
 *       (priority areas, options: 6) and without the planned start of implementation "in 2016" (6),
 *       first stated in November; its statements (3, 6) go too.
 *   <li>Everything done for the review since its launch goes: the consultancy (work began in July:
 *       4), the 75 interviews, meetings, participation and survey, and the staff union engagement
 *       (5, 6), and the interview count measured by November (5).
 *   <li>The human resources milestone for March 2016 (9) was first announced in November.
 *   <li>The flagship programmes had been announced in February 2015 (11) and stay, under way, but
 *       their full overview in {@code GB.325/POL/7}, a paper to the November session, could not be
 *       cited.
 *   <li>The 22 and 17 new technical posts (7) are stated "at present" in November; the seed does
 *       not say whether they were in place in March (footnote 1 ties the 22 to the March 2015
 *       programme and budget proposals), so their status is not stated.
 *   <li>The November report's own statements go: the progress since March (1), the 2030 Agenda (12,
 *       adopted in September 2015), and the assessments of the programme (1, 15).
 * </ul>
 *
 * <p><b>What is assumed.</b> The field review's decisions were being implemented already ("continue
 * to be implemented", 1), as were the remaining items due by the end of 2015 (13); the diagnostic
 * tool, mobility policy, committee, posts' counts, indicators and monitoring framework, for which
 * the seed gives no date, are kept as November states them. The paper is taken to be {@code
 * GB.323/INS/INF/2}: the seed does not name the March report's symbol, and this is the only paper
 * of the 323rd session (March 2015) in the Institutional Section among the seed's related
 * documents, which list the earlier reform updates in order. It cites the related documents of
 * sessions before the 323rd (and the 2008 Declaration); its cover and other citations are not known
 * and are left empty.
 */
public final class March2015Snapshot {
  /** The symbol taken for the March 2015 report (see the class description). */
  public static final DocumentSymbol SYMBOL = DocumentSymbol.parse("GB.323/INS/INF/2");

  private static final int MARCH_SESSION = 323;

  private March2015Snapshot() {}

  /**
   * Returns the reconstructed March 2015 snapshot.
   *
   * @return the snapshot, marked as reconstructed with a note
   */
  public static ProgressReport reconstructed() {
    ProgressReport november = SeedReport.november2015();
    return ProgressReport.builder()
        .document(document(november.document()))
        .asOf(PartialDate.ofMonth(2015, 3))
        .programme(programme(november.programme()))
        .reconstructed(true)
        .reconstructionNote(
            LocalizedText.zhEn(
                "根据 2015 年 11 月报告(GB.325/INS/15/1)关于 2015 年 3 月以来进展的陈述重建："
                    + "业务流程审查尚未启动，其各阶段均未开始；此后的咨询合同、职员访谈和调查、"
                    + "旗舰计划概览文件及 11 月报告本身的陈述均不包括在内。文件编号 GB.323/INS/INF/2 为推断。",
                "Reconstructed from what the November 2015 report (GB.325/INS/15/1) says happened"
                    + " since March 2015: the business process review not yet launched and none"
                    + " of its phases started; the later consultancy, staff interviews and survey,"
                    + " the flagship overview paper and the November report's own statements left"
                    + " out. The symbol GB.323/INS/INF/2 is inferred."))
        .build();
  }

  private static GoverningBodyDocument document(GoverningBodyDocument november) {
    ImmutableList<DocumentReference> earlier =
        november.cover().relatedDocuments().stream()
            .filter(
                r ->
                    r.symbol()
                        .flatMap(DocumentSymbol::session)
                        .map(s -> s < MARCH_SESSION)
                        .orElse(true))
            .collect(ImmutableList.toImmutableList());
    return GoverningBodyDocument.builder()
        .symbol(SYMBOL)
        .title(LocalizedText.zhEn("内部改革的最新情况", "Update on the internal reform"))
        .sessionDates(DatePeriod.within(PartialDate.ofMonth(2015, 3)))
        .cover(DocumentCover.builder().addAllRelatedDocuments(earlier).build())
        .build();
  }

  private static ReformProgramme programme(ReformProgramme november) {
    ImmutableList<Commitment> commitments =
        november.commitments().stream()
            .map(March2015Snapshot::commitment)
            .collect(ImmutableList.toImmutableList());
    ImmutableList<PostLine> posts =
        november.postLines().stream()
            .map(l -> l.withStatus(Optional.empty()))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Indicator> indicators =
        november.indicators().stream()
            .map(
                i ->
                    i.id().equals(IndicatorId.of("bpr-interviews"))
                        ? i.withMeasurements(ImmutableList.of())
                        : i)
            .collect(ImmutableList.toImmutableList());
    return november
        .withCommitments(commitments)
        .withPostLines(posts)
        .withIndicators(indicators)
        .withEngagements(ImmutableList.of())
        .withExternalSupport(ImmutableList.of())
        .withStatements(ImmutableList.of());
  }

  private static Commitment commitment(Commitment november) {
    if (november.id().equals(SeedReport.BUSINESS_PROCESS_REVIEW)) {
      return november
          .withStatus(Status.NOT_STARTED)
          .withStarted(Optional.empty())
          .withStatements(ImmutableList.of())
          .withPhases(
              november.phases().stream()
                  .map(March2015Snapshot::phaseNotStarted)
                  .collect(ImmutableList.toImmutableList()));
    }
    if (november.id().equals(SeedReport.HUMAN_RESOURCES)) {
      return november.withMilestones(ImmutableList.of());
    }
    if (november.id().equals(SeedReport.FLAGSHIP_PROGRAMMES)) {
      return november.withDeliverables(
          november.deliverables().stream()
              .map(March2015Snapshot::withoutLaterPaper)
              .collect(ImmutableList.toImmutableList()));
    }
    return november;
  }

  private static Phase phaseNotStarted(Phase november) {
    return november
        .withStatus(Status.NOT_STARTED)
        .withPlannedStart(Optional.empty())
        .withDeliverables(ImmutableList.of());
  }

  private static Deliverable withoutLaterPaper(Deliverable november) {
    return november.withDocuments(ImmutableList.of()).withDescription(Optional.empty());
  }
}
