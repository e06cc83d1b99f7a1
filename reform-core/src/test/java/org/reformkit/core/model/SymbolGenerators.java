package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generates document symbols of every family as text, together with the parts that parsing the text
 * must give, so that a property can check both the round trip and the parts.
 */
public final class SymbolGenerators {
  private static final List<String> SECTION_WORDS =
      List.of("INS", "POL", "LILS", "PFA", "HL", "WP", "GBC", "BS", "PV", "A68", "X");
  private static final List<String> SUFFIX_WORDS = List.of("Add", "Rev", "Corr");
  private static final List<String> ILO_SUFFIX_WORDS = List.of("Add", "Rev", "Corr", "Amend", "x");

  private SymbolGenerators() {}

  /** A symbol's text and the parts it must be read into. */
  public static final class Expected {
    public final String text;
    public final SymbolFamily family;
    public Optional<String> organ = Optional.empty();
    public Optional<Integer> session = Optional.empty();
    public Optional<Integer> year = Optional.empty();
    public Optional<String> section = Optional.empty();
    public Optional<String> series = Optional.empty();
    public Optional<Integer> item = Optional.empty();
    public Optional<Integer> subItem = Optional.empty();
    public Optional<Integer> number = Optional.empty();
    public ImmutableList<String> suffixes = ImmutableList.of();

