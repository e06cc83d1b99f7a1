package org.reformkit.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.Acceptance;
import org.reformkit.core.model.Addressee;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.DutyStation;
import org.reformkit.core.model.ImplementationStatus;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationAction;
import org.reformkit.core.model.RecommendationId;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.RecommendationTotalId;
import org.reformkit.core.model.Recommendations;
import org.reformkit.core.model.Relocation;

/**
 * Binds the recommendations of oversight bodies (listed and counted), duty stations and relocations
 * as they stream from the parser, calling the model's builders. Each method starts on the first
 * token of its value and leaves the parser on the last. Internal.
 */
final class RecommendationBinder {
  private static final Words<Acceptance> ACCEPTANCE_WORDS = Words.of(Acceptance.class);
  private static final Words<Addressee> ADDRESSEE_WORDS = Words.of(Addressee.class);
  private static final Words<ImplementationStatus> STATUS_WORDS =
      Words.of(ImplementationStatus.class);

  private RecommendationBinder() {}

  static Recommendations recommendations(Reading r) {
    Parsing.Obj o = r.begin(Formats.RECOMMENDATIONS);
    Recommendations.Builder b = Recommendations.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.LISTED -> r.each(b::addListed, () -> recommendation(r));
        case Names.TOTALS -> r.each(b::addTotal, () -> total(r));
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static Recommendation recommendation(Reading r) {
    Parsing.Obj o = r.begin(Formats.RECOMMENDATION);
    Recommendation.Builder b = Recommendation.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(RecommendationId::of));
        case Names.SOURCE -> b.source(ReportBinder.documentReference(r));
        case Names.NUMBER -> b.number(r.string());
        case Names.TEXT -> b.text(r.text());
        case Names.ADDRESSEE ->
            b.addressee(r.enumValue(ADDRESSEE_WORDS, "recommendation addressee"));
        case Names.ACCEPTANCE ->
            b.acceptance(r.enumValue(ACCEPTANCE_WORDS, "recommendation acceptance"));
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "recommendation status"));
        case Names.DUE -> b.due(r.partialDate());
        case Names.ANSWERED_BY -> r.each(b::addAnsweredBy, () -> r.id(CommitmentId::of));
        case Names.EVIDENCE -> r.each(b::addEvidence, () -> ReportBinder.documentReference(r));
        case Names.ACTIONS -> r.each(b::addAction, () -> action(r));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static RecommendationAction action(Reading r) {
    Parsing.Obj o = r.begin(Formats.RECOMMENDATION_ACTION);
    RecommendationAction.Builder b = RecommendationAction.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.NUMBER -> b.number(r.string());
        case Names.TEXT -> b.text(r.text());
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "recommendation action status"));
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static RecommendationTotal total(Reading r) {
    Parsing.Obj o = r.begin(Formats.RECOMMENDATION_TOTAL);
    RecommendationTotal.Builder b = RecommendationTotal.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.ID -> b.id(r.id(RecommendationTotalId::of));
        case Names.SOURCE -> b.source(ReportBinder.documentReference(r));
        case Names.STATUS -> b.status(r.enumValue(STATUS_WORDS, "recommendation status"));
        case Names.COUNT -> b.count(r.nonNegative("a count of recommendations"));
        case Names.ACTIONS -> b.actions(r.nonNegative("a count of actions"));
        case Names.DESCRIPTION -> b.description(r.text());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }

  static DutyStation dutyStation(Reading r) {
    Parsing.Obj o = r.begin(Formats.DUTY_STATION);
    @Nullable LocalizedText city = null;
    @Nullable String country = null;
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.CITY -> city = r.text();
        case Names.COUNTRY -> country = country(r);
        default -> o.unknown(name);
      }
    }
    LocalizedText c = city;
    String k = country;
    return o.build(() -> DutyStation.of(Objects.requireNonNull(c), Objects.requireNonNull(k)));
  }

  private static String country(Reading r) {
    String code = r.string();
    if (!DutyStation.isCountryCode(code)) {
      throw r.failHere(
          Parsing.quote(code) + " is not an ISO 3166-1 alpha-2 country code such as \"KE\"");
    }
    return code;
  }

  static Relocation relocation(Reading r) {
    Parsing.Obj o = r.begin(Formats.RELOCATION);
    Relocation.Builder b = Relocation.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.FROM -> b.from(PostBinder.location(r));
        case Names.TO -> b.to(PostBinder.location(r));
        case Names.DATE -> b.date(r.partialDate());
        case Names.PARAGRAPHS -> r.each(b::addParagraph, r::paragraph);
        default -> o.unknown(name);
      }
    }
    return o.build(b::build);
  }
}
