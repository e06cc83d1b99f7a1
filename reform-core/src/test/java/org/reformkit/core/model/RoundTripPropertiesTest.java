package org.reformkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every text form reads back what it prints, and reading never fails in any other way. */
class RoundTripPropertiesTest {
  private static final List<Character> NOISE =
      List.of('/', '.', '(', ')', '[', ']', '-', ' ', '0', '1', 'A', 'I', 'N', 'F', 'x', '业');

  @Test
  void documentSymbolsOfEveryFamilyPrintBackIdenticallyAndReadIntoTheirParts() {
    qt().withExamples(1000)
        .forAll(SymbolGenerators.any())
        .checkAssert(
            e -> {
              DocumentSymbol s = DocumentSymbol.parse(e.text);
              assertThat(s).hasToString(e.text);
              assertThat(DocumentSymbol.parse(s.toString())).isEqualTo(s);
              assertThat(s.family()).as(e.text).isEqualTo(e.family);
              assertThat(s.organ()).as(e.text).isEqualTo(e.organ);
              assertThat(s.session()).as(e.text).isEqualTo(e.session);
              assertThat(s.year()).as(e.text).isEqualTo(e.year);
              assertThat(s.section()).as(e.text).isEqualTo(e.section);
              assertThat(s.series()).as(e.text).isEqualTo(e.series);
              assertThat(s.item()).as(e.text).isEqualTo(e.item);
              assertThat(s.subItem()).as(e.text).isEqualTo(e.subItem);
              assertThat(s.number()).as(e.text).isEqualTo(e.number);
              assertThat(s.suffixes()).as(e.text).isEqualTo(e.suffixes);
            });
  }

  @Test
  void partialDatesReadBackWhatTheyPrint() {
    qt().forAll(ModelGenerators.partialDates())
        .checkAssert(d -> assertThat(PartialDate.parse(d.toString())).isEqualTo(d));
  }