    Expected(String text, SymbolFamily family) {
      this.text = text;
      this.family = family;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Numbers as symbols write them: mostly small, sometimes up to nine digits. */
  private static Gen<Integer> numbers() {
    return Generate.range(1, 400).mix(Generate.range(1, 999_999_999), 15);
  }

  private static Gen<Integer> years() {
    return Generate.range(1000, 2999);
  }

  private static Gen<String> words(List<String> known) {
    Gen<String> made =
        in -> {
          StringBuilder out = new StringBuilder();
          out.append((char) ('A' + Generate.range(0, 25).generate(in)));
          int more = Generate.range(0, 4).generate(in);
          for (int i = 0; i < more; i++) {
            int c = Generate.range(0, 35).generate(in);
            out.append(c < 26 ? (char) ('A' + c) : (char) ('0' + c - 26));
          }
          return out.toString();
        };
    return Generate.pick(known).mix(made.assuming(w -> !"INF".equals(w)), 20);
  }

  private static Gen<Optional<Integer>> maybe(Gen<Integer> gen) {
    return in ->
        Generate.booleans().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** 0 to 2 suffixes such as {@code Add.1}, numbered unless the family allows a bare word. */
  private static Gen<ImmutableList<String>> suffixes(List<String> words, boolean bareAllowed) {
    return in -> {
      int count = Generate.range(0, 2).generate(in);
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (int i = 0; i < count; i++) {
        String number =
            bareAllowed && Generate.booleans().generate(in)
                ? ""
                : String.valueOf(Generate.range(1, 12).generate(in));
        out.add(Generate.pick(words).generate(in) + "." + number);
      }
      return out.build();
    };
  }

  private static String joined(ImmutableList<String> suffixes, String before, String after) {
    StringBuilder out = new StringBuilder();
    for (String s : suffixes) {
      out.append(before).append(s).append(after);
    }
    return out.toString();
  }

  /** ILO Governing Body symbols with a section: GB.325/INS/15/1, GB.323/INS/INF/2, GB.331/PV. */
  public static Gen<Expected> ilo() {
    return in -> {
      int session = numbers().generate(in);
      List<String> parts = new ArrayList<>();
      int sections = Generate.range(1, 3).generate(in);
      for (int i = 0; i < sections; i++) {
        parts.add(words(SECTION_WORDS).generate(in));
      }
      String section = String.join("/", parts);
      boolean information = Generate.booleans().generate(in);
      Optional<Integer> item = maybe(numbers()).generate(in);
      Optional<Integer> subItem =
          item.isPresent() ? maybe(numbers()).generate(in) : Optional.empty();
      ImmutableList<String> suffixes = suffixes(ILO_SUFFIX_WORDS, true).generate(in);
      String text =
          "GB."
              + session
              + "/"
              + section
              + (information ? "/INF" : "")
              + item.map(i -> "/" + i).orElse("")
              + subItem.map(i -> "/" + i).orElse("")
              + joined(suffixes, "(", ")");
      Expected e = new Expected(text, SymbolFamily.ILO_GOVERNING_BODY);
      e.organ = Optional.of("GB");
      e.session = Optional.of(session);
      e.section = Optional.of(section);
      e.series = information ? Optional.of("INF") : Optional.empty();
      e.item = item;
      e.subItem = subItem;
      e.suffixes = suffixes;
      return e;
    };
  }

  /** ILO Governing Body symbols from before the sections: GB.310/9/1, GB.303/9/2. */
  public static Gen<Expected> iloBeforeSections() {
    return in -> {
      int session = numbers().generate(in);
      int item = numbers().generate(in);
      Optional<Integer> subItem = maybe(numbers()).generate(in);
      ImmutableList<String> suffixes = suffixes(ILO_SUFFIX_WORDS, true).generate(in);
      String text =
          "GB."
              + session
              + "/"
              + item
              + subItem.map(i -> "/" + i).orElse("")
              + joined(suffixes, "(", ")");
      Expected e = new Expected(text, SymbolFamily.ILO_GOVERNING_BODY);
      e.organ = Optional.of("GB");
      e.session = Optional.of(session);
      e.item = Optional.of(item);
      e.subItem = subItem;
      e.suffixes = suffixes;
      return e;
    };
  }

  /** UN symbols: A/70/1, A/RES/70/1, E/2016/9, A/70/1/Add.1. */
  public static Gen<Expected> unitedNations() {
    return in -> {
      String organ = Generate.pick(List.of("A", "E", "S")).generate(in);
      List<String> series = new ArrayList<>();
      int count = Generate.range(0, 2).generate(in);
      for (int i = 0; i < count; i++) {
        series.add(words(List.of("RES", "INF", "DEC", "L")).generate(in));
      }
      boolean byYear = Generate.booleans().generate(in);
      int sessionOrYear =
          (byYear ? Generate.range(1946, 2999) : Generate.range(1, 1945)).generate(in);
      int number = numbers().generate(in);
      ImmutableList<String> suffixes = suffixes(SUFFIX_WORDS, false).generate(in);
      String text =
          organ
              + joined(ImmutableList.copyOf(series), "/", "")
              + "/"
              + sessionOrYear
              + "/"
              + number
              + joined(suffixes, "/", "");
      Expected e = new Expected(text, SymbolFamily.UNITED_NATIONS);
      e.organ = Optional.of(organ);
      e.series = series.isEmpty() ? Optional.empty() : Optional.of(String.join("/", series));
      e.session = byYear ? Optional.empty() : Optional.of(sessionOrYear);
      e.year = byYear ? Optional.of(sessionOrYear) : Optional.empty();
      e.number = Optional.of(number);
      e.suffixes = suffixes;
      return e;
    };
  }

  /** WHO symbols: EB138/5, A69/4, A69/INF./2, EB138/5 Add.1, WHA69.1, EB138.R1. */
  public static Gen<Expected> who() {
    return in -> {
      int session = numbers().generate(in);
      int number = numbers().generate(in);
      int shape = Generate.range(0, 3).generate(in);
      if (shape >= 2) {
        boolean assembly = shape == 2;
        String text = (assembly ? "WHA" + session + "." : "EB" + session + ".R") + number;
        Expected e = new Expected(text, SymbolFamily.WHO);
        e.organ = Optional.of(assembly ? "WHA" : "EB");
        e.series = assembly ? Optional.empty() : Optional.of("R");
        e.session = Optional.of(session);
        e.number = Optional.of(number);
        return e;
      }
      boolean assembly = shape == 0;
      boolean information = Generate.booleans().generate(in);
      ImmutableList<String> suffixes = suffixes(SUFFIX_WORDS, false).generate(in);
      String text =
          (assembly ? "A" : "EB")
              + session
              + "/"
              + (information ? "INF./" : "")
              + number
              + joined(suffixes, " ", "");
      Expected e = new Expected(text, SymbolFamily.WHO);
      e.organ = Optional.of(assembly ? "WHA" : "EB");
      e.series = information ? Optional.of("INF") : Optional.empty();
      e.session = Optional.of(session);
      e.number = Optional.of(number);
      e.suffixes = suffixes;
      return e;
    };
  }

  /** IFAD symbols: EB 2018/125/R.2, GC 41/L.5, EB 2018/125/R.2/Rev.1. */
  public static Gen<Expected> ifad() {
    return in -> {
      boolean board = Generate.booleans().generate(in);
      int year = years().generate(in);
      int session = numbers().generate(in);
      String series = Generate.pick(List.of("R", "L", "INF", "C")).generate(in);
      int number = numbers().generate(in);
      ImmutableList<String> suffixes = suffixes(SUFFIX_WORDS, false).generate(in);
      String text =
          (board ? "EB " + year + "/" : "GC ")
              + session
              + "/"
              + series
              + "."
              + number
              + joined(suffixes, "/", "");
      Expected e = new Expected(text, SymbolFamily.IFAD);
      e.organ = Optional.of(board ? "EB" : "GC");
      e.year = board ? Optional.of(year) : Optional.empty();
      e.session = Optional.of(session);
      e.series = Optional.of(series);
      e.number = Optional.of(number);
      e.suffixes = suffixes;
      return e;
    };
  }

  /** FAO symbols: C 2013/26, CL 148/3, C 2013/INF/1, CL 148/3 Rev.1, C 2013/26/ES. */
  public static Gen<Expected> fao() {
    return in -> {
      String organ = Generate.pick(List.of("C", "CL", "PC", "FC")).generate(in);
      boolean byYear = Generate.booleans().generate(in);
      int sessionOrYear =
          (byYear ? Generate.range(1946, 2999) : Generate.range(1, 1945)).generate(in);
      boolean information = Generate.booleans().generate(in);
      int number = numbers().generate(in);
      boolean summary = Generate.booleans().generate(in);
      ImmutableList<String> revisions = suffixes(SUFFIX_WORDS, false).generate(in);
      ImmutableList<String> suffixes =
          summary ? ImmutableList.<String>builder().add("ES").addAll(revisions).build() : revisions;
      String text =
          organ
              + " "
              + sessionOrYear
              + "/"
              + (information ? "INF/" : "")
              + number
              + (summary ? "/ES" : "")
              + joined(revisions, " ", "");
      Expected e = new Expected(text, SymbolFamily.FAO);
      e.organ = Optional.of(organ);
      e.session = byYear ? Optional.empty() : Optional.of(sessionOrYear);
      e.year = byYear ? Optional.of(sessionOrYear) : Optional.empty();
      e.series = information ? Optional.of("INF") : Optional.empty();
      e.number = Optional.of(number);
      e.suffixes = suffixes;
      return e;
    };
  }

  /** JIU symbols: JIU/REP/2006/7, JIU/ML/2016/22, JIU/NOTE/2014/1. */
  public static Gen<Expected> jiu() {
    return yearly(SymbolFamily.JIU, "JIU", List.of("/REP", "/ML", "/NOTE"));
  }

  /** UNDP/UNFPA/UNOPS Executive Board symbols: DP/2017/39, DP/FPA/2017/1, DP/FPA/OPS/2017/1. */
  public static Gen<Expected> executiveBoardDp() {
    return yearly(SymbolFamily.UNDP_UNFPA_UNOPS, "DP", List.of("", "/FPA", "/OPS", "/FPA/OPS"));
  }

  private static Gen<Expected> yearly(SymbolFamily family, String organ, List<String> series) {
    return in -> {
      String marker = Generate.pick(series).generate(in);
      int year = years().generate(in);
      int number = numbers().generate(in);
      ImmutableList<String> suffixes = suffixes(SUFFIX_WORDS, false).generate(in);
      String text = organ + marker + "/" + year + "/" + number + joined(suffixes, "/", "");
      Expected e = new Expected(text, family);
      e.organ = Optional.of(organ);
      e.series = marker.isEmpty() ? Optional.empty() : Optional.of(marker.substring(1));
      e.year = Optional.of(year);
      e.number = Optional.of(number);
      e.suffixes = suffixes;
      return e;
    };
  }

  /**
   * Printable text of no known form: a prefix no family begins with, then letters, digits,
   * punctuation, spaces, Chinese and an emoji.
   */
  public static Gen<Expected> unrecognised() {
    List<String> prefixes = List.of("UNW/", "ICC-", "gb.", "ECE/", "UNEP/EA.5/", "Doc ", "文件");
    List<Character> chars =
        List.of('/', '.', '(', ')', '-', ' ', '0', '1', '9', 'A', 'Z', 'a', '业', '\u00e9', '\\');
    return in -> {
      StringBuilder text = new StringBuilder(Generate.pick(prefixes).generate(in));
      int length = Generate.range(0, 12).generate(in);
      for (int i = 0; i < length; i++) {
        if (Generate.range(0, 20).generate(in) == 0) {
          text.append("\ud83d\ude00");
        } else {
          text.append(Generate.pick(chars).generate(in));
        }
      }
      return new Expected(text.toString(), SymbolFamily.UNRECOGNISED);
    };
  }

  /** Symbols of every family, recognised or not. */
  public static Gen<Expected> any() {
    return ilo()
        .mix(iloBeforeSections(), 10)
        .mix(unitedNations(), 12)
        .mix(who(), 12)
        .mix(ifad(), 12)
        .mix(fao(), 12)
        .mix(jiu(), 10)
        .mix(executiveBoardDp(), 10)
        .mix(unrecognised(), 12);
  }
}
