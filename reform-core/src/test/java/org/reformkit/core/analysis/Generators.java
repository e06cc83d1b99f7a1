package org.reformkit.core.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.reformkit.core.model.Baseline;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.Footnote;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.IndicatorValue;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Location;
import org.reformkit.core.model.Measure;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostOrigin;
import org.reformkit.core.model.PostShare;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;

/**
 * Small random reports for the properties: elements drawn from small pools of identifiers, so that
 * two reports share some elements and differ in others.
 */
final class Generators {
  private static final List<String> DATES =
      List.of(
          "2014",
          "2015",
          "by 2015",
          "from 2015-03",
          "about 2015",
          "2015-07",
          "2015-11",
          "2015-07-15",
          "2016-03");
  private static final List<String> SYMBOLS =
      List.of("GB.320/PFA/13", "GB.323/PFA/1", "GB.325/POL/7", "GB.325/INS/2(Add.1)");
  private static final Gen<Boolean> COIN = Generate.booleans();
  private static final Gen<String> DATE = Generate.pick(DATES);

  private Generators() {}

  static Gen<ProgressReport> reports() {
    return in -> {
      String asOf = DATE.generate(in).replaceAll("^\\D+", "");
      ProgressReport report = Fixtures.report("GB.325/INS/15/1", asOf, programme(in));
      return report.withDocument(report.document().withFootnotes(footnotes(in)));
    };
  }

  static Gen<ReformProgramme> programmes() {
    return Generators::programme;
  }

  static Gen<Indicator> indicators() {
    return Generators::numericIndicator;
  }

  static Gen<LocalDate> days() {
    return Generate.range(0, 800).map(n -> LocalDate.of(2014, 6, 1).plusDays(n));
  }

  private static ReformProgramme programme(RandomnessSource in) {
    ReformProgramme.Builder programme = Fixtures.programme();
    for (String id : List.of("a", "b", "c", "d")) {
      if (COIN.generate(in)) {
        programme.addCommitment(commitment(id, in));
      }
    }
    for (String id : List.of("hq", "field", "x")) {
      if (COIN.generate(in)) {
        programme.addPostLine(postLine(id, in));
      }
    }
    int posts = Generate.range(0, 2).generate(in);
    for (int i = 0; i < posts; i++) {
      programme.addPost(
          Post.builder()
              .id(PostId.of("P-" + i))
              .location(Location.field())
              .category(Generate.enumValues(PostCategory.class).generate(in))
              .origin(PostOrigin.of(Generate.enumValues(OriginKind.class).generate(in)))
              .build());
    }
    for (String id : List.of("i", "j")) {
      if (COIN.generate(in)) {
        programme.addIndicator(numericIndicator(in).withId(IndicatorId.of(id)));
      }
    }
    return programme.build();
  }

  private static Commitment commitment(String id, RandomnessSource in) {
    Commitment.Builder commitment =
        Fixtures.commitment(id, status(in)).started(date(in)).due(date(in));
    for (String phase : List.of("p", "q", "r")) {
      if (COIN.generate(in)) {
        commitment.addPhase(phase(phase, in));
      }
    }
    return commitment.build();
  }

  private static Phase phase(String id, RandomnessSource in) {
    return Fixtures.phase(id, status(in))
        .plannedStart(date(in))
        .plannedEnd(date(in))
        .actualStart(date(in))
        .actualEnd(date(in))
        .build();
  }

  private static PostLine postLine(String id, RandomnessSource in) {
    PostLine.Builder line =
        PostLine.builder()
            .id(PostLineId.of(id))
            .count(Generate.range(0, 50).generate(in))
            .location(COIN.generate(in) ? Location.headquarters() : Location.field())
            .category(Generate.enumValues(PostCategory.class).generate(in))
            .origin(PostOrigin.of(Generate.enumValues(OriginKind.class).generate(in)));
    if (COIN.generate(in)) {
      line.funding(Generate.enumValues(FundingSource.class).generate(in));
    }
    if (COIN.generate(in)) {
      line.unit(OrgUnit.named(LocalizedText.of("en", "Unit " + Generate.range(1, 2).generate(in))));
    }
    if (COIN.generate(in)) {
      line.status(Generate.enumValues(PostStatus.class).generate(in));
    }
    if (COIN.generate(in)) {
      PostOrigin from = PostOrigin.transferredFrom(OrgUnit.named(LocalizedText.of("en", "Inst")));
      line.addOfWhich(
          COIN.generate(in)
              ? PostShare.some(from)
              : PostShare.of(from, Generate.range(0, 10).generate(in)));
    }
    return line.build();
  }

  private static Indicator numericIndicator(RandomnessSource in) {
    Indicator.Builder indicator =
        Indicator.builder()
            .id(IndicatorId.of("i"))
            .name(LocalizedText.of("en", "Indicator"))
            .measure(Measure.of(MeasureKind.NUMBER))
            .direction(Generate.enumValues(Direction.class).generate(in));
    if (COIN.generate(in)) {
      indicator.baseline(Baseline.builder().value(number(in)).date(date(in)).build());
    }
    int targets = Generate.range(0, 2).generate(in);
    for (int i = 0; i < targets; i++) {
      indicator.addTarget(Target.builder().value(number(in)).due(date(in)).build());
    }
    int measurements = Generate.range(0, 3).generate(in);
    for (int i = 0; i < measurements; i++) {
      indicator.addMeasurement(
          Measurement.builder()
              .value(number(in))
              .date(PartialDate.parse(DATE.generate(in)))
              .build());
    }
    return indicator.build();
  }

  private static List<Footnote> footnotes(RandomnessSource in) {
    Footnote.Builder footnote =
        Footnote.builder().number(1).text(LocalizedText.of("en", "Documents."));
    for (String symbol : SYMBOLS) {
      if (COIN.generate(in)) {
        footnote.addReference(DocumentReference.of(DocumentSymbol.parse(symbol)));
      }
    }
    return List.of(footnote.build());
  }

  private static IndicatorValue number(RandomnessSource in) {
    return IndicatorValue.number(BigDecimal.valueOf(Generate.range(-50, 50).generate(in)));
  }

  private static Status status(RandomnessSource in) {
    return Generate.enumValues(Status.class).generate(in);
  }

  private static Optional<PartialDate> date(RandomnessSource in) {
    return COIN.generate(in) ? Optional.of(PartialDate.parse(DATE.generate(in))) : Optional.empty();
  }
}
