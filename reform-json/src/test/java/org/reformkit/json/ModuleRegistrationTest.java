package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PhaseId;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostId;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotalId;
import org.reformkit.core.model.ProcurementMethod;
import org.reformkit.core.model.ProgrammeId;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every small value of the model has its format's form on a mapper that registers the module. Each
 * test builds its own mapper, so that the module's set-up runs inside the test.
 */
class ModuleRegistrationTest {
  private static JsonMapper newMapper() {
    return JsonMapper.builder().addModule(new ReformModule()).build();
  }

  private static <T> void writesAndReadsAs(JsonMapper mapper, T value, Class<T> type, String text) {
    String json = mapper.writeValueAsString(value);
    assertThat(json).as(type.getSimpleName()).isEqualTo("\"" + text + "\"");
    assertThat(mapper.readValue(json, type)).as(type.getSimpleName()).isEqualTo(value);
  }

  private static <T> void identifier(JsonMapper mapper, Class<T> type, Function<String, T> of) {
    writesAndReadsAs(mapper, of.apply("bpr-2"), type, "bpr-2");
  }

  @Test
  void everyIdentifierIsWrittenAndReadAsItsValue() {
    JsonMapper mapper = newMapper();
    identifier(mapper, CommitmentId.class, CommitmentId::of);
    identifier(mapper, CommitteeId.class, CommitteeId::of);
    identifier(mapper, DeliverableId.class, DeliverableId::of);
    identifier(mapper, EngagementId.class, EngagementId::of);
    identifier(mapper, IndicatorId.class, IndicatorId::of);
    identifier(mapper, MilestoneId.class, MilestoneId::of);
    identifier(mapper, PhaseId.class, PhaseId::of);
    identifier(mapper, PolicyId.class, PolicyId::of);
    identifier(mapper, PostId.class, PostId::of);
    identifier(mapper, PostLineId.class, PostLineId::of);
    identifier(mapper, PostTotalId.class, PostTotalId::of);
    identifier(mapper, ProgrammeId.class, ProgrammeId::of);
    identifier(mapper, StatementId.class, StatementId::of);
    identifier(mapper, SupportId.class, SupportId::of);
  }

  private static <E extends Enum<E>> void words(JsonMapper mapper, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      String word = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      writesAndReadsAs(mapper, constant, type, word);
    }
  }

  @Test
  void everyEnumIsWrittenAndReadAsItsHyphenatedWords() {
    JsonMapper mapper = newMapper();
    for (Class<? extends Enum<?>> type :
        List.<Class<? extends Enum<?>>>of(
            Counterpart.class,
            Direction.class,
            EngagementKind.class,
            FundingSource.class,
            LocationKind.class,
            MeasureKind.class,
            OriginKind.class,
            PolicyStatus.class,
            PostCategory.class,
            PostStatus.class,
            ProcurementMethod.class,
            StatementKind.class,
            Status.class,
            SupportKind.class)) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Class<Enum> raw = (Class<Enum>) (Class) type;
      words(mapper, raw);
    }
  }

  @Test
  void gradesAreWrittenAndReadAsTheirLabels() {
    JsonMapper mapper = newMapper();
    for (Grade grade : Grade.values()) {
      writesAndReadsAs(mapper, grade, Grade.class, grade.label());
    }
  }

  private static <T> void textForms(Gen<T> values, Class<T> type) {
    JsonMapper mapper = newMapper();
    TestSizes.qt()
        .withFixedSeed(7L)
        .withExamples(30)
        .forAll(values)
        .checkAssert(value -> writesAndReadsAs(mapper, value, type, value.toString()));
  }

  @Test
  void datesPeriodsAndSymbolsAreWrittenAndReadAsTheirTextForms() {
    textForms(ModelGenerators.partialDate(), org.reformkit.core.model.PartialDate.class);
    textForms(ModelGenerators.period(), org.reformkit.core.model.DatePeriod.class);
    textForms(ModelGenerators.symbol(), org.reformkit.core.model.DocumentSymbol.class);
  }

  @Test
  void theReaderUsesItsOwnLimits() {
    tools.jackson.core.StreamReadConstraints limits = Limits.constraints();
    assertThat(limits.getMaxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
    assertThat(limits.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.getMaxNameLength()).isEqualTo(1_000);
    assertThat(limits.getMaxNumberLength()).isEqualTo(100);
    assertThat(limits.getMaxTokenCount()).isEqualTo(5_000_000L);
  }
}
