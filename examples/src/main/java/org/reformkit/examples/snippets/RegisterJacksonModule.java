package org.reformkit.examples.snippets;

import java.util.Map;
import org.reformkit.examples.SeedReport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Snippet: add reformkit's JSON support to the Jackson 3 mapper a system already has. Jackson 3
 * mappers are immutable: {@code rebuild()} copies the existing configuration into a builder, the
 * module is added, and the new mapper is used from then on.
 *
 * <pre>{@code
 * JsonMapper mapper = RegisterJacksonModule.withReformModule(existingMapper);
 * String json = mapper.writeValueAsString(SeedReport.november2015());
 * }</pre>
 */
public final class RegisterJacksonModule {
  private RegisterJacksonModule() {}

  /**
   * Returns a copy of the mapper with reformkit's module registered, keeping its configuration.
   *
   * @param existing the system's mapper
   * @return the mapper to use from now on
   */
  public static JsonMapper withReformModule(JsonMapper existing) {
    // TODO(lead, after the reform-json merge): register the module, e.g.
    //   return existing.rebuild().addModule(new ReformModule()).build();
    return existing.rebuild().build();
  }

  /**
   * Builds a mapper as a system might have it, adds the module and writes a value.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    JsonMapper existing = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    JsonMapper mapper = withReformModule(existing);
    // TODO(lead, after the reform-json merge): write the whole report: SeedReport.november2015()
    System.out.println(mapper.writeValueAsString(Map.of("symbol", SeedReport.SYMBOL.toString())));
  }
}
