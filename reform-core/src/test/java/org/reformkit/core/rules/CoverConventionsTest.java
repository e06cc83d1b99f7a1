package org.reformkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.reformkit.core.rules.Fixtures.AS_OF;
import static org.reformkit.core.rules.Fixtures.codesAndPaths;
import static org.reformkit.core.rules.Fixtures.date;
import static org.reformkit.core.rules.Fixtures.document;
import static org.reformkit.core.rules.Fixtures.text;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.Contact;
import org.reformkit.core.model.Distribution;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.RequestedAction;
import org.reformkit.core.model.SymbolFamily;

/** Which cover fields a paper needs is its body's convention, stated by the caller or assumed. */
class CoverConventionsTest {
  private static final String CODE = "DOCUMENT_COVER_FIELDS";

  /** An executive board information note of another body: no ILO cover at all. */
  private static GoverningBodyDocument whoNote() {
    return GoverningBodyDocument.builder()
        .symbol(DocumentSymbol.parse("EB138/5"))
        .title(text("Progress report on reform"))
        .organ(text("Executive Board"))
        .session("138th")
        .date(date("2015-12-18"))
        .build();
  }

  private static ValidationResult check(GoverningBodyDocument document, ValidationContext context) {
    return RuleSet.standard().only(CODE).validate(document, context);
  }

  private static ValidationContext context() {
    return ValidationContext.of(AS_OF, Locale.ENGLISH);
  }

  @Test
  void aPaperOfAnotherBodyIsGivenNoIloCoverErrors() {
    assertThat(whoNote().cover()).isEqualTo(DocumentCover.builder().build());
    assertThat(check(whoNote(), context()).findings()).isEmpty();
    assertThat(check(whoNote().withDate(date("2018")), context()).findings()).isEmpty();
  }

  @Test
  void anIloPaperIsStillHeldToTheIloSetByDefault() {
    GoverningBodyDocument bare = document().withCover(DocumentCover.builder().build());

    assertThat(check(bare, context()).findings()).hasSize(7);
    assertThat(check(bare, context().withCoverConventions(CoverConventions.none())).findings())
        .isEmpty();
  }

  @Test
  void aCallerStatesTheRequiredSetOfItsBodyAndEachAbsentFactIsReportedAtItsPath() {
    CoverConventions ifad =
        CoverConventions.builder()
            .require(CoverField.DATE)
            .require(CoverField.DISTRIBUTION)
            .require(CoverField.ORIGINAL_LANGUAGE)
            .require(CoverField.AGENDA_ITEM)
            .require(CoverField.ACTIONS_REQUESTED)
            .require(CoverField.CONTACTS)
            .require(CoverField.PURPOSE)
            .build();
    ValidationContext context =
        ValidationContext.builder().asOf(AS_OF).coverConventions(ifad).build();

    ValidationResult bare = check(whoNote().withDate(Optional.empty()), context);

    assertThat(codesAndPaths(bare))
        .containsExactly(
            tuple(CODE, "document.cover.purpose"),
            tuple(CODE, "document.date"),
            tuple(CODE, "document.distribution"),
            tuple(CODE, "document.originalLanguage"),
            tuple(CODE, "document.agendaItem"),
            tuple(CODE, "document.actionsRequested"),
            tuple(CODE, "document.contacts"));
    assertThat(bare.findings())
        .extracting(Finding::message)
        .containsExactly(
            "The cover does not state the purpose of the document",
            "The paper does not state its date",
            "The paper does not state its distribution",
            "The paper does not state its original language",
            "The paper does not state its agenda item",
            "The paper does not state the action it asks of the body",
            "The paper names no focal point or contact");
    GoverningBodyDocument complete =
        whoNote()
            .withDistribution(Distribution.PUBLIC)
            .withOriginalLanguage("en")
            .withAgendaItem("3(a)")
            .withActionsRequested(RequestedAction.INFORMATION)
            .withContacts(Contact.builder().email("focal@example.org").build())
            .withCover(DocumentCover.builder().purpose(text("Progress of the reform")).build());
    assertThat(check(complete, context).findings()).isEmpty();
  }

