package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.SymbolFamily;

/**
 * Rules on governing-body documents: symbols, related documents, cover fields, footnotes. Internal.
 */
final class DocumentRules {
  /** The section of minutes ({@code GB.331/PV}), which carry no item number. */
  private static final String MINUTES = "PV";

  /** Suffix words seen in real symbols: addendum, revision, corrigendum. */
  /** The suffix words symbols use: addendum, revision, corrigendum, and FAO's executive summary. */
  private static final ImmutableSet<String> SUFFIX_WORDS =
      ImmutableSet.of("Add", "Rev", "Corr", "ES");

  private DocumentRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(
        symbolForm(), agendaItem(), relatedSession(), coverFields(), footnoteOrder());
  }

  /** A symbol a document carries or cites, with the path of the element that holds it. */
  private static final class Cited {
    final ElementPath path;
    final DocumentSymbol symbol;

    Cited(ElementPath path, DocumentSymbol symbol) {
      this.path = path;
      this.symbol = symbol;
    }
  }

  /** The symbols the document cites: its related documents, then its footnotes' references. */
  private static ImmutableList<Cited> cited(GoverningBodyDocument document, ElementPath path) {
    ImmutableList.Builder<Cited> all = ImmutableList.builder();
    ImmutableList<DocumentReference> related = document.cover().relatedDocuments();
    for (int i = 0; i < related.size(); i++) {
      ElementPath at = path.field("cover").index("relatedDocuments", i);
      related.get(i).symbol().ifPresent(s -> all.add(new Cited(at, s)));
    }
    for (Footnote footnote : document.footnotes()) {
      ImmutableList<DocumentReference> references = footnote.references();
      for (int j = 0; j < references.size(); j++) {
        ElementPath at = path.key("footnotes", footnote.number()).index("references", j);
        references.get(j).symbol().ifPresent(s -> all.add(new Cited(at, s)));
      }
    }
    return all.build();
  }

  static Rule<GoverningBodyDocument> symbolForm() {
    String code = "DOCUMENT_SYMBOL_FORM";
    return define(
        Rule.builder(code, GoverningBodyDocument.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("Document symbols are of a known form, complete, and use known suffixes")
            .description(
                "The symbol of the document and every symbol it cites (related documents,"
                    + " footnotes) must be of a known family (ILO Governing Body, UN, WHO, IFAD,"
                    + " FAO, JIU, UNDP/UNFPA/UNOPS); a symbol of no known form is accepted as"
                    + " written and reported once, and its parts are not checked. An ILO Governing"
                    + " Body symbol must carry an agenda item number, except minutes (section PV);"
                    + " suffixes must be Add., Rev. or Corr. The model refuses only blank symbols"
                    + " and symbols with invisible characters; references given by title only are"
                    + " skipped.")
            .messages(MessageKey.variants(code, "unrecognised", "item", "suffix")),
        (document, at) -> {
          ImmutableList.Builder<Cited> all = ImmutableList.builder();
          all.add(new Cited(at.path().field("symbol"), document.symbol()));
          all.addAll(cited(document, at.path()));
          for (Cited cited : all.build()) {
            DocumentSymbol symbol = cited.symbol;
            if (!symbol.family().isRecognised()) {
              at.report(cited.path, MessageKey.of(code, "unrecognised"), values("symbol", symbol));
              continue;
            }
            if (symbol.family() == SymbolFamily.ILO_GOVERNING_BODY
                && symbol.item().isEmpty()
                && !symbol.section().equals(Optional.of(MINUTES))) {
              at.report(cited.path, MessageKey.of(code, "item"), values("symbol", symbol));
            }
            for (String suffix : symbol.suffixes()) {
              int dot = suffix.indexOf('.');
              String word = dot < 0 ? suffix : suffix.substring(0, dot);
              if (!SUFFIX_WORDS.contains(word)) {
                at.report(
                    cited.path,
                    MessageKey.of(code, "suffix"),
                    values("symbol", symbol, "suffix", suffix));
              }
            }
          }
        });
  }

  static Rule<GoverningBodyDocument> agendaItem() {
    String code = "DOCUMENT_AGENDA_ITEM";
    return define(
        Rule.builder(code, GoverningBodyDocument.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("The agenda item agrees with the document symbol")
            .description(
                "When the document states its agenda item and its symbol carries an agenda item"
                    + " number, the two must be the same (agenda item 15 for GB.325/INS/15/1)."
                    + " Only ILO Governing Body symbols carry agenda items; the document numbers of"
                    + " other families (5 in EB138/5) are not agenda items, so the check is skipped"
                    + " for them, for unrecognised symbols and minutes, and when the document"
                    + " states no agenda item.")
            .messages(MessageKey.of(code)),
        (document, at) -> {
          Optional<Integer> item = document.symbol().item();
          Optional<String> agendaItem = document.agendaItem();
          if (item.isPresent()
              && agendaItem.isPresent()
              && !agendaItem.get().trim().equals(item.get().toString())) {
            at.report(
                at.path().field("agendaItem"),
                MessageKey.of(code),
                values("agendaItem", agendaItem.get(), "symbol", document.symbol()));
          }
        });
  }

  static Rule<GoverningBodyDocument> relatedSession() {
    String code = "DOCUMENT_RELATED_SESSION";
    return define(
        Rule.builder(code, GoverningBodyDocument.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ANY_MISSING)
            .title("A cited document is not from a later session")
            .description(
                "A related document or a footnote reference whose symbol is of the same family"
                    + " and organ as the document's but of a later session cannot have been cited"
                    + " and is reported. Sessions are compared only within one family and organ:"
                    + " references without a symbol, of another family or organ (WHO's Board and"
                    + " Assembly are two organs), with an unrecognised symbol, or where either"
                    + " symbol states no session (only a year, as in E/2016/9) are skipped, not"
                    + " guessed.")
            .messages(MessageKey.of(code)),
        (document, at) -> {
          DocumentSymbol own = document.symbol();
          for (Cited cited : cited(document, at.path())) {
            if (cited.symbol.isOfLaterSessionThan(own)) {
              at.report(
                  cited.path,
                  MessageKey.of(code),
                  values(
                      "symbol", cited.symbol,
                      "session", cited.symbol.session().orElseThrow(),
                      "ownSession", own.session().orElseThrow()));
            }
          }
        });
  }

  static Rule<GoverningBodyDocument> coverFields() {
    String code = "DOCUMENT_COVER_FIELDS";
    return define(
        Rule.builder(code, GoverningBodyDocument.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("The required cover fields are present")
            .description(
                "The paper must state the cover and header facts its body's conventions require"
                    + " (CoverConventions): those the caller states in the validation context,"
                    + " else those of the family of the paper's symbol. For ILO Governing Body"
                    + " papers: the purpose, the relevant strategic objective, the policy, legal"
                    + " and financial implications, the follow-up action required and the author"
                    + " unit; from 2017 (by the document's date, else its session's dates) also the"
                    + " main relevant outcome. Papers of other bodies require nothing unless the"
                    + " caller says so. Each absent field is reported at its own path.")
            .messages(
                MessageKey.variants(
                    code,
                    Arrays.stream(CoverField.values())
                        .map(CoverField::property)
                        .toArray(String[]::new))),
        (document, at) -> {
          CoverConventions conventions =
              at.context().coverConventionsFor(document.symbol().family());
          Optional<Integer> year =
              document
                  .date()
                  .or(() -> document.sessionDates().flatMap(DatePeriod::start))
                  .map(PartialDate::year);
          for (CoverField field : CoverField.values()) {
            if (conventions.requires(field, year) && !stated(document, field)) {
              ElementPath path = field.onCover() ? at.path().field("cover") : at.path();
              at.report(
                  path.field(field.property()),
                  MessageKey.of(code, field.property()),
                  values("field", field.property()));
            }
          }
        });
  }

  /** Whether the paper states the field. */
  private static boolean stated(GoverningBodyDocument document, CoverField field) {
    DocumentCover cover = document.cover();
    return switch (field) {
      case PURPOSE -> cover.purpose().isPresent();
      case STRATEGIC_OBJECTIVE -> cover.strategicObjective().isPresent();
      case MAIN_OUTCOME -> cover.mainOutcome().isPresent();
      case POLICY_IMPLICATIONS -> cover.policyImplications().isPresent();
      case LEGAL_IMPLICATIONS -> cover.legalImplications().isPresent();
      case FINANCIAL_IMPLICATIONS -> cover.financialImplications().isPresent();
      case FOLLOW_UP_ACTION -> cover.followUpAction().isPresent();
      case AUTHOR_UNIT -> cover.authorUnit().isPresent();
      case DATE -> document.date().isPresent();
      case DISTRIBUTION -> document.distribution().isPresent();
      case ORIGINAL_LANGUAGE -> document.originalLanguage().isPresent();
      case AGENDA_ITEM -> document.agendaItem().isPresent();
      case ACTIONS_REQUESTED -> !document.actionsRequested().isEmpty();
      case CONTACTS -> !document.contacts().isEmpty();
    };
  }

  static Rule<GoverningBodyDocument> footnoteOrder() {
    String code = "DOCUMENT_FOOTNOTE_ORDER";
    return define(
        Rule.builder(code, GoverningBodyDocument.class)
            .severity(Severity.WARNING)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("Footnotes are numbered 1, 2, 3, ... in order")
            .description(
                "The n-th footnote of a document must carry the number n; the first footnote"
                    + " out of step is reported. A document without footnotes is silent.")
            .messages(MessageKey.of(code)),
        (document, at) -> {
          ImmutableList<Footnote> footnotes = document.footnotes();
          for (int i = 0; i < footnotes.size(); i++) {
            int number = footnotes.get(i).number();
            if (number != i + 1) {
              at.report(
                  at.path().key("footnotes", number),
                  MessageKey.of(code),
                  values("number", number, "expected", i + 1));
              return;
            }
          }
        });
  }
}
