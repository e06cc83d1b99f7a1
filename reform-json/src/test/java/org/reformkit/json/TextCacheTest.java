package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** The cache finds a value again by the characters of a string token, and stops at its size. */
class TextCacheTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Looks each string of a JSON array up in the cache, keeping a value for those not found. */
  private static List<String> lookUp(TextCache<String> cache, String jsonArray, boolean bytes) {
    List<String> found = new ArrayList<>();
    try (JsonParser parser =
        bytes
            ? MAPPER.createParser(jsonArray.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            : MAPPER.createParser(jsonArray)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.VALUE_STRING) {
        String value = cache.get(parser);
        if (value == null) {
          cache.put(parser.getString(), "#" + parser.getString());
          found.add("-");
        } else {
          found.add(value);
        }
      }
    }
    return found;
  }

  @Test
  void aTextSeenBeforeGivesItsValueAndOthersGiveNone() {
    for (boolean bytes : new boolean[] {false, true}) {
      TextCache<String> cache = new TextCache<>();
      assertThat(
              lookUp(
                  cache,
                  "[\"2015-11\", \"2015-12\", \"2015-11\", \"2015-1\", \"\", \"\", \"中文\", \"中文\"]",
                  bytes))
          .containsExactly("-", "-", "#2015-11", "-", "-", "#", "-", "#中文");
    }
  }

  @Test
  void textsWithTheSameHashAreToldApart() {
    // "Aa" and "BB" have the same String.hashCode
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    TextCache<String> cache = new TextCache<>();
    assertThat(
            lookUp(cache, "[\"Aa\", \"BB\", \"Aa\", \"BB\", \"AaBB\", \"BBAa\", \"AaBB\"]", false))
        .containsExactly("-", "-", "#Aa", "#BB", "-", "-", "#AaBB");
  }

  @Test
  void everyTextIsFoundAfterTheCacheGrows() {
    TextCache<String> cache = new TextCache<>();
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 1000; i++) {
      json.append(i == 0 ? "" : ",").append("\"d").append(i).append('"');
    }
    String all = json.append(']').toString();
    assertThat(lookUp(cache, all, false)).containsOnly("-");
    List<String> again = lookUp(cache, all, true);
    for (int i = 0; i < 1000; i++) {
      assertThat(again.get(i)).isEqualTo("#d" + i);
    }
  }

  @Test
  void theCacheStopsGrowingAtItsLimit() {
    TextCache<String> cache = new TextCache<>();
    StringBuilder json = new StringBuilder("[");
    int count = TextCache.MAX_SIZE + 10;
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
    }
    String all = json.append(']').toString();
    lookUp(cache, all, false);
    List<String> again = lookUp(cache, all, false);
    assertThat(again.subList(0, TextCache.MAX_SIZE)).doesNotContain("-");
    assertThat(again.subList(TextCache.MAX_SIZE, count)).containsOnly("-");
  }
}
