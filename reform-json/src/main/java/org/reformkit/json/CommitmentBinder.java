package org.reformkit.json;

import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.Status;

/**
 * Binds commitments with their phases, deliverables and milestones, as they stream from the parser,
 * calling the model's builders. Each method starts on the first token of its value and leaves the
 * parser on the last. Internal.
 */
final class CommitmentBinder {
  private static final Words<Status> STATUS_WORDS = Words.of(Status.class);

  private CommitmentBinder() {}

  static Commitment commitment(Reading r) {
    Parsing.Obj o = r.begin(Formats.COMMITMENT);
    Commitment.Builder b = Commitment.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(CommitmentId::of));
        case Names.TITLE -> b.title(r.text());
        case Names.OBJECTIVE -> b.objective(r.text());
        case Names.SCOPE -> b.scope(r.text());
        case Names.OWNER -> b.owner(r.orgUnit());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "commitment status"));
        case Names.STARTED -> b.started(r.partialDate());
        case Names.DUE -> b.due(r.partialDate());
        case Names.AFFECTS_STAFF -> b.affectsStaff(r.bool());
        case Names.DEPENDS_ON -> r.eachOnce(b::addDependsOn, () -> r.id(CommitmentId::of), name);
        case Names.PART_OF -> b.partOf(r.id(CommitmentId::of));
        case Names.ADDRESSES_FINDINGS_OF ->
            r.each(b::addAddressesFindingsOf, () -> ReportBinder.documentReference(r));
        case Names.PHASES -> r.each(b::addPhase, () -> phase(r));
        case Names.DELIVERABLES -> r.each(b::addDeliverable, () -> deliverable(r));
        case Names.MILESTONES -> r.each(b::addMilestone, () -> milestone(r));
        case Names.STATEMENTS -> r.each(b::addStatement, () -> ReportBinder.statement(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Phase phase(Reading r) {
    Parsing.Obj o = r.begin(Formats.PHASE);
    Phase.Builder b = Phase.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(PhaseId::of));
        case Names.NAME -> b.name(r.text());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "phase status"));
        case Names.PLANNED_START -> b.plannedStart(r.partialDate());
        case Names.PLANNED_END -> b.plannedEnd(r.partialDate());
        case Names.ACTUAL_START -> b.actualStart(r.partialDate());
        case Names.ACTUAL_END -> b.actualEnd(r.partialDate());
        case Names.DELIVERABLES -> r.each(b::addDeliverable, () -> deliverable(r));
        case Names.STATEMENTS -> r.each(b::addStatement, () -> ReportBinder.statement(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Deliverable deliverable(Reading r) {
    Parsing.Obj o = r.begin(Formats.DELIVERABLE);
    Deliverable.Builder b = Deliverable.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(DeliverableId::of));
        case Names.NAME -> b.name(r.text());
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "deliverable status"));
        case Names.QUANTITY -> b.quantity(r.nonNegative("a deliverable quantity"));
        case Names.DUE -> b.due(r.partialDate());
        case Names.ANNOUNCED -> b.announced(r.partialDate());
        case Names.DOCUMENTS -> r.each(b::addDocument, () -> ReportBinder.documentReference(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Milestone milestone(Reading r) {
    Parsing.Obj o = r.begin(Formats.MILESTONE);
    Milestone.Builder b = Milestone.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(MilestoneId::of));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.DUE -> b.due(r.partialDate());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "milestone status"));
        case Names.ADDRESSEE -> b.addressee(r.text());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }
}
