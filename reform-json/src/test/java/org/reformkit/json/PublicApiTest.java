package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the facade, its reader and writer and values, the exception and the module are public; the
 * rest is internal.
 */
class PublicApiTest {
  @Test
  void onlyTheDocumentedTypesArePublic()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(ReformJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes.resolve("org/reformkit/json"))) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
              .map(
                  n ->
                      "org.reformkit.json."
                          + n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .collect(Collectors.toList());
    }
    List<String> publicTypes = new java.util.ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (Modifier.isPublic(type.getModifiers())) {
        publicTypes.add(type.getSimpleName());
      }
    }
    assertThat(publicTypes)
        .containsExactlyInAnyOrder(
            "ReformJson",
            "ReformJsonReader",
            "ReformJsonWriter",
            "ReadLimits",
            "Layout",
            "Extended",
            "ReformJsonException",
            "ReformModule",
            "Limit");
  }

  @Test
  void theFacadeKeepsAFewStaticMethodsAndLeavesTheRestToItsReaderAndWriter() {
    List<String> methods =
        java.util.Arrays.stream(ReformJson.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
            .map(m -> m.getName() + java.util.Arrays.toString(m.getParameterTypes()))
            .collect(Collectors.toList());
    assertThat(methods)
        .hasSizeLessThanOrEqualTo(12)
        .containsExactlyInAnyOrder(
            "reader[]",
            "writer[]",
            "readReport[interface java.nio.file.Path]",
            "readReport[class java.lang.String]",
            "writeReport[class org.reformkit.core.model.ProgressReport, class org.reformkit.json.Layout]",
            "writeReport[class org.reformkit.core.model.ProgressReport, class org.reformkit.json.Layout,"
                + " interface java.nio.file.Path]",
            "jsonSchema[]",
            "findingsJsonSchema[]",
            "schemaVersion[]");
  }

  @Test
  void theExceptionIsUncheckedAndNotAJacksonException() {
    assertThat(RuntimeException.class).isAssignableFrom(ReformJsonException.class);
    assertThat(
            tools.jackson.core.JacksonException.class.isAssignableFrom(ReformJsonException.class))
        .isFalse();
  }
}
