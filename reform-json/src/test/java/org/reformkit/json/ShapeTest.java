package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** A shape knows each property's place, which are required and which depend on another. */
class ShapeTest {
  private static final Shape MEASURE =
      Shape.of("a measure", ImmutableList.of("kind", "currency", "unit", "note"), "kind", "unit")
          .dependent("currency");

  @Test
  void eachNameHasItsPlaceAndOtherNamesHaveNone() {
    assertThat(MEASURE.placeOf("kind")).isZero();
    assertThat(MEASURE.placeOf("note")).isEqualTo(3);
    assertThat(MEASURE.placeOf("colour")).isEqualTo(-1);
    assertThat(MEASURE.name(2)).isEqualTo("unit");
    assertThat(MEASURE.names()).containsExactly("kind", "currency", "unit", "note");
    assertThat(MEASURE.what()).isEqualTo("a measure");
  }

  @Test
  void requiredAndDependentPropertiesAreMarkedByPlace() {
    assertThat(IntStream.range(0, 4).filter(MEASURE::isRequired)).containsExactly(0, 2);
    assertThat(IntStream.range(0, 4).filter(MEASURE::isDependent)).containsExactly(1);
  }

  @Test
  void theFirstMissingRequiredPropertyIsFoundInTheFormatsOrder() {
    assertThat(MEASURE.firstMissing(0L)).isEqualTo("kind");
    assertThat(MEASURE.firstMissing(0b0001L)).isEqualTo("unit");
    assertThat(MEASURE.firstMissing(0b0101L)).isNull();
    assertThat(MEASURE.firstMissing(0b1111L)).isNull();
  }

  @Test
  void theMatcherGivesEachNameItsPlaceAsTheParserReadsIt() {
    JsonMapper mapper = JsonMapper.builder().build();
    for (boolean bytes : new boolean[] {false, true}) {
      String json = "{\"unit\":1,\"kind\":2,\"colour\":3,\"note\":4}";
      try (JsonParser parser =
          bytes
              ? mapper.createParser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
              : mapper.createParser(json)) {
        assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        assertThat(parser.nextNameMatch(MEASURE.matcher())).isEqualTo(2);
        parser.nextToken();
        assertThat(parser.nextNameMatch(MEASURE.matcher())).isZero();
        parser.nextToken();
        assertThat(parser.nextNameMatch(MEASURE.matcher())).isNegative();
        assertThat(parser.currentName()).isEqualTo("colour");
        parser.nextToken();
        assertThat(parser.nextNameMatch(MEASURE.matcher())).isEqualTo(3);
        parser.nextToken();
        assertThat(parser.nextNameMatch(MEASURE.matcher())).isNegative();
        assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      }
    }
  }

  @Test
  void aNameTheShapeLacksCannotBeMarked() {
    assertThatThrownBy(() -> Shape.of("a unit", ImmutableList.of("code"), "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a unit has no property name");
    assertThatThrownBy(() -> MEASURE.dependent("colour"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a measure has no property colour");
  }

  @Test
  void aShapeHoldsAtMostSixtyFourProperties() {
    ImmutableList<String> sixtyFour =
        IntStream.range(0, 64).mapToObj(i -> "p" + i).collect(ImmutableList.toImmutableList());
    Shape widest = Shape.of("a wide object", sixtyFour, "p63");
    assertThat(widest.isRequired(63)).isTrue();
    assertThat(widest.firstMissing(0L)).isEqualTo("p63");
    ImmutableList<String> sixtyFive =
        ImmutableList.<String>builder().addAll(sixtyFour).add("p64").build();
    assertThatThrownBy(() -> Shape.of("a wider object", sixtyFive))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a shape holds at most 64 properties: a wider object");
  }
}
