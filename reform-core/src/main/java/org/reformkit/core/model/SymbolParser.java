package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document symbol into the parts of its family. Total: any text gives parts, those of
 * {@link SymbolFamily#UNRECOGNISED} when no family's form matches the whole text. Internal.
 *
 * <p>Numbers are written without leading zeros and have at most nine digits, so that every number
 * read fits an {@code int}; a symbol with a longer number is not of a known form.
 */
final class SymbolParser {
  /** A number as symbols write it: no leading zero, at most nine digits. */
  private static final String N = "[1-9][0-9]{0,8}";

  /** A year as symbols write it. */
  private static final String YEAR = "[12][0-9]{3}";

  /** The first year of the United Nations; a four-digit number from then on is a year. */
  private static final int FIRST_YEAR = 1946;

  /** A section of the ILO Governing Body: an upper-case word, never INF. */
  private static final String SECTION = "(?!INF(?![A-Z0-9]))[A-Z][A-Z0-9]*";

  /** The ILO's suffixes in parentheses: {@code (Add.1)}, {@code (Rev.)}. */
  private static final String ILO_SUFFIXES = "(?<suffixes>(?:\\([A-Za-z]+\\.[0-9]*\\))*)";

  /** Suffixes after a slash ({@code /Add.1}) or a space ({@code Rev.1}). */
  private static String suffixes(String separator) {
    return "(?<suffixes>(?:" + separator + "(?:Add|Rev|Corr)\\." + N + ")*)";
  }

  private static final Pattern ILO =
      Pattern.compile(
          "GB\\.(?<session>"
              + N
              + ")/(?<section>"
              + SECTION
              + "(?:/"
              + SECTION
              + ")*)(?:/(?<series>INF))?(?:/(?<item>"
              + N
              + ")(?:/(?<sub>"
              + N
              + "))?)?"
              + ILO_SUFFIXES);

  private static final Pattern ILO_BEFORE_SECTIONS =
      Pattern.compile(
          "GB\\.(?<session>" + N + ")/(?<item>" + N + ")(?:/(?<sub>" + N + "))?" + ILO_SUFFIXES);

  private static final Pattern UN =
      Pattern.compile(
          "(?<organ>[AES])(?<series>(?:/[A-Z][A-Z0-9]*)*)/(?<sy>"
              + N
              + ")/(?<number>"
              + N
              + ")"
              + suffixes("/"));

  private static final Pattern WHO_DOCUMENT =
      Pattern.compile(
          "(?<organ>EB|A)(?<session>"
              + N
              + ")/(?:(?<series>INF)\\./)?(?<number>"
              + N
              + ")"
              + suffixes(" "));

  private static final Pattern WHO_RESOLUTION =
      Pattern.compile(
          "(?:(?<organ>WHA)(?<session>"
              + N
              + ")\\.|(?<eb>EB)(?<ebsession>"
              + N
              + ")\\.(?<series>R))(?<number>"
              + N
              + ")");

  private static final Pattern IFAD =
      Pattern.compile(
          "(?:(?<organ>EB) (?<year>"
              + YEAR
              + ")/|(?<gc>GC) )(?<session>"
              + N
              + ")/(?<series>[A-Z]+)\\.(?<number>"
              + N
              + ")"
              + suffixes("/"));

  private static final Pattern FAO =
      Pattern.compile(
          "(?<organ>C|CL|PC|FC) (?<sy>"
              + N
              + ")/(?:(?<series>INF)/)?(?<number>"
              + N
              + ")(?<summary>/ES)?"
              + suffixes(" "));

  private static final Pattern JIU =
      Pattern.compile(
          "JIU/(?<series>REP|ML|NOTE)/(?<year>" + YEAR + ")/(?<number>" + N + ")" + suffixes("/"));

  private static final Pattern DP =
      Pattern.compile(
          "DP(?:/(?<series>FPA/OPS|FPA|OPS))?/(?<year>"
              + YEAR
              + ")/(?<number>"
              + N
              + ")"
              + suffixes("/"));

  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

  private SymbolParser() {}

  static SymbolParts parse(String text) {
    Matcher m;
    if ((m = ILO.matcher(text)).matches()) {
      return ilo(m, Optional.of(m.group("section")), optional(m, "series"));
    }
    if ((m = ILO_BEFORE_SECTIONS.matcher(text)).matches()) {
      return ilo(m, Optional.empty(), Optional.empty());
    }
    if ((m = UN.matcher(text)).matches()) {
      String series = m.group("series");
      return sessionOrYear(new SymbolParts.Builder(SymbolFamily.UNITED_NATIONS), m)
          .organ(m.group("organ"))
          .series(series.isEmpty() ? Optional.empty() : Optional.of(series.substring(1)))
          .number(number(m, "number"))
          .suffixes(split(m.group("suffixes"), "/"))
          .build();
    }
    if ((m = WHO_DOCUMENT.matcher(text)).matches()) {
      return new SymbolParts.Builder(SymbolFamily.WHO)
          .organ("A".equals(m.group("organ")) ? "WHA" : "EB")
          .session(number(m, "session"))
          .series(optional(m, "series"))
          .number(number(m, "number"))
          .suffixes(split(m.group("suffixes"), " "))
          .build();
    }
    if ((m = WHO_RESOLUTION.matcher(text)).matches()) {
      boolean assembly = m.group("organ") != null;
      return new SymbolParts.Builder(SymbolFamily.WHO)
          .organ(assembly ? "WHA" : "EB")
          .session(number(m, assembly ? "session" : "ebsession"))
          .series(optional(m, "series"))
          .number(number(m, "number"))
          .build();
    }
    if ((m = IFAD.matcher(text)).matches()) {
      return new SymbolParts.Builder(SymbolFamily.IFAD)
          .organ(m.group("organ") != null ? "EB" : "GC")
          .year(number(m, "year"))
          .session(number(m, "session"))
          .series(optional(m, "series"))
          .number(number(m, "number"))
          .suffixes(split(m.group("suffixes"), "/"))
          .build();
    }
    if ((m = FAO.matcher(text)).matches()) {
      return sessionOrYear(new SymbolParts.Builder(SymbolFamily.FAO), m)
          .organ(m.group("organ"))
          .series(optional(m, "series"))
          .number(number(m, "number"))
          .suffixes(faoSuffixes(m))
          .build();
    }
    if ((m = JIU.matcher(text)).matches()) {
      return yearAndNumber(new SymbolParts.Builder(SymbolFamily.JIU).organ("JIU"), m, "/");
    }
    if ((m = DP.matcher(text)).matches()) {
      SymbolParts.Builder dp = new SymbolParts.Builder(SymbolFamily.UNDP_UNFPA_UNOPS);
      return yearAndNumber(dp.organ("DP"), m, "/");
    }
    return SymbolParts.UNRECOGNISED;
  }

  /** An FAO executive summary ({@code C 2013/26/ES}) has "ES" as its first suffix. */
  private static ImmutableList<String> faoSuffixes(Matcher m) {
    ImmutableList<String> others = split(m.group("suffixes"), " ");
    return m.group("summary") == null
        ? others
        : ImmutableList.<String>builder().add("ES").addAll(others).build();
  }

  private static SymbolParts ilo(Matcher m, Optional<String> section, Optional<String> series) {
    ImmutableList.Builder<String> suffixes = ImmutableList.builder();
    Matcher each = PARENTHESES.matcher(m.group("suffixes"));
    while (each.find()) {
      suffixes.add(each.group(1));
    }
    return new SymbolParts.Builder(SymbolFamily.ILO_GOVERNING_BODY)
        .organ("GB")
        .session(number(m, "session"))
        .section(section)
        .series(series)
        .item(number(m, "item"))
        .subItem(number(m, "sub"))
        .suffixes(suffixes.build())
        .build();
  }

  private static SymbolParts yearAndNumber(SymbolParts.Builder b, Matcher m, String separator) {
    return b.series(optional(m, "series"))
        .year(number(m, "year"))
        .number(number(m, "number"))
        .suffixes(split(m.group("suffixes"), separator))
        .build();
  }

  /** A four-digit number from 1946 is a year ({@code E/2016/9}); a smaller one a session. */
  private static SymbolParts.Builder sessionOrYear(SymbolParts.Builder b, Matcher m) {
    String digits = m.group("sy");
    Optional<Integer> value = Optional.of(Integer.parseInt(digits));
    return value.get() >= FIRST_YEAR && digits.length() == 4 ? b.year(value) : b.session(value);
  }

  private static Optional<String> optional(Matcher m, String group) {
    return Optional.ofNullable(m.group(group));
  }

  private static Optional<Integer> number(Matcher m, String group) {
    @Nullable String digits = m.group(group);
    return digits == null ? Optional.empty() : Optional.of(Integer.parseInt(digits));
  }

  private static ImmutableList<String> split(String suffixes, String separator) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String part : suffixes.split(separator, -1)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out.build();
  }
}
