package org.reformkit.json;

import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A value read leniently, with the properties the reader did not know (written by a later minor
 * version of the format), so that writing it gives them back unchanged.
 *
 * <p>Each group of unknown properties is anchored to the JSON Pointer of the object that held them
 * ({@code /programme/commitments/2}) and, if that object had an {@code id}, to that identifier. On
 * writing, a group is put back, after the known properties, into the object written at the same
 * pointer, provided it is still there and, for an object with an identifier, still has the same
 * identifier. A group whose object was removed, or whose place is now held by an object with
 * another identifier, is dropped; a group anchored in a list of elements without identifiers
 * follows the position. Use {@link #withValue} to write a changed value with the same unknown
 * properties.
 *
 * @param <T> the type of the value, {@link org.reformkit.core.model.ProgressReport}, {@link
 *     org.reformkit.core.model.ReformProgramme} or {@link
 *     org.reformkit.core.rules.ValidationResult}
 */
public final class Extended<T> {
  private final T value;
  private final String schemaVersion;
  private final ImmutableMap<String, Anchor> anchors;

  Extended(T value, String schemaVersion, Map<String, Anchor> anchors) {
    this.value = Objects.requireNonNull(value, "value");
    this.schemaVersion = schemaVersion;
    this.anchors = ImmutableMap.copyOf(anchors);
  }

  /**
   * Returns a value with no unknown properties, written with the schema version this library writes
   * for it (1.2 for a report or programme that uses something new in 1.2, otherwise 1.1).
   *
   * @param value the value
   * @param <T> the value's type
   * @return the extended value
   */
  public static <T> Extended<T> of(T value) {
    return new Extended<>(value, Formats.versionOf(value), Map.of());
  }

  /**
   * Returns the value read.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Returns the schema version the document declared (such as {@code 1.2}), which is written back.
   *
   * @return the schema version
   */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * Returns whether any unknown property was kept.
   *
   * @return whether there are unknown properties
   */
  public boolean hasUnknownProperties() {
    return !anchors.isEmpty();
  }

  /**
   * Returns copies of the unknown properties, by the JSON Pointer of the object that held them and
   * then by name, in document order.
   *
   * @return the unknown properties
   */
  public Map<String, Map<String, JsonNode>> unknownProperties() {
    Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
    anchors.forEach((pointer, anchor) -> out.put(pointer, anchor.copyOfProperties()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the same unknown properties and schema version with another value, typically a changed
   * copy of this one.
   *
   * @param newValue the value
   * @return the extended value
   */
  public Extended<T> withValue(T newValue) {
    return new Extended<>(newValue, schemaVersion, anchors);
  }

  ImmutableMap<String, Anchor> anchors() {
    return anchors;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Extended<?> that
        && value.equals(that.value)
        && schemaVersion.equals(that.schemaVersion)
        && anchors.equals(that.anchors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, schemaVersion, anchors);
  }

  @Override
  public String toString() {
    return "Extended{schemaVersion="
        + schemaVersion
        + ", unknown="
        + unknownProperties().keySet()
        + ", value="
        + value
        + "}";
  }

  /** The unknown properties of one object, with the identifier the object had. */
  static final class Anchor {
    private final Optional<String> id;
    private final Map<String, JsonNode> properties;

    Anchor(Optional<String> id, Map<String, JsonNode> properties) {
      this.id = id;
      LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
      properties.forEach((name, node) -> copy.put(name, node.deepCopy()));
      this.properties = Collections.unmodifiableMap(copy);
    }

    Optional<String> id() {
      return id;
    }

    Map<String, JsonNode> properties() {
      return properties;
    }

    Map<String, JsonNode> copyOfProperties() {
      LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
      properties.forEach((name, node) -> copy.put(name, node.deepCopy()));
      return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Anchor that
          && id.equals(that.id)
          && properties.equals(that.properties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, properties);
    }
  }
}
