package org.reformkit.json;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.MeasureKind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The machinery of binding JSON as it streams from a {@link JsonParser}: objects of a {@link Shape}
 * read property by property, arrays, values that depend on another property, and failures. A
 * problem is thrown as a {@link Failure} that carries a {@link Locator} mark of the value
 * concerned, so that a place is worked out only for an error. Strict reading rejects unknown
 * properties; lenient reading hands them to an {@link Unknowns}. The binders ({@link ReportBinder}
 * and the others) and the small values ({@link Reading}) build on it. Internal.
 */
class Parsing {
  private static final String NULL_OPTIONAL =
      "null is not allowed; leave the property out when there is no value";

  final JsonParser p;
  final Locator locator;
  final @Nullable Unknowns unknowns;

  /** The schema version of the document read, once read. */
  private @Nullable String schemaVersion;

  Parsing(JsonParser parser, Locator locator, @Nullable Unknowns unknowns) {
    this.p = parser;
    this.locator = locator;
    this.unknowns = unknowns;
  }

  /** The schema version of the top-level document, or the one this reader writes if it had none. */
  String schemaVersionRead() {
    return schemaVersion == null ? Formats.SCHEMA_VERSION : schemaVersion;
  }

  /**
   * Checks the schema version of a top-level document, refusing a major version it does not know.
   */
  void schemaVersion() {
    String version = string();
    if (!version.matches("[0-9]{1,4}\\.[0-9]{1,4}")) {
      throw failHere(
          quote(version)
              + " is not a schema version; expected MAJOR.MINOR such as \""
              + Formats.SCHEMA_VERSION
              + "\"");
    }
    if (!version.startsWith(Formats.SCHEMA_MAJOR + ".")) {
      throw failHere(
          "schema version "
              + quote(version)
              + " is not supported; this reader reads version "
              + Formats.SCHEMA_MAJOR
              + ".x (written \""
              + Formats.SCHEMA_VERSION
              + "\")");
    }
    schemaVersion = version;
  }

