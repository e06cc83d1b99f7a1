package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a document: a governing-body paper by its symbol ({@code GB.320/PFA/13}), or any
 * other document by its title (a declaration, a conference resolution, an evaluation), with the
 * paragraphs cited where the reference cites some. At least a symbol or a title is required.
 *
 * <pre>{@code
 * DocumentReference.of(DocumentSymbol.parse("GB.320/PFA/13"));
 * DocumentReference.builder()
 *     .symbol(DocumentSymbol.parse("GB.323/PFA/1"))
 *     .addParagraph(19)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractDocumentReference {
  /**
   * Returns the document's symbol, if it has one.
   *
   * @return the document's symbol
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the document's title or a description of it, if given.
   *
   * @return the title
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns when the document was issued or adopted, if stated.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the paragraphs of the referenced document that are cited, possibly none.
   *
   * @return the cited paragraphs
   */
  public abstract ImmutableList<Integer> paragraphs();

  /**
   * Returns a reference to a whole document by its symbol.
   *
   * @param symbol the symbol
   * @return the reference
   */
  public static DocumentReference of(DocumentSymbol symbol) {
    return DocumentReference.builder().symbol(symbol).build();
  }

  /**
   * Whether another reference is to the same document, whatever paragraphs each cites: the same
   * symbol when this one has a symbol, otherwise no symbol and the same title.
   *
   * @param other the other reference
   * @return whether both refer to the same document
   */
  public final boolean isSameDocument(DocumentReference other) {
    if (symbol().isPresent()) {
      return symbol().equals(other.symbol());
    }
    return other.symbol().isEmpty() && title().equals(other.title());
  }

  @Value.Check
  void check() {
    if (symbol().isEmpty() && title().isEmpty()) {
      throw new InvalidValueException("a document reference needs a symbol or a title");
    }
    paragraphs().forEach(p -> Checks.positive(p, "cited paragraph"));
  }
}
