package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;

/**
 * The workbook's sheets, listed once in the order they are written (and so appear in a workbook):
 * each parent before its children. They are read in the same order, except that the sheets of lists
 * (References, TextLists, Dimensions) are read first, so that an element finds its lists when it is
 * assembled. A new kind of element is one more mapping here. Internal.
 */
final class Layout {
  /** The sheets of lists: rows that name the element they belong to by its path. */
  private static final ImmutableList<SheetMapping> LISTS =
      ImmutableList.of(new ReferenceSheet(), new TextListSheet(), new DimensionSheet());

  static final ImmutableList<SheetMapping> WRITTEN =
      ImmutableList.<SheetMapping>builder()
          .add(
              new ReportSheet(),
              new ProgrammeSheet(),
              new CommitmentSheet(),
              new PhaseSheet(),
              new DeliverableSheet(),
              new MilestoneSheet(),
              new StatementSheet(),
              new PostLineSheet(),
              new PostSheet(),
              new PostShareSheet(),
              new PostTotalSheet(),
              new FinancialLineSheet(),
              new FinanceTotalSheet(),
              new RiskSheet(),
              new IndicatorSheet(),
              new TargetSheet(),
              new MeasurementSheet(),
              new FrameworkSheet(),
              new EngagementSheet(),
              new SupportSheet(),
              new PolicySheet(),
              new CommitteeSheet(),
              new RecommendationSheet(),
              new RecommendationActionSheet(),
              new RecommendationTotalSheet(),
              new ContactSheet(),
              new FootnoteSheet())
          .addAll(LISTS)
          .build();

  static final ImmutableList<SheetMapping> READ =
      Stream.concat(LISTS.stream(), WRITTEN.stream().filter(m -> !LISTS.contains(m)))
          .collect(ImmutableList.toImmutableList());

  private Layout() {}
}
