package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Function;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DocumentCover;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.GoverningBodyDocument;
import org.reformkit.core.model.PartialDate;

/**
 * Rules on governing-body documents: symbols, related documents, cover fields, footnotes. Internal.
 */
final class DocumentRules {
  /** The section of minutes ({@code GB.331/PV}), which carry no item number. */
  private static final String MINUTES = "PV";

  /** Suffix words seen in real symbols: addendum, revision, corrigendum. */
  private static final ImmutableSet<String> SUFFIX_WORDS = ImmutableSet.of("Add", "Rev", "Corr");

  /** The year from which covers carry the main relevant outcome. */
  private static final int MAIN_OUTCOME_FROM = 2017;

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
            .title("Document symbols are complete and use known suffixes")
            .description(
                "The symbol of the document and every symbol it cites (related documents,"
                    + " footnotes) must carry an agenda item number, except minutes (section PV),"
                    + " and use only the suffixes Add., Rev. and Corr. The model already refuses"
                    + " symbols that do not parse; references given by title only are skipped.")
            .messages(MessageKey.variants(code, "item", "suffix")),
        (document, at) -> {
          ImmutableList.Builder<Cited> all = ImmutableList.builder();
          all.add(new Cited(at.path().field("symbol"), document.symbol()));
          all.addAll(cited(document, at.path()));
          for (Cited cited : all.build()) {
            DocumentSymbol symbol = cited.symbol;
            if (symbol.item().isEmpty() && !MINUTES.equals(symbol.section())) {
              at.report(cited.path, MessageKey.of(code, "item"), values("symbol", symbol));
            }
            for (String suffix : symbol.suffixes()) {
              String word = suffix.substring(0, suffix.indexOf('.'));
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
                "When the document states its agenda item and its symbol carries an item"
                    + " number, the two must be the same (agenda item 15 for GB.325/INS/15/1)."
                    + " Skipped when either is absent.")
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
                "A related document or a footnote reference whose symbol is of the same body"
                    + " as the document but of a later session cannot have been cited and is"
                    + " reported. References without a symbol, or of another body, are skipped.")
            .messages(MessageKey.of(code)),
        (document, at) -> {
          DocumentSymbol own = document.symbol();
          for (Cited cited : cited(document, at.path())) {
            if (cited.symbol.body().equals(own.body()) && cited.symbol.session() > own.session()) {
              at.report(
                  cited.path,
                  MessageKey.of(code),
                  values(
                      "symbol", cited.symbol,
                      "session", cited.symbol.session(),
                      "ownSession", own.session()));
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
                "The cover must state the purpose, the relevant strategic objective, the"
                    + " policy, legal and financial implications, the follow-up action required"
                    + " and the author unit; from 2017 (by the document's date, else its"
                    + " session's dates) also the main relevant outcome. Each absent field is"
                    + " reported at its own path.")
            .messages(
                MessageKey.variants(
                    code,
                    "purpose",
                    "strategicObjective",
                    "mainOutcome",
                    "policyImplications",
                    "legalImplications",
                    "financialImplications",
                    "followUpAction",
                    "authorUnit")),
        (document, at) -> {
          DocumentCover cover = document.cover();
          ElementPath path = at.path().field("cover");
          require(at, path, code, "purpose", cover, DocumentCover::purpose);
          require(at, path, code, "strategicObjective", cover, DocumentCover::strategicObjective);
          Optional<Integer> year =
              document
                  .date()
                  .or(() -> document.sessionDates().flatMap(DatePeriod::start))
                  .map(PartialDate::year);
          if (year.isPresent() && year.get() >= MAIN_OUTCOME_FROM) {
            require(at, path, code, "mainOutcome", cover, DocumentCover::mainOutcome);
          }
          require(at, path, code, "policyImplications", cover, DocumentCover::policyImplications);
          require(at, path, code, "legalImplications", cover, DocumentCover::legalImplications);
          require(
              at, path, code, "financialImplications", cover, DocumentCover::financialImplications);
          require(at, path, code, "followUpAction", cover, DocumentCover::followUpAction);
          require(at, path, code, "authorUnit", cover, DocumentCover::authorUnit);
        });
  }

  private static void require(
      RuleContext at,
      ElementPath cover,
      String code,
      String field,
      DocumentCover value,
      Function<DocumentCover, Optional<?>> getter) {
    if (getter.apply(value).isEmpty()) {
      at.report(cover.field(field), MessageKey.of(code, field), values("field", field));
    }
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
