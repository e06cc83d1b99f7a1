/**
 * reformkit JSON: reads and writes reform programmes and progress reports as JSON with Jackson 3.
 *
 * <p>Use the {@link org.reformkit.json.ReformJson} facade, or register {@link
 * org.reformkit.json.ReformModule} on your own {@code JsonMapper}.
 */
module org.reformkit.json {
  requires transitive org.reformkit.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.reformkit.json;

  provides tools.jackson.databind.JacksonModule with
      org.reformkit.json.ReformModule;
}
