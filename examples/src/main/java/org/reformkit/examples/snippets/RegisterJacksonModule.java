package org.reformkit.examples.snippets;

import org.reformkit.core.model.ProgressReport;
import org.reformkit.examples.SeedReport;
import org.reformkit.json.ReformModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Snippet: add reformkit's JSON support to the Jackson 3 mapper a system already has. Jackson 3
 * mappers are immutable: {@code rebuild()} copies the existing configuration into a builder, the
 * {@link ReformModule} is added, and the new mapper is used from then on.
 *
 * <pre>{@code
 * JsonMapper mapper = existing.rebuild().addModule(new ReformModule()).build();
 * String json = mapper.writeValueAsString(SeedReport.november2015());
 * ProgressReport back = mapper.readValue(json, ProgressReport.class);
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
    return existing.rebuild().addModule(new ReformModule()).build();
  }

  /**
   * Builds a mapper as a system might have it, adds the module, writes the seed report and reads it
   * back.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    JsonMapper existing = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    JsonMapper mapper = withReformModule(existing);
    ProgressReport seed = SeedReport.november2015();
    String json = mapper.writeValueAsString(seed);
    ProgressReport back = mapper.readValue(json, ProgressReport.class);
    System.out.println(json.lines().limit(3).reduce((a, b) -> a + "\n" + b).orElse(""));
    System.out.println("...");
    System.out.println("read back " + back.document().symbol() + ", equal: " + back.equals(seed));
  }
}
