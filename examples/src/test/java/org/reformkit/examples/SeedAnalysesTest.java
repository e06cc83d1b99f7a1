package org.reformkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reformkit.core.analysis.Analyses;
import org.reformkit.core.analysis.Change;
import org.reformkit.core.analysis.ChangeKind;
import org.reformkit.core.analysis.CommitmentProgress;
import org.reformkit.core.analysis.IndicatorStatus;
import org.reformkit.core.analysis.PhaseTimeline;
import org.reformkit.core.analysis.PostDimension;
import org.reformkit.core.analysis.PostGroup;
import org.reformkit.core.analysis.PostSummary;
import org.reformkit.core.analysis.ProgrammeProgress;
import org.reformkit.core.analysis.ReportComparison;
import org.reformkit.core.analysis.Schedule;
import org.reformkit.core.analysis.TimelineRow;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.Status;

/**
 * Every analysis on the seed report (November 2015) and the reconstructed March 2015 snapshot, with
 * exact expected values; the full printed tables are kept in {@code analyses/*.txt}.
 */
class SeedAnalysesTest {
  private static final ProgressReport NOVEMBER = SeedReport.november2015();
  private static final ProgressReport MARCH = March2015Snapshot.reconstructed();

  private static String expected(String name) {
    try (InputStream in = SeedAnalysesTest.class.getResourceAsStream("analyses/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void postsAddUpTo39OfWhich22AtHeadquartersWithTheTransferredPartNotStated() {
    PostSummary posts = Analyses.postSummary(NOVEMBER);

    assertThat(posts.total()).isEqualTo(39);
    assertThat(posts.groups(PostDimension.LOCATION))
        .extracting(
            g -> g.key().in(Locale.ENGLISH), PostGroup::count, g -> g.ofWhichText(Locale.ENGLISH))
        .containsExactly(
            tuple(
                "headquarters",
                22,
                "transferred from International Institute for Labour Studies: not stated"),
            tuple("field", 17, ""));
    assertThat(posts.groups(PostDimension.CATEGORY))
        .extracting(g -> g.key().in(Locale.ENGLISH), PostGroup::count)
        .containsExactly(tuple("technical", 39));
  }

  @Test
  void postSummaryPrintsInEnglishAndChinese() {
    assertThat(Analyses.postSummary(NOVEMBER).toString()).isEqualTo(expected("posts"));
    assertThat(Analyses.postSummary(NOVEMBER).toTable(Locale.CHINESE).toString())
        .isEqualTo(expected("postszh"));
  }

  @Test
  void businessProcessReviewHasTwoPhasesDoneOneUnderWayAndTwoNotDue() {
    PhaseTimeline timeline = Analyses.phaseTimeline(NOVEMBER);

    assertThat(timeline.asOf()).isEqualTo(LocalDate.of(2015, 11, 1));
    assertThat(timeline.rows().subList(0, 5))
        .extracting(
            r -> r.path().toString(), r -> r.statusAsOf().orElseThrow(), TimelineRow::schedule)
        .containsExactly(
            tuple("commitments[bpr].phases[a]", Status.COMPLETED, Schedule.DONE),
            tuple("commitments[bpr].phases[b]", Status.COMPLETED, Schedule.DONE),
            tuple("commitments[bpr].phases[c]", Status.IN_PROGRESS, Schedule.UNDER_WAY),
            tuple("commitments[bpr].phases[d]", Status.NOT_STARTED, Schedule.NOT_DUE),
            tuple("commitments[bpr].phases[e]", Status.NOT_STARTED, Schedule.NOT_DUE));
    assertThat(timeline.rows()).allSatisfy(r -> assertThat(r.endSlippage()).isEmpty());
    assertThat(timeline.toString()).isEqualTo(expected("timeline"));
    assertThat(timeline.toTable(Locale.CHINESE).toString()).isEqualTo(expected("timelinezh"));
  }

  @Test
  void itemsDueByTheEndOf2015AreOnTimeInNovemberAndOverdueInMarch2016() {
    ElementPath dwcp = ElementPath.parse("commitments[dwcp-quality]");
    ElementPath costs = ElementPath.parse("commitments[indirect-costs]");
    PhaseTimeline later = PhaseTimeline.of(NOVEMBER.programme(), LocalDate.of(2016, 3, 1));

    assertThat(Analyses.phaseTimeline(NOVEMBER).row(dwcp).get().schedule())
        .isEqualTo(Schedule.ON_TIME);
    assertThat(later.row(dwcp).get().schedule()).isEqualTo(Schedule.OVERDUE);
    assertThat(later.row(costs).get().schedule()).isEqualTo(Schedule.OVERDUE);
    assertThat(later.toString()).isEqualTo(expected("timeline2016"));
  }

  @Test
  void interviewsHaveNoTargetAndFlagshipsNoMeasurementYet() {
    assertThat(Analyses.indicatorProgress(NOVEMBER).rows())
        .extracting(r -> r.path().toString(), r -> r.status())
        .containsExactly(
            tuple("indicators[bpr-interviews]", IndicatorStatus.NO_TARGET),
            tuple("indicators[flagship-programmes]", IndicatorStatus.NO_DATA));
    assertThat(Analyses.indicatorProgress(NOVEMBER).toString()).isEqualTo(expected("indicators"));
  }

  @Test
  void programmeIsHalfDoneInNovemberAndLessInMarch() {
    ProgrammeProgress november = Analyses.programmeProgress(NOVEMBER);
    CommitmentProgress review = november.commitments().get(0);

    assertThat(review.completed()).isEqualTo(2);
    assertThat(review.begun()).isEqualTo(1);
    assertThat(review.notStarted()).isEqualTo(2);
    assertThat(review.share()).contains(new BigDecimal("0.5"));
    assertThat(november.overall()).contains(new BigDecimal("0.5"));
    assertThat(Analyses.programmeProgress(MARCH).overall()).contains(new BigDecimal("0.4375"));
    assertThat(november.toString()).isEqualTo(expected("progress"));
    assertThat(Analyses.programmeProgress(MARCH).toString()).isEqualTo(expected("progressmar"));
  }

  @Test
  void marchToNovemberShowsTheLaunchOfTheReviewAndItsPhasesMoving() {
    ReportComparison changes = Analyses.compare(MARCH, NOVEMBER);

    assertThat(changes.ofKind(ChangeKind.STATUS_FORWARD))
        .extracting(
            c -> c.path().toString(),
            c -> c.oldValue().get().in(Locale.ENGLISH),
            c -> c.newValue().get().in(Locale.ENGLISH))
        .containsExactly(
            tuple("commitments[bpr].status", "not started", "in progress"),
            tuple("commitments[bpr].phases[a].status", "not started", "completed"),
            tuple("commitments[bpr].phases[b].status", "not started", "completed"),
            tuple("commitments[bpr].phases[c].status", "not started", "in progress"));
    assertThat(changes.at(ElementPath.parse("externalSupport")))
        .extracting(c -> c.path().toString(), Change::kind)
        .containsExactly(tuple("externalSupport[bpr-consultancy]", ChangeKind.ADDED));
    assertThat(changes.at(ElementPath.parse("indicators[bpr-interviews]")))
        .extracting(c -> c.path().toString(), c -> c.newValue().get().in(Locale.ENGLISH))
        .containsExactly(tuple("indicators[bpr-interviews].measurements[by 2015-11]", "75"));
    assertThat(changes.ofKind(ChangeKind.NEWLY_CITED))
        .extracting(c -> c.path().toString())
        .containsExactly(
            "citations[The report of March 2015]",
            "citations[GB.323/INS/INF/2]",
            "citations[GB.323/PFA/1]",
            "citations[GB.325/POL/7]");
    assertThat(changes.needingAttention()).isEmpty();
    assertThat(changes.changes()).hasSize(23);
    assertThat(changes.toString()).isEqualTo(expected("compare"));
    assertThat(changes.toTable(Locale.CHINESE).toString()).isEqualTo(expected("comparezh"));
  }

  @Test
  void novemberToMarchFlagsEveryMoveBackward() {
    ReportComparison back = Analyses.compare(NOVEMBER, MARCH);

    assertThat(back.ofKind(ChangeKind.STATUS_BACKWARD)).hasSize(4);
    assertThat(back.changes())
        .containsExactlyInAnyOrderElementsOf(
            Analyses.compare(MARCH, NOVEMBER).mirrored().changes());
    assertThat(back.toString()).isEqualTo(expected("back"));
  }

  @Test
  void marchSnapshotIsMarkedAsReconstructedWithANote() {
    assertThat(MARCH.reconstructed()).isTrue();
    assertThat(MARCH.reconstructionNote()).isPresent();
    assertThat(MARCH.asOf().toString()).isEqualTo("2015-03");
    assertThat(MARCH.programme().commitment(SeedReport.BUSINESS_PROCESS_REVIEW).get().status())
        .contains(Status.NOT_STARTED);
    assertThat(MARCH.programme().externalSupport()).isEmpty();
    assertThat(MARCH.programme().engagements()).isEmpty();
  }
}
