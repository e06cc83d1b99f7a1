package org.reformkit.json;

import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
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
 * The reformkit format as a Jackson 3 module, for a {@link ProgressReport} or a {@link
 * ReformProgramme} inside your own documents:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ReformModule()).build();
 * ProgressReport report = mapper.readValue(json, ProgressReport.class);
 * }</pre>
 *
 * <p>It reads strictly (an unknown property is an error) and writes each value as a complete
 * document with its {@code schemaVersion}. Errors in the content are {@link ReformJsonException}s
 * whose pointers are relative to your document; broken JSON and limits are your mapper's own
 * exceptions, as configured. For the limits, the single exception type and lenient reading, use
 * {@link ReformJson}. The module is also registered as a {@code tools.jackson.databind.JacksonModule}
 * service, for {@code findAndAddModules()}.
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
    context.addDeserializers(deserializers);
  }

  private static String pointerOf(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  static final class ReportSerializer extends ValueSerializer<ProgressReport> {
    @Override
    public void serialize(ProgressReport value, JsonGenerator g, SerializationContext ctxt) {
      new Writing(g, java.util.Map.of()).report(value, Formats.SCHEMA_VERSION, true);
    }
  }

  static final class ProgrammeSerializer extends ValueSerializer<ReformProgramme> {
    @Override
    public void serialize(ReformProgramme value, JsonGenerator g, SerializationContext ctxt) {
      new Writing(g, java.util.Map.of()).programme(value, Formats.SCHEMA_VERSION, true, "");
    }
  }

  static final class ReportDeserializer extends ValueDeserializer<ProgressReport> {
    @Override
    public ProgressReport deserialize(JsonParser p, DeserializationContext ctxt) {
      return Reading.strict().report(NodeParser.read(p, pointerOf(p)), true);
    }
  }

  static final class ProgrammeDeserializer extends ValueDeserializer<ReformProgramme> {
    @Override
    public ReformProgramme deserialize(JsonParser p, DeserializationContext ctxt) {
      return Reading.strict().programme(NodeParser.read(p, pointerOf(p)), true);
    }
  }
}
