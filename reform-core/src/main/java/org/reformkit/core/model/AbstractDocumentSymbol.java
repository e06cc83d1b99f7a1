package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The symbol of a governing-body document, such as {@code GB.325/INS/15/1}: the body's prefix
 * ({@code GB}), the session (325), the section ({@code INS}, {@code PFA}, {@code WP/GBC}, ...),
 * whether it is an information document ({@code INF}), the agenda item and sub-item, and suffixes
 * such as {@code (Add.1)} or {@code (Rev.)}.
 *
 * <p>{@link #parse(CharSequence)} reads every shape seen in real papers and {@link #toString()}
 * prints it back unchanged:
 *
 * <pre>{@code
 * DocumentSymbol symbol = DocumentSymbol.parse("GB.323/INS/INF/2");
 * symbol.session();      // 323
 * symbol.section();      // "INS"
 * symbol.information();  // true
 * symbol.item();         // Optional[2]
 * DocumentSymbol.parse("GB.331/PV").toString(); // "GB.331/PV"
 * }</pre>
 *
 * <p>Grammar: {@code PREFIX.SESSION/SECTION[/SECTION...][/INF][/ITEM[/SUBITEM]][(SUFFIX)...]}, where
 * PREFIX and each SECTION part are upper-case letters (and digits after the first letter), SESSION
 * and ITEM are numbers without leading zeros, and a SUFFIX is a word, a dot and an optional number
 * ({@code Add.1}, {@code Rev.}, {@code Corr.}). Nothing else is accepted: the prefix is not fixed to
 * {@code GB}, so other organisations' governing bodies fit too.
 */
@Value.Immutable
@ReformTuple
abstract class AbstractDocumentSymbol {
  private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9]*");
  private static final Pattern SUFFIX = Pattern.compile("[A-Za-z]+\\.[0-9]*");

  /**
   * Returns the prefix of the body that issued the document, {@code GB} for the ILO Governing Body.
   *
   * @return the body prefix
   */
  public abstract String body();

  /**
   * Returns the session number.
   *
   * @return the session number
   */
  public abstract int session();

  /**
   * Returns the section path: {@code INS}, {@code PFA}, {@code POL}, {@code WP/GBC}, {@code PFA/BS},
   * or {@code PV} for minutes.
   *
   * @return the section path
   */
  public abstract String section();

  /**
   * Whether the symbol marks an information document ({@code /INF/}).
   *
   * @return whether this is an information document
   */
  public abstract boolean information();

  /**
   * Returns the agenda item number, if the symbol has one.
   *
   * @return the agenda item number
   */
  public abstract Optional<Integer> item();

  /**
   * Returns the sub-item number ({@code 1} in {@code GB.325/INS/15/1}), if the symbol has one.
   *
   * @return the sub-item number
   */
  public abstract Optional<Integer> subItem();

  /**
   * Returns the suffixes without their parentheses, such as {@code Add.1} or {@code Rev.}.
   *
   * @return the suffixes
   */
  public abstract ImmutableList<String> suffixes();

  /**
   * Parses a symbol such as {@code GB.325/INS/15/1}.
   *
   * @param text the symbol
   * @return the symbol
   * @throws ValueParseException naming the position where the symbol stops making sense
   */
  public static DocumentSymbol parse(CharSequence text) {
    return new SymbolParser(text.toString()).parse();
  }

  @Value.Check
  void check() {
    if (!WORD.matcher(body()).matches()) {
      throw new InvalidValueException(
          "document symbol body '" + body() + "' must be upper-case letters, such as GB");
    }
    Checks.positive(session(), "document symbol session");
    if (section().isEmpty()) {
      throw new InvalidValueException("document symbol section must not be empty");
    }
    for (String part : section().split("/", -1)) {
      if (!WORD.matcher(part).matches() || "INF".equals(part)) {
        throw new InvalidValueException(
            "document symbol section '" + section() + "' must be upper-case words separated by /");
      }
    }
    item().ifPresent(i -> Checks.positive(i, "document symbol item"));
    subItem().ifPresent(i -> Checks.positive(i, "document symbol sub-item"));
    if (subItem().isPresent() && item().isEmpty()) {
      throw new InvalidValueException("document symbol sub-item needs an item");
    }
    for (String suffix : suffixes()) {
      if (!SUFFIX.matcher(suffix).matches()) {
        throw new InvalidValueException(
            "document symbol suffix '" + suffix + "' must look like Add.1, Rev. or Corr.");
      }
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(body()).append('.').append(session()).append('/').append(section());
    if (information()) {
      out.append("/INF");
    }
    item().ifPresent(i -> out.append('/').append(i));
    subItem().ifPresent(i -> out.append('/').append(i));
    for (String suffix : suffixes()) {
      out.append('(').append(suffix).append(')');
    }
    return out.toString();
  }
}