  @Test
  void theIloSetRequiresTheMainOutcomeOnlyFrom2017AndNotWhenTheYearIsUnknown() {
    CoverConventions ilo = CoverConventions.ilo();

    assertThat(ilo.requires(CoverField.PURPOSE, Optional.empty())).isTrue();
    assertThat(ilo.requires(CoverField.AUTHOR_UNIT, Optional.of(2015))).isTrue();
    assertThat(ilo.requires(CoverField.MAIN_OUTCOME, Optional.empty())).isFalse();
    assertThat(ilo.requires(CoverField.MAIN_OUTCOME, Optional.of(2016))).isFalse();
    assertThat(ilo.requires(CoverField.MAIN_OUTCOME, Optional.of(2017))).isTrue();
    assertThat(ilo.requires(CoverField.DATE, Optional.of(2017))).isFalse();
    assertThat(ilo.required().keySet())
        .containsExactly(
            CoverField.PURPOSE,
            CoverField.STRATEGIC_OBJECTIVE,
            CoverField.MAIN_OUTCOME,
            CoverField.POLICY_IMPLICATIONS,
            CoverField.LEGAL_IMPLICATIONS,
            CoverField.FINANCIAL_IMPLICATIONS,
            CoverField.FOLLOW_UP_ACTION,
            CoverField.AUTHOR_UNIT);
    assertThat(ilo.required().get(CoverField.MAIN_OUTCOME)).contains(2017);
    assertThat(ilo.required().get(CoverField.PURPOSE)).isEmpty();
  }

  @Test
  void theStandardConventionsFollowTheFamilyOfTheSymbol() {
    for (SymbolFamily family : SymbolFamily.values()) {
      assertThat(CoverConventions.standard(family))
          .isEqualTo(
              family == SymbolFamily.ILO_GOVERNING_BODY
                  ? CoverConventions.ilo()
                  : CoverConventions.none());
    }
    assertThat(CoverConventions.none().required()).isEmpty();
    assertThat(context().coverConventions()).isEmpty();
    assertThat(context().coverConventionsFor(SymbolFamily.WHO)).isEqualTo(CoverConventions.none());
    assertThat(
            context()
                .withCoverConventions(CoverConventions.ilo())
                .coverConventionsFor(SymbolFamily.WHO))
        .isEqualTo(CoverConventions.ilo());
  }

  @Test
  void conventionsAreValuesAndTheContextKeepsThemThroughEveryCopy() {
    CoverConventions dates = CoverConventions.builder().require(CoverField.DATE).build();
    CoverConventions same = CoverConventions.builder().require(CoverField.DATE).build();
    ValidationContext context = context().withCoverConventions(dates);

    assertThat(dates).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(CoverConventions.none());
    assertThat(dates.hashCode())
        .isNotEqualTo(CoverConventions.ilo().hashCode())
        .isNotEqualTo(CoverConventions.none().hashCode());
    assertThat(dates.toString()).isEqualTo("CoverConventions{DATE=Optional.empty}");
    assertThat(context).isNotEqualTo(context()).isEqualTo(context().withCoverConventions(same));
    assertThat(context.hashCode()).isEqualTo(context().withCoverConventions(same).hashCode());
    assertThat(context.withAsOf(AS_OF.minusDays(1)).coverConventions()).contains(dates);
    assertThat(context.withLocale(Locale.CHINESE).coverConventions()).contains(dates);
    assertThat(context.toString())
        .isEqualTo(
            "ValidationContext{asOf=2015-11-30, locale=en,"
                + " coverConventions=CoverConventions{DATE=Optional.empty}}");
    assertThat(context().toString()).isEqualTo("ValidationContext{asOf=2015-11-30, locale=en}");
    assertThatThrownBy(() -> CoverConventions.builder().requireFrom(CoverField.DATE, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            CoverConventions.builder()
                .requireFrom(CoverField.DATE, 1)
                .build()
                .requires(CoverField.DATE, Optional.of(1)))
        .isTrue();
  }

  @Test
  void aContactNeedsANameAUnitOrAnEmailAddress() {
    assertThatThrownBy(() -> Contact.builder().role(text("Director")).build())
        .hasMessage("a contact needs a name, a unit or an e-mail address");
    assertThatThrownBy(() -> Contact.builder().name(" ").build()).hasMessageContaining("blank");
    assertThat(Contact.builder().unit(OrgUnit.named(text("Change Management"))).build().unit())
        .isPresent();
    assertThat(Contact.builder().name("A. Person").build().name()).contains("A. Person");
  }
}
