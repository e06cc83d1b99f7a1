package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paper submitted to a governing body of any organisation: its symbol, header lines (organ,
 * session, place, dates, section, date, distribution, original language, agenda item), title, the
 * action it asks of the body, its focal points, cover block and footnotes. Every header fact is
 * optional: which ones a body's papers must state is a matter of that body's conventions, which the
 * rule checks take from {@code CoverConventions}, not of the model.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractGoverningBodyDocument {
  /**
   * Returns the document's symbol.
   *
   * @return the document's symbol
   */
  public abstract DocumentSymbol symbol();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns the heading above the title, if any ("Director-General's report").
   *
   * @return the heading
   */
  public abstract Optional<LocalizedText> heading();

  /**
   * Returns the organ the paper goes to, if stated ("Governing Body", "Executive Board").
   *
   * @return the organ
   */
  public abstract Optional<LocalizedText> organ();

  /**
   * Returns the session, as printed ("325th", "138th", "Forty-first"), if stated.
   *
   * @return the session
   */
  public abstract Optional<String> session();

  /**
   * Returns the agenda item, as printed ("15").
   *
   * @return the agenda item
   */
  public abstract Optional<String> agendaItem();

  /**
   * Returns the name of the section the paper goes to ("Institutional Section").
   *
   * @return the section's name
   */
  public abstract Optional<LocalizedText> sectionName();

  /**
   * Returns where the session meets ("Geneva").
   *
   * @return where the session meets
   */
  public abstract Optional<LocalizedText> sessionPlace();

  /**
   * Returns when the session meets.
   *
   * @return when the session meets
   */
  public abstract Optional<DatePeriod> sessionDates();

  /**
   * Returns the paper's date.
   *
   * @return the paper's date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns who the paper is distributed to, if stated.
   *
   * @return the distribution
   */
  public abstract Optional<Distribution> distribution();

  /**
   * Returns the language tag of the original text ("en").
   *
   * @return the original language
   */
  public abstract Optional<String> originalLanguage();

  /**
   * Returns what the paper asks of the body ("For: Information"), in the order stated; empty when
   * it does not say.
   *
   * @return the actions requested
   */
  public abstract ImmutableSet<RequestedAction> actionsRequested();

  /**
   * Returns the focal points or contacts the paper names, in order.
   *
   * @return the contacts
   */
  public abstract ImmutableList<Contact> contacts();

  /**
   * Returns the cover block; an empty one when the paper has none (most bodies' papers have no
   * ILO-style cover).
   *
   * @return the cover block
   */
  @Value.Default
  public DocumentCover cover() {
    return DocumentCover.builder().build();
  }

  /**
   * Returns the footnotes, in order.
   *
   * @return the footnotes
   */
  public abstract ImmutableList<Footnote> footnotes();

  @Value.Check
  void check() {
    agendaItem().ifPresent(a -> Checks.nonBlank(a, "agenda item"));
    session().ifPresent(a -> Checks.nonBlank(a, "session"));
    originalLanguage().ifPresent(AbstractLocalizedText::normalizeTag);
  }
}
