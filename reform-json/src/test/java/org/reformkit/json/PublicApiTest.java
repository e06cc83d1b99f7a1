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

/** Only the facade, its reader and values, the exception and the module are public; the rest is internal. */
class PublicApiTest {
  @Test
  void onlyTheDocumentedTypesArePublic() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(ReformJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes.resolve("org/reformkit/json"))) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
              .map(n -> "org.reformkit.json." + n.substring(0, n.length() - ".class".length()).replace('/', '.'))
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
            "ReformJson", "ReformJsonReader", "ReadLimits", "Layout", "Extended", "ReformJsonException",
            "ReformModule", "Limit");
  }

  @Test
  void theExceptionIsUncheckedAndNotAJacksonException() {
    assertThat(RuntimeException.class).isAssignableFrom(ReformJsonException.class);
    assertThat(tools.jackson.core.JacksonException.class.isAssignableFrom(ReformJsonException.class)).isFalse();
  }
}
