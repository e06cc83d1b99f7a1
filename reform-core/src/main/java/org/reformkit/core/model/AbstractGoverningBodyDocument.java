package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paper submitted to a governing body: its symbol, header lines (session, place, dates, section,
 * date, original language, agenda item), title, cover block and footnotes.
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
   * Returns the language tag of the original text ("en").
   *
   * @return the original language
   */
  public abstract Optional<String> originalLanguage();

  /**
   * Returns the cover block.
   *
   * @return the cover block
   */
  public abstract DocumentCover cover();

  /**
   * Returns the footnotes, in order.
   *
   * @return the footnotes
   */
  public abstract ImmutableList<Footnote> footnotes();

  @Value.Check
  void check() {
    agendaItem().ifPresent(a -> Checks.nonBlank(a, "agenda item"));
    originalLanguage().ifPresent(AbstractLocalizedText::normalizeTag);
  }
}
