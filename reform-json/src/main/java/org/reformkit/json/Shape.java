package org.reformkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The properties one kind of JSON object may have, as the reader needs them while it streams the
 * object: each name's place in the format's list, which are required, and which may hold null
 * because their meaning depends on another property (checked once the whole object is read).
 * Internal.
 */
final class Shape {
  /** Makes the matchers; a matcher also serves any other parser, by the name as a string. */
  private static final JsonFactory MATCHERS = new JsonFactory();

  private final String what;
  private final ImmutableList<String> names;
  private final ImmutableMap<String, Integer> places;
  private final long required;
  private final long dependent;

  /** The place of the schema version of a top-level document, or -1. */
  private final int versionPlace;

  /** Matches a property name as the parser reads it, without making a string of it first. */
  private final PropertyNameMatcher matcher;

  private Shape(String what, ImmutableList<String> names, long required, long dependent) {
    if (names.size() > Long.SIZE) {
      throw new IllegalArgumentException("a shape holds at most 64 properties: " + what);
    }
    this.what = what;
    this.names = names;
    ImmutableMap.Builder<String, Integer> places =
        ImmutableMap.builderWithExpectedSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      places.put(names.get(i), i);
    }
    this.places = places.buildOrThrow();
    List<Named> named = new ArrayList<>(names.size());
    names.forEach(name -> named.add(Named.fromString(name)));
    this.matcher = MATCHERS.constructNameMatcher(named, false);
    this.required = required;
    this.dependent = dependent;
    this.versionPlace = placeOf(Names.SCHEMA_VERSION);
  }

  /**
   * The shape of an object described as {@code what} (such as "a phase") with these properties.
   *
   * @param what the object in a message, with its article
   * @param names every property, in the order the writer writes them
   * @param required the properties that must be present
   */
  static Shape of(String what, ImmutableList<String> names, String... required) {
    return new Shape(what, names, 0L, 0L).withRequired(required);
  }

  private Shape withRequired(String... properties) {
    return new Shape(what, names, this.required | mask(properties), dependent);
  }

  /** The same shape, in which these properties depend on another and may be null until checked. */
  Shape dependent(String... properties) {
    return new Shape(what, names, required, dependent | mask(properties));
  }

  private long mask(String... properties) {
    long mask = 0L;
    for (String property : properties) {
      mask |= 1L << place(property);
    }
    return mask;
  }

  private int place(String property) {
    @Nullable Integer place = places.get(property);
    if (place == null) {
      throw new IllegalArgumentException(what + " has no property " + property);
    }
    return place;
  }

  String what() {
    return what;
  }

  ImmutableList<String> names() {
    return names;
  }

  /**
   * The matcher of this shape's names for {@link tools.jackson.core.JsonParser#nextNameMatch}: a
   * name's match is its place in the list.
   */
  PropertyNameMatcher matcher() {
    return matcher;
  }

  /** The place of a property in the list, or -1 for a name this object does not have. */
  int placeOf(String name) {
    @Nullable Integer place = places.get(name);
    return place == null ? -1 : place;
  }

  /** The name at a place, as the shape holds it. */
  String name(int place) {
    return names.get(place);
  }

  /** The place of the schema version, which only a top-level document has; or -1. */
  int versionPlace() {
    return versionPlace;
  }

  boolean isRequired(int place) {
    return (required & (1L << place)) != 0;
  }

  boolean isDependent(int place) {
    return (dependent & (1L << place)) != 0;
  }

  /** The first required property, in the format's order, that is not among those seen; or null. */
  @Nullable String firstMissing(long seen) {
    long missing = required & ~seen;
    return missing == 0 ? null : names.get(Long.numberOfTrailingZeros(missing));
  }
}