  @Test
  void datePeriodsReadBackWhatTheyPrint() {
    qt().forAll(ModelGenerators.datePeriods())
        .checkAssert(p -> assertThat(DatePeriod.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void elementPathsReadBackWhatTheyPrint() {
    qt().forAll(ModelGenerators.elementPaths())
        .checkAssert(p -> assertThat(ElementPath.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void elementPathsStartWithEveryPrefixOfTheirSteps() {
    qt().forAll(ModelGenerators.elementPaths(), Generate.range(0, 4))
        .checkAssert(
            (path, n) -> {
              int cut = Math.min(n, path.steps().size());
              ElementPath prefix = ElementPath.of(path.steps().subList(0, cut));
              assertThat(path.startsWith(prefix)).isTrue();
              assertThat(prefix.startsWith(path)).isEqualTo(cut == path.steps().size());
            });
  }

  @Test
  void partialDatesSpanFromTheirFirstToTheirLastDay() {
    qt().forAll(ModelGenerators.partialDates())
        .checkAssert(
            d -> {
              assertThat(d.firstDay()).isBeforeOrEqualTo(d.lastDay());
              assertThat(d.firstDay().getYear()).isEqualTo(d.year());
              assertThat(d.lastDay().getYear()).isEqualTo(d.year());
              assertThat(d.precision() == DatePrecision.DAY)
                  .isEqualTo(d.firstDay().equals(d.lastDay()));
              d.earliestPossible().ifPresent(e -> assertThat(e).isEqualTo(d.firstDay()));
              d.latestPossible().ifPresent(l -> assertThat(l).isEqualTo(d.lastDay()));
              assertThat(d.earliestPossible().isPresent() || d.latestPossible().isPresent())
                  .isEqualTo(d.qualifier() != DateQualifier.ABOUT);
            });
  }

  /** A printed value with one character inserted, replaced or deleted. */
  private static <T> Gen<String> mutated(Gen<T> values) {
    return in -> {
      String text = values.generate(in).toString();
      int at = Generate.range(0, text.length()).generate(in);
      char c = Generate.pick(NOISE).generate(in);
      switch (Generate.range(0, 2).generate(in)) {
        case 0:
          return text.substring(0, at) + c + text.substring(at);
        case 1:
          return at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
        default:
          return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
      }
    };
  }

  /** Parsing accepts text only if it prints back unchanged, and otherwise says where it fails. */
  private static void readsBackOrFailsWithAnIndex(String text, Function<String, Object> parse) {
    Object value;
    try {
      value = parse.apply(text);
    } catch (ValueParseException e) {
      assertThat(e.getParsedText()).isEqualTo(text);
      assertThat(e.getErrorIndex()).isBetween(0, text.length());
      return;
    }
    assertThat(value).hasToString(text);
  }

  @Test
  void documentSymbolParsingAcceptsOnlyTextItPrintsAndOtherwiseSaysWhere() {
    qt().forAll(mutated(ModelGenerators.documentSymbols()).mix(mutated(Generate.constant(" ")), 5))
        .checkAssert(t -> readsBackOrFailsWithAnIndex(t, DocumentSymbol::parse));
  }

  @Test
  void partialDateParsingAcceptsOnlyTextItPrintsAndOtherwiseSaysWhere() {
    qt().forAll(mutated(ModelGenerators.partialDates()))
        .checkAssert(t -> readsBackOrFailsWithAnIndex(t, PartialDate::parse));
  }

  @Test
  void datePeriodParsingAcceptsOnlyTextItPrintsAndOtherwiseSaysWhere() {
    qt().forAll(mutated(ModelGenerators.datePeriods()))
        .checkAssert(t -> readsBackOrFailsWithAnIndex(t, DatePeriod::parse));
  }

  @Test
  void elementPathParsingAcceptsOnlyTextItPrintsAndOtherwiseSaysWhere() {
    qt().forAll(mutated(ModelGenerators.elementPaths()))
        .checkAssert(t -> readsBackOrFailsWithAnIndex(t, ElementPath::parse));
  }

  @Test
  void partialDateParsingPointsAtTheFirstCharacterThatCannotBelong() {
    // the text before the error index can still be completed into a date: it parses, names no
    // real date (2015-00), or is cut short and fails at its end
    qt().forAll(mutated(ModelGenerators.partialDates()))
        .checkAssert(
            t -> {
              try {
                PartialDate.parse(t);
              } catch (ValueParseException e) {
                if (e.getMessage().contains("expected YYYY")) {
                  String before = t.substring(0, e.getErrorIndex());
                  try {
                    PartialDate.parse(before);
                  } catch (ValueParseException prefix) {
                    if (prefix.getMessage().contains("expected YYYY")) { // not 2015-00: not a date
                      assertThat(prefix.getErrorIndex()).as(before).isEqualTo(before.length());
                    }
                  }
                }
              }
            });
  }

  @Test
  void generatedSymbolsCoverEveryFamilyAndShape() {
    // guards the property above against passing on a generator that never makes the hard cases
    Set<String> shapes = new HashSet<>();
    qt().withExamples(1000)
        .forAll(SymbolGenerators.any())
        .checkAssert(
            e -> {
              shapes.add(e.family.name());
              shapes.add(e.family + (e.session.isPresent() ? " session" : " no session"));
              shapes.add(e.family + (e.year.isPresent() ? " year" : " no year"));
              shapes.add(e.family + " suffixes: " + e.suffixes.size());
              shapes.add(e.series.isPresent() ? "series" : "no series");
              shapes.add(e.item.isPresent() ? "item" : "no item");
              shapes.add(e.subItem.isPresent() ? "sub-item" : "no sub-item");
              shapes.add(e.section.map(x -> x.contains("/") ? "nested" : "one").orElse("none"));
              e.session.filter(x -> x > 999_999).ifPresent(x -> shapes.add("large session"));
              e.suffixes.stream()
                  .filter(x -> x.endsWith("."))
                  .forEach(x -> shapes.add("suffix without number"));
            });
    for (SymbolFamily family : SymbolFamily.values()) {
      assertThat(shapes).contains(family.name());
    }
    assertThat(shapes)
        .contains(
            "ILO_GOVERNING_BODY suffixes: 2",
            "UNITED_NATIONS session",
            "UNITED_NATIONS year",
            "WHO suffixes: 1",
            "IFAD year",
            "IFAD no year",
            "FAO session",
            "FAO year",
            "JIU suffixes: 1",
            "series",
            "no series",
            "item",
            "no item",
            "sub-item",
            "no sub-item",
            "nested",
            "one",
            "none",
            "large session",
            "suffix without number");
  }

  @Test
  void generatedDatesCoverEveryPrecisionAndQualifier() {
    Set<String> shapes = new HashSet<>();
    qt().withExamples(500)
        .forAll(ModelGenerators.partialDates())
        .checkAssert(d -> shapes.add(d.precision() + " " + d.qualifier()));
    assertThat(shapes).hasSize(DatePrecision.values().length * DateQualifier.values().length);
  }
}
