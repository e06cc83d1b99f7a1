package org.reformkit.json;

import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.ProcurementMethod;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;

/**
 * Binds staff engagements, external support, policies and committees, as they stream from the
 * parser, calling the model's builders. Each method starts on the first token of its value and
 * leaves the parser on the last. Internal.
 */
final class EngagementBinder {
  private static final Words<Counterpart> COUNTERPART_WORDS = Words.of(Counterpart.class);
  private static final Words<EngagementKind> ENGAGEMENT_KIND_WORDS = Words.of(EngagementKind.class);
  private static final Words<PolicyStatus> POLICY_STATUS_WORDS = Words.of(PolicyStatus.class);
  private static final Words<ProcurementMethod> PROCUREMENT_METHOD_WORDS =
      Words.of(ProcurementMethod.class);
  private static final Words<Status> STATUS_WORDS = Words.of(Status.class);
  private static final Words<SupportKind> SUPPORT_KIND_WORDS = Words.of(SupportKind.class);

  private EngagementBinder() {}

  static StaffEngagement engagement(Reading r) {
    Parsing.Obj o = r.begin(Formats.ENGAGEMENT);
    StaffEngagement.Builder b = StaffEngagement.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(EngagementId::of));
        case Names.KINDS ->
            r.eachOnce(
                b::addKind, () -> r.enumValue(ENGAGEMENT_KIND_WORDS, "engagement kind"), name);
        case Names.COUNTERPART -> b.counterpart(r.enumValue(COUNTERPART_WORDS, "counterpart"));
        case Names.PARTICIPANTS -> b.participants(r.text());
        case Names.SUBJECT -> b.subject(r.text());
        case Names.COUNT -> b.count(r.nonNegative("an engagement count"));
        case Names.PERIOD -> b.period(r.period());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "engagement status"));
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.PHASE -> b.phase(r.id(PhaseId::of));
        case Names.NOTE -> b.note(r.text());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static ExternalSupport externalSupport(Reading r) {
    Parsing.Obj o = r.begin(Formats.SUPPORT);
    ExternalSupport.Builder b = ExternalSupport.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(SupportId::of));
        case Names.KIND -> b.kind(r.enumValue(SUPPORT_KIND_WORDS, "support kind"));
        case Names.PROVIDER -> b.provider(r.text());
        case Names.PROCUREMENT ->
            b.procurement(r.enumValue(PROCUREMENT_METHOD_WORDS, "procurement method"));
        case Names.REASON -> b.reason(r.text());
        case Names.AWARDED -> b.awarded(r.partialDate());
        case Names.STARTED -> b.started(r.partialDate());
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Policy policy(Reading r) {
    Parsing.Obj o = r.begin(Formats.POLICY);
    Policy.Builder b = Policy.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(PolicyId::of));
        case Names.NAME -> b.name(r.text());
        case Names.STATUS -> b.status(r.enumValue(POLICY_STATUS_WORDS, "policy status"));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.MEASURES -> r.each(b::addMeasure, r::text);
        case Names.COMMITMENT -> b.commitment(r.id(CommitmentId::of));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Committee committee(Reading r) {
    Parsing.Obj o = r.begin(Formats.COMMITTEE);
    Committee.Builder b = Committee.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(CommitteeId::of));
        case Names.NAME -> b.name(r.text());
        case Names.ABBREVIATION -> b.abbreviation(r.string());
        case Names.FUNCTIONS -> r.each(b::addFunction, r::text);
        case Names.ADVISES_ON -> r.each(b::addAdvisesOn, r::text);
        case Names.ADVISES -> b.advises(r.text());
        case Names.APPLIES -> r.eachOnce(b::addApply, () -> r.id(PolicyId::of), name);
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }
}
