package org.reformkit.json;

import java.util.Locale;
import java.util.function.Function;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.CommitteeId;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.DatePeriod;
import org.reformkit.core.model.DeliverableId;
import org.reformkit.core.model.Direction;
import org.reformkit.core.model.DocumentSymbol;
import org.reformkit.core.model.EngagementId;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.IndicatorId;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.LocationKind;
import org.reformkit.core.model.MeasureKind;
import org.reformkit.core.model.MilestoneId;
import org.reformkit.core.model.OriginKind;
import org.reformkit.core.model.PartialDate;
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
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StatementId;
import org.reformkit.core.model.StatementKind;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.SupportId;
import org.reformkit.core.model.SupportKind;
import org.reformkit.core.rules.ValidationResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The reformkit format as a Jackson 3 module, for a {@link ProgressReport}, a {@link
 * ReformProgramme} or findings (a {@link ValidationResult}) inside your own documents:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ReformModule()).build();
 * ProgressReport report = mapper.readValue(json, ProgressReport.class);
 * }</pre>
 *
 * <p>It reads strictly (an unknown property is an error) and writes each report or programme as a
 * complete document with its {@code schemaVersion}. The small values of the model have their
 * format's form too, for your own beans that hold them: {@link LocalizedText} as {@code {"en":
 * "..."}}, partial dates, periods, document symbols and grades as their text forms, identifiers as
 * their value and enums as their hyphenated words ({@code not-started}). Errors in the content are
 * {@link ReformJsonException}s whose pointers are relative to your document; broken JSON and limits
 * are your mapper's own exceptions, as configured. For the limits, the single exception type and
 * lenient reading, use {@link ReformJson}. The module is also registered as a {@code
 * tools.jackson.databind.JacksonModule} service, for {@code findAndAddModules()}.
 */
public final class ReformModule extends JacksonModule {
  /** Creates the module. */
  public ReformModule() {
    // nothing to configure
  }

