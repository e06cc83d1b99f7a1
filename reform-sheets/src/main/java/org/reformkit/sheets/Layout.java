package org.reformkit.sheets;

import com.google.common.collect.ImmutableList;

/**
 * The workbook's sheets, in the order they are written (and so appear in a workbook), and the order
 * they are read: lists (References, TextLists, Dimensions) first, then each parent before its
 * children. A new kind of element is one more mapping here. Internal.
 */
final class Layout {
  static final ImmutableList<SheetMapping> WRITTEN;
  static final ImmutableList<SheetMapping> READ;

  static {
    SheetMapping report = new ReportSheet();
    SheetMapping programme = new ProgrammeSheet();
    SheetMapping commitments = new CommitmentSheet();
    SheetMapping phases = new PhaseSheet();
    SheetMapping deliverables = new DeliverableSheet();
    SheetMapping milestones = new MilestoneSheet();
    SheetMapping statements = new StatementSheet();
    SheetMapping postLines = new PostLineSheet();
    SheetMapping posts = new PostSheet();
    SheetMapping shares = new PostShareSheet();
    SheetMapping totals = new PostTotalSheet();
    SheetMapping indicators = new IndicatorSheet();
    SheetMapping targets = new TargetSheet();
    SheetMapping measurements = new MeasurementSheet();
    SheetMapping framework = new FrameworkSheet();
    SheetMapping engagements = new EngagementSheet();
    SheetMapping support = new SupportSheet();
    SheetMapping policies = new PolicySheet();
    SheetMapping committees = new CommitteeSheet();
    SheetMapping contacts = new ContactSheet();
    SheetMapping footnotes = new FootnoteSheet();
    SheetMapping references = new ReferenceSheet();
    SheetMapping texts = new TextListSheet();
    SheetMapping dimensions = new DimensionSheet();
    WRITTEN =
        ImmutableList.of(
            report,
            programme,
            commitments,
            phases,
            deliverables,
            milestones,
            statements,
            postLines,
            posts,
            shares,
            totals,
            indicators,
            targets,
            measurements,
            framework,
            engagements,
            support,
            policies,
            committees,
            contacts,
            footnotes,
            references,
            texts,
            dimensions);
    READ =
        ImmutableList.of(
            references,
            texts,
            dimensions,
            report,
            programme,
            commitments,
            phases,
            deliverables,
            milestones,
            statements,
            postLines,
            posts,
            shares,
            totals,
            indicators,
            targets,
            measurements,
            framework,
            engagements,
            support,
            policies,
            committees,
            contacts,
            footnotes);
  }

  private Layout() {}
}
