package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.ReformProgramme;

/**
 * A document repeats the names of its units, places and posts many times: the reader makes each
 * such text and unit once and gives the same value wherever it comes back, and tells apart those
 * that only look alike.
 */
class RepeatedValuesTest {
  private static String programme(String... posts) {
    return "{\"schemaVersion\":\"1.1\",\"id\":\"p\",\"name\":{\"en\":\"Programme\"},"
        + "\"organization\":{\"en\":\"Organisation\"},\"status\":\"in-progress\",\"posts\":["
        + String.join(",", posts)
        + "]}";
  }

  private static String post(String id, String title, String unit) {
    return "{\"id\":\""
        + id
        + "\",\"title\":"
        + title
        + ",\"location\":{\"kind\":\"field-office\",\"name\":{\"en\":\"Office 4\"}},\"unit\":"
        + unit
        + ",\"category\":\"administrative\",\"origin\":{\"kind\":\"new\"}}";
  }

  private static List<Post> posts(String... posts) throws IOException {
    return ReformJson.reader().forProgramme().read(programme(posts)).posts();
  }

  @Test
  void aTextOrUnitThatComesBackIsTheValueMadeBefore() throws IOException {
    String unit = "{\"code\":\"U1\",\"name\":{\"zh\":\"部门 1\",\"en\":\"Department 1\"}}";
    String title = "{\"zh\":\"干事\",\"en\":\"Officer\"}";
    List<Post> posts = posts(post("a", title, unit), post("b", title, unit));
    Post first = posts.get(0);
    Post second = posts.get(1);
    assertThat(second.title()).containsSame(first.title().orElseThrow());
    assertThat(first.title().orElseThrow().texts())
        .containsExactly(entry("zh", "干事"), entry("en", "Officer"));
    assertThat(second.unit()).containsSame(first.unit().orElseThrow());
    assertThat(second.unit().orElseThrow().code()).contains("U1");
    assertThat(second.location().name()).containsSame(first.location().name().orElseThrow());
  }

  @Test
  void textsThatShareTheirFirstStringAreToldApart() throws IOException {
    String unit = "{\"name\":{\"en\":\"Department 1\"}}";
    List<Post> posts =
        posts(
            post("a", "{\"en\":\"Officer\"}", unit),
            post("b", "{\"en\":\"Officer\",\"fr\":\"Agent\"}", unit),
            post("c", "{\"en\":\"Officer\",\"fr\":\"Cadre\"}", unit),
            post("d", "{\"en\":\"Officer\",\"es\":\"Agent\"}", unit),
            post("e", "{\"fr\":\"Officer\"}", unit),
            post("f", "{\"en\":\"Officer\",\"fr\":\"Agent\"}", unit),
            post("g", "{\"en\":\"Officer\"}", unit),
            post("h", "{\"en\":\"Officer\"}", unit));
    assertThat(posts)
        .extracting(p -> p.title().orElseThrow().texts())
        .containsExactly(
            ImmutableMap.of("en", "Officer"),
            ImmutableMap.of("en", "Officer", "fr", "Agent"),
            ImmutableMap.of("en", "Officer", "fr", "Cadre"),
            ImmutableMap.of("en", "Officer", "es", "Agent"),
            ImmutableMap.of("fr", "Officer"),
            ImmutableMap.of("en", "Officer", "fr", "Agent"),
            ImmutableMap.of("en", "Officer"),
            ImmutableMap.of("en", "Officer"));
    assertThat(posts.get(3).title().orElseThrow().texts().keySet()).containsExactly("en", "es");
    // the text last made with a first string is the one kept for it
    assertThat(posts.get(7).title()).containsSame(posts.get(6).title().orElseThrow());
  }

  @Test
  void aStringThatComesBackInAnotherTextIsTheStringReadBefore() throws IOException {
    String unit = "{\"name\":{\"en\":\"Department 1\"}}";
    List<Post> posts =
        posts(
            post("a", "{\"en\":\"Officer\",\"fr\":\"Agent\"}", unit),
            post("b", "{\"fr\":\"Agent\"}", unit));
    String first = posts.get(0).title().orElseThrow().texts().get("fr");
    String second = posts.get(1).title().orElseThrow().texts().get("fr");
    assertThat(second).isEqualTo("Agent").isSameAs(first);
  }

  @Test
  void aTextInLanguagesInAnotherOrderKeepsItsOrder() throws IOException {
    String unit = "{\"name\":{\"en\":\"Department 1\"}}";
    List<Post> posts =
        posts(
            post("a", "{\"en\":\"Officer\",\"fr\":\"Officer\"}", unit),
            post("b", "{\"fr\":\"Officer\",\"en\":\"Officer\"}", unit));
    assertThat(posts.get(0).title().orElseThrow().texts().keySet()).containsExactly("en", "fr");
    assertThat(posts.get(1).title().orElseThrow().texts().keySet()).containsExactly("fr", "en");
  }

  @Test
  void unitsWithTheSameNameAndAnotherCodeAreToldApart() throws IOException {
    String title = "{\"en\":\"Officer\"}";
    String name = "{\"en\":\"Department 1\"}";
    List<Post> posts =
        posts(
            post("a", title, "{\"code\":\"U1\",\"name\":" + name + "}"),
            post("b", title, "{\"code\":\"U2\",\"name\":" + name + "}"),
            post("c", title, "{\"name\":" + name + "}"),
            post("d", title, "{\"code\":\"U2\",\"name\":" + name + "}"));
    assertThat(posts)
        .extracting(p -> p.unit().orElseThrow().code())
        .containsExactly(Optional.of("U1"), Optional.of("U2"), Optional.empty(), Optional.of("U2"));
    assertThat(posts)
        .extracting(p -> p.unit().orElseThrow().name())
        .containsOnly(LocalizedText.of("en", "Department 1"));
  }

  @Test
  void aUnitThatComesBackWithUnknownPropertiesKeepsThem() throws IOException {
    String title = "{\"en\":\"Officer\"}";
    String unit = "{\"code\":\"U1\",\"name\":{\"en\":\"Department 1\"}}";
    String extended = "{\"code\":\"U1\",\"name\":{\"en\":\"Department 1\"},\"floor\":3}";
    Extended<ReformProgramme> read =
        ReformJson.reader()
            .forProgramme()
            .keepingUnknown()
            .read(programme(post("a", title, unit), post("b", title, extended)));
    assertThat(read.unknownProperties()).containsOnlyKeys("/posts/1/unit");
    assertThat(ReformJson.writer().forProgramme().keepingUnknown().write(read))
        .containsOnlyOnce("\"floor\"");
  }

  private static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }
}