  @Override
  public String getModuleName() {
    return "reformkit";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.reformkit", "reform-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(ProgressReport.class, new ReportSerializer());
    serializers.addSerializer(ReformProgramme.class, new ProgrammeSerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(ProgressReport.class, new ReportDeserializer());
    deserializers.addDeserializer(ReformProgramme.class, new ProgrammeDeserializer());
    serializers.addSerializer(ValidationResult.class, new FindingsSerializer());
    deserializers.addDeserializer(
        ValidationResult.class, new StreamDeserializer<>(FindingBinder::findings));
    serializers.addSerializer(LocalizedText.class, new TextSerializer());
    deserializers.addDeserializer(LocalizedText.class, new StreamDeserializer<>(Reading::text));
    scalar(
        serializers, deserializers, PartialDate.class, PartialDate::toString, Reading::partialDate);
    scalar(serializers, deserializers, DatePeriod.class, DatePeriod::toString, Reading::period);
    scalar(
        serializers,
        deserializers,
        DocumentSymbol.class,
        DocumentSymbol::toString,
        Reading::symbol);
    scalar(serializers, deserializers, Grade.class, Grade::label, Reading::grade);
    identifier(
        serializers, deserializers, CommitmentId.class, CommitmentId::value, CommitmentId::of);
    identifier(serializers, deserializers, CommitteeId.class, CommitteeId::value, CommitteeId::of);
    identifier(
        serializers, deserializers, DeliverableId.class, DeliverableId::value, DeliverableId::of);
    identifier(
        serializers, deserializers, EngagementId.class, EngagementId::value, EngagementId::of);
    identifier(serializers, deserializers, IndicatorId.class, IndicatorId::value, IndicatorId::of);
    identifier(serializers, deserializers, MilestoneId.class, MilestoneId::value, MilestoneId::of);
    identifier(serializers, deserializers, PhaseId.class, PhaseId::value, PhaseId::of);
    identifier(serializers, deserializers, PolicyId.class, PolicyId::value, PolicyId::of);
    identifier(serializers, deserializers, PostId.class, PostId::value, PostId::of);
    identifier(serializers, deserializers, PostLineId.class, PostLineId::value, PostLineId::of);
    identifier(serializers, deserializers, PostTotalId.class, PostTotalId::value, PostTotalId::of);
    identifier(serializers, deserializers, ProgrammeId.class, ProgrammeId::value, ProgrammeId::of);
    identifier(serializers, deserializers, StatementId.class, StatementId::value, StatementId::of);
    identifier(serializers, deserializers, SupportId.class, SupportId::value, SupportId::of);
    word(serializers, deserializers, Counterpart.class);
    word(serializers, deserializers, Direction.class);
    word(serializers, deserializers, EngagementKind.class);
    word(serializers, deserializers, FundingSource.class);
    word(serializers, deserializers, LocationKind.class);
    word(serializers, deserializers, MeasureKind.class);
    word(serializers, deserializers, OriginKind.class);
    word(serializers, deserializers, PolicyStatus.class);
    word(serializers, deserializers, PostCategory.class);
    word(serializers, deserializers, PostStatus.class);
    word(serializers, deserializers, ProcurementMethod.class);
    word(serializers, deserializers, StatementKind.class);
    word(serializers, deserializers, Status.class);
    word(serializers, deserializers, SupportKind.class);
    context.addDeserializers(deserializers);
  }

  private static <T> void scalar(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Class<T> type,
      Function<T, String> print,
      Function<Reading, T> read) {
    serializers.addSerializer(type, new StringSerializer<>(print));
    deserializers.addDeserializer(type, new StreamDeserializer<>(read));
  }

  private static <T> void identifier(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Class<T> type,
      Function<T, String> print,
      Function<String, T> make) {
    scalar(serializers, deserializers, type, print, reading -> reading.id(make));
  }

  private static <E extends Enum<E>> void word(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<E> type) {
    String what =
        type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    Words<E> words = Words.of(type);
    scalar(
        serializers, deserializers, type, Formats::word, reading -> reading.enumValue(words, what));
  }

  /**
   * Binds the value at the parser's current token. Inside someone else's document the text cannot
   * be read again to find a failure's place, so each mark records its place as it is made.
   */
  private static <T> T bind(JsonParser parser, Function<Reading, T> read) {
    Locator.Recording locator = Locator.recording();
    try {
      return read.apply(Reading.strict(parser, locator));
    } catch (Failure failure) {
      throw locator.locate(failure);
    }
  }

  static final class StringSerializer<T> extends ValueSerializer<T> {
    private final Function<T, String> print;

    StringSerializer(Function<T, String> print) {
      this.print = print;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(print.apply(value));
    }
  }

  static final class TextSerializer extends ValueSerializer<LocalizedText> {
    @Override
    public void serialize(LocalizedText value, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject();
      value.texts().forEach(g::writeStringProperty);
      g.writeEndObject();
    }
  }

  static final class StreamDeserializer<T> extends ValueDeserializer<T> {
    private final Function<Reading, T> read;

    StreamDeserializer(Function<Reading, T> read) {
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return bind(p, read);
    }
  }

  static final class ReportSerializer extends ValueSerializer<ProgressReport> {
    @Override
    public void serialize(ProgressReport value, JsonGenerator g, SerializationContext ctxt) {
      new Writing(g, java.util.Map.of()).report(value, Formats.versionFor(value));
    }
  }

  static final class ProgrammeSerializer extends ValueSerializer<ReformProgramme> {
    @Override
    public void serialize(ReformProgramme value, JsonGenerator g, SerializationContext ctxt) {
      new Writing(g, java.util.Map.of()).programme(value, Formats.versionFor(value), true, "");
    }
  }

  static final class FindingsSerializer extends ValueSerializer<ValidationResult> {
    @Override
    public void serialize(ValidationResult value, JsonGenerator g, SerializationContext ctxt) {
      new Writing(g, java.util.Map.of()).findings(value, Formats.SCHEMA_VERSION);
    }
  }

  static final class ReportDeserializer extends ValueDeserializer<ProgressReport> {
    @Override
    public ProgressReport deserialize(JsonParser p, DeserializationContext ctxt) {
      return bind(p, ReportBinder::report);
    }
  }

  static final class ProgrammeDeserializer extends ValueDeserializer<ReformProgramme> {
    @Override
    public ReformProgramme deserialize(JsonParser p, DeserializationContext ctxt) {
      return bind(p, r -> ReportBinder.programme(r, true));
    }
  }
}
