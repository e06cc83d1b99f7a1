package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.reformkit.core.text.SafeText;

/**
 * The symbol of a document, such as {@code GB.325/INS/15/1}, {@code A/RES/70/1} or {@code EB
 * 2018/125/R.2}, kept exactly as written: {@link #toString()} always gives back the text it was
 * made from, whatever its form.
 *
 * <p>A symbol of a known {@link SymbolFamily} is read into its parts, and the parts that families
 * share are read the same way for every family, each {@link java.util.Optional} because not every
 * family has it: the {@link #organ()}, {@link #session()}, {@link #year()}, {@link #item()} (agenda
 * item), {@link #number()} (document number) and {@link #suffixes()} (addenda, revisions,
 * corrigenda).
 *
 * <pre>{@code
 * DocumentSymbol ilo = DocumentSymbol.parse("GB.325/INS/15/1");
 * ilo.family();    // ILO_GOVERNING_BODY
 * ilo.session();   // Optional[325]
 * ilo.section();   // Optional[INS]
 * ilo.item();      // Optional[15]
 * DocumentSymbol un = DocumentSymbol.parse("A/RES/70/1");
 * un.series();     // Optional[RES]
 * un.session();    // Optional[70]
 * un.number();     // Optional[1]
 * DocumentSymbol other = DocumentSymbol.parse("UNW/2019/3");
 * other.family();  // UNRECOGNISED: accepted, kept verbatim, no parts
 * }</pre>
 *
 * <p>Only text that means nothing as a symbol is refused: blank text, and text with a control
 * character or an invisible format character (such as U+200B or U+202E).
 */
@Value.Immutable
@ReformTuple
abstract class AbstractDocumentSymbol {
  private static final String FIELD = "document symbol";

  /**
   * Returns the symbol exactly as written.
   *
   * @return the symbol's text
   */
  public abstract String text();

  /** The parts read from the text, once, when the symbol is made. */
  @Value.Derived
  @Value.Auxiliary
  SymbolParts parts() {
    return SymbolParser.parse(text());
  }

  /**
   * Parses a symbol. Any text is accepted except blank text and text with a control or invisible
   * format character; text of no known form is of the family {@link SymbolFamily#UNRECOGNISED}.
   *
   * @param text the symbol
   * @return the symbol
   * @throws ValueParseException for blank text, or naming the index and the escaped code of the
   *     first control or format character
   */
  public static DocumentSymbol parse(CharSequence text) {
    return DocumentSymbol.of(text.toString());
  }

  @Value.Check
  void check() {
    String text = text();
    if (Printable.isBlank(text)) {
      throw new ValueParseException(
          FIELD + " must not be blank; expected a symbol such as GB.325/INS/15/1 or A/RES/70/1",
          text,
          0);
    }
    int at = Printable.firstInvisible(text);
    if (at >= 0) {
      String character = String.format(Locale.ROOT, "U+%04X", text.codePointAt(at));
      throw new ValueParseException(
          FIELD
              + " "
              + SafeText.quote(text)
              + " has the invisible character "
              + character
              + " at index "
              + at
              + "; a symbol is printable text such as GB.325/INS/15/1 or A/RES/70/1",
          text,
          at);
    }
  }

  /**
   * Returns the family whose form the symbol follows, {@link SymbolFamily#UNRECOGNISED} if none.
   *
   * @return the family
   */
  public SymbolFamily family() {
    return parts().family;
  }

  /**
   * Returns the organ that issued the document, as its family writes it: {@code GB} (ILO Governing
   * Body), {@code A}, {@code E} or {@code S} (UN General Assembly, ECOSOC, Security Council),
   * {@code EB} or {@code WHA} (WHO Executive Board, World Health Assembly, whether written {@code
   * A69/4} or {@code WHA69.1}), {@code EB} or {@code GC} (IFAD), {@code C}, {@code CL}, {@code PC}
   * or {@code FC} (FAO), {@code JIU}, {@code DP} (UNDP/UNFPA/UNOPS). Empty for an unrecognised
   * symbol.
   *
   * @return the organ
   */
  public Optional<String> organ() {
    return parts().organ;
  }

  /**
   * Returns the session number, where the symbol states one: 325 in {@code GB.325/INS/15/1}, 70 in
   * {@code A/RES/70/1}, 138 in {@code EB138/5}, 125 in {@code EB 2018/125/R.2}, 148 in {@code CL
   * 148/3}. Empty where the symbol gives a year instead ({@code E/2016/9}, {@code C 2013/26},
   * {@code JIU/REP/2006/7}, {@code DP/2017/39}).
   *
   * @return the session number
   */
  public Optional<Integer> session() {
    return parts().session;
  }