  String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    return p.getString();
  }

  /** A failure at the parser's current token. */
  Failure failHere(String problem) {
    return new Failure(locator.mark(p), problem, null);
  }

  Failure expected(String what) {
    if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT) {
      // only from a tree that holds a Java object, when the module binds it
      return failHere("unexpected " + JsonToken.VALUE_EMBEDDED_OBJECT + " in JSON");
    }
    return failHere("expected " + what + ", got " + describe());
  }

  /**
   * Refuses a property that appears twice in an object, at its name. The reader of whole documents
   * has its parser refuse them; a mapper of the module's user may allow them.
   */
  Failure duplicate(String name) {
    return failHere(
        "duplicate property " + quote(name) + "; a property may appear only once in an object");
  }

  /** The current token for a message: its type, and a short form of its value. */
  String describe() {
    JsonToken token = p.currentToken();
    return switch (token) {
      case VALUE_STRING -> "the string " + quote(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> "null";
    };
  }

  static String quote(String value) {
    return Node.quote(value);
  }

  static String shorten(String value) {
    return Node.shorten(value);
  }

  /**
   * Makes a value of the model from the current token, turning its refusal into a failure there.
   */
  <T> T modelHere(Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failure(locator.mark(p), e);
    }
  }

  static <T> T model(long mark, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failure(mark, e);
    }
  }

  static Failure failure(long mark, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Failure(mark, message, e);
  }

  /** Reads the elements of an array, handing each to {@code add}. */
  <T> void each(Consumer<T> add, Supplier<T> read) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw expected("an array");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw failHere("null is not allowed in an array");
      }
      add.accept(read.get());
    }
  }

  /** Reads the elements of an array that holds a set: each may appear once. */
  <T> void eachOnce(Consumer<T> add, Supplier<T> read, String name) {
    Set<T> seen = new HashSet<>();
    each(
        (T item) -> {
          if (!seen.add(item)) {
            throw failHere(
                describe() + " appears twice in " + quote(name) + "; each may appear once");
          }
          add.accept(item);
        },
        read);
  }

  /** Starts reading an object of the given shape, at its first token. */
  Obj begin(Shape shape) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected(shape.what());
    }
    return new Obj(shape, locator.mark(p));
  }

  /**
   * A value whose meaning depends on another property of its object: read as it comes, with its
   * mark, and checked against that property once the object is read.
   */
  final class Dependent<T> {
    boolean present;
    @Nullable T value;
    long mark;

    /** Forgets the value read before, so that one instance serves each object in turn. */
    Dependent<T> reset() {
      present = false;
      value = null;
      return this;
    }

    void read(Supplier<T> read) {
      present = true;
      mark = locator.mark(p);
      value = p.currentToken() == JsonToken.VALUE_NULL ? null : read.get();
    }
  }

  /** One JSON object being read: its properties in turn, then the checks on the whole. */
  final class Obj {
    private final Shape shape;
    private final long mark;
    private long seen;
    private @Nullable Map<String, Node> unknown;
    private String pointer = "";
    private Optional<String> id = Optional.empty();

    Obj(Shape shape, long mark) {
      this.shape = shape;
      this.mark = mark;
    }

    /**
     * Moves to the next property and returns its name; or returns null at the end of the object.
     * For a name the object knows, the parser is left on the value: null is refused unless the
     * property depends on another, and a top-level document's schema version is checked here. For
     * an unknown name, the parser is left on the name, for the binder's branch of unknown names to
     * hand to {@link #unknown}.
     */
    @Nullable String next() {
      while (true) {
        int place = p.nextNameMatch(shape.matcher());
        if (place < 0) {
          // the end of the object, or a name the shape does not know
          if (p.currentToken() != JsonToken.PROPERTY_NAME) {
            return null;
          }
          place = shape.placeOf(p.currentName());
          if (place < 0) {
            return p.currentName();
          }
        }
        String name = shape.name(place);
        if ((seen & (1L << place)) != 0) {
          throw duplicate(name);
        }
        JsonToken value = p.nextToken();
        if (unknowns != null && value == JsonToken.VALUE_STRING && name.equals(Names.ID)) {
          id = Optional.of(p.getString());
        }
        seen |= 1L << place;
        if (value == JsonToken.VALUE_NULL && !shape.isDependent(place)) {
          throw shape.isRequired(place)
              ? expected("a value for required property " + quote(name))
              : failHere(NULL_OPTIONAL);
        }
        if (place == shape.versionPlace()) {
          schemaVersion();
          continue;
        }
        return name;
      }
    }

    /**
     * Handles a property this object does not know, with the parser on its name: refuses it, or
     * keeps it when reading leniently.
     */
    void unknown(String name) {
      if (unknowns == null) {
        p.nextToken();
        throw failHere(
            "unknown property "
                + quote(name)
                + " in "
                + shape.what()
                + "; expected "
                + String.join(", ", shape.names()));
      }
      if (unknown == null) {
        unknown = new LinkedHashMap<>();
        // on the name, the parent of the object's context is where the object itself is
        pointer = p.streamReadContext().getParent().pathAsPointer().toString();
      }
      if (unknown.containsKey(name)) {
        throw duplicate(name);
      }
      p.nextToken();
      // an "id" this object does not know is kept like any other unknown property: only an id of
      // the model identifies the object its unknown properties are written back into
      unknown.put(name, NodeParser.read(p, ""));
    }

    /**
     * Whether this object kept no unknown property, so that a value made before from the same
     * properties may stand for it.
     */
    boolean keptNothing() {
      return unknown == null;
    }

    /** Refuses an object without one of its required properties, at the object. */
    void requireAll() {
      @Nullable String missing = shape.firstMissing(seen);
      if (missing != null) {
        throw new Failure(
            mark, "missing required property " + quote(missing) + " of " + shape.what(), null);
      }
    }

    /**
     * A dependent property: required when {@code needed}, and not allowed otherwise. The object is
     * named in a message by its kind, as in "a count value".
     */
    <T> Optional<T> only(
        Dependent<T> value, String name, boolean needed, MeasureKind of, String object) {
      if (needed) {
        if (!value.present) {
          throw new Failure(
              mark, "missing required property " + quote(name) + " of " + kind(of, object), null);
        }
        if (value.value == null) {
          throw new Failure(value.mark, NULL_OPTIONAL, null);
        }
        return Optional.of(value.value);
      }
      if (value.present) {
        throw new Failure(value.mark, kind(of, object) + " has no " + quote(name), null);
      }
      return Optional.empty();
    }

    private static String kind(MeasureKind of, String object) {
      return "a " + Formats.word(of) + " " + object;
    }

    /**
     * Checks the required properties and makes the value, turning the model's refusal into a
     * failure at the object.
     */
    <T> T build(Supplier<T> make) {
      requireAll();
      T value = model(mark, make);
      if (unknown != null) {
        Objects.requireNonNull(unknowns).add(mark, pointer, id, unknown);
      }
      return value;
    }
  }
}