  /**
   * Returns the year, where the symbol states one: 2016 in {@code E/2016/9}, 2018 in {@code EB
   * 2018/125/R.2}, 2013 in {@code C 2013/26}, 2006 in {@code JIU/REP/2006/7}, 2017 in {@code
   * DP/2017/39}.
   *
   * @return the year
   */
  public Optional<Integer> year() {
    return parts().year;
  }

  /**
   * Returns the ILO Governing Body's section path: {@code INS}, {@code PFA}, {@code WP/GBC}, {@code
   * PFA/BS}, or {@code PV} for minutes. Empty for the older ILO form without a section ({@code
   * GB.310/9/1}) and for other families.
   *
   * @return the section path
   */
  public Optional<String> section() {
    return parts().section;
  }

  /**
   * Returns the series marker that the symbol writes: {@code INF} (an information document, as in
   * {@code GB.323/INS/INF/2}, {@code A69/INF./2} or {@code C 2013/INF/1}), {@code RES} ({@code
   * A/RES/70/1}), {@code R} ({@code EB138.R1}, {@code EB 2018/125/R.2}), {@code L} ({@code GC
   * 41/L.5}), {@code REP}, {@code ML} or {@code NOTE} (JIU), {@code FPA}, {@code OPS} or {@code
   * FPA/OPS} (DP).
   *
   * @return the series marker
   */
  public Optional<String> series() {
    return parts().series;
  }

  /**
   * Whether the symbol marks an information document ({@code INF}).
   *
   * @return whether the series is {@code INF}
   */
  public boolean information() {
    return series().filter("INF"::equals).isPresent();
  }

  /**
   * Returns the agenda item that the symbol carries: only ILO Governing Body symbols number their
   * papers by agenda item (15 in {@code GB.325/INS/15/1}, 9 in {@code GB.310/9/1}, 2 in {@code
   * GB.323/INS/INF/2}). Empty for minutes and for other families, whose numbers are not agenda
   * items (see {@link #number()}).
   *
   * @return the agenda item number
   */
  public Optional<Integer> item() {
    return parts().item;
  }

  /**
   * Returns the ILO sub-item (1 in {@code GB.325/INS/15/1}), if the symbol has one.
   *
   * @return the sub-item number
   */
  public Optional<Integer> subItem() {
    return parts().subItem;
  }

  /**
   * Returns the document's number within its organ, session or year, for families that number
   * documents rather than agenda items: 1 in {@code A/RES/70/1}, 5 in {@code EB138/5}, 1 in {@code
   * WHA69.1}, 2 in {@code EB 2018/125/R.2}, 26 in {@code C 2013/26}, 7 in {@code JIU/REP/2006/7},
   * 39 in {@code DP/2017/39}. Empty for ILO symbols (see {@link #item()}).
   *
   * @return the document number
   */
  public Optional<Integer> number() {
    return parts().number;
  }

  /**
   * Returns the suffixes for addenda, revisions and corrigenda as written, without their
   * delimiters: {@code Add.1} for {@code GB.325/INS/2(Add.1)}, {@code Rev.1} for {@code
   * A/70/1/Rev.1} or {@code CL 148/3 Rev.1}, {@code Rev.} for {@code GB.304/PFA/2(Rev.)}.
   *
   * @return the suffixes, empty if there are none
   */
  public ImmutableList<String> suffixes() {
    return parts().suffixes;
  }

  /**
   * Whether the sessions of the two symbols can be compared: both of the same known family and
   * organ, and both stating a session. {@code GB.325/INS/15/1} and {@code GB.310/9/1} can; {@code
   * EB138/5} (WHO's Board) and {@code A69/4} (the Assembly) cannot, nor can symbols of two
   * families, nor a symbol that states only a year.
   *
   * @param other the other symbol
   * @return whether the sessions can be compared
   */
  public boolean hasSessionComparableWith(DocumentSymbol other) {
    // an unrecognised symbol states no session, so it is never comparable
    return family() == other.family()
        && organ().equals(other.organ())
        && session().isPresent()
        && other.session().isPresent();
  }

  /**
   * Whether this symbol is certainly of a later session than the other: their sessions can be
   * compared ({@link #hasSessionComparableWith}) and this one's is greater. False, never a guess,
   * when they cannot be compared.
   *
   * @param other the other symbol
   * @return whether this symbol is of a later session
   */
  public boolean isOfLaterSessionThan(DocumentSymbol other) {
    return hasSessionComparableWith(other) && session().get() > other.session().get();
  }

  /**
   * Returns the symbol exactly as written.
   *
   * @return the symbol's text
   */
  @Override
  public String toString() {
    return text();
  }
}
