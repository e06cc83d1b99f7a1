package org.reformkit.json;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.OrgUnit;
import org.reformkit.core.model.PartialDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;

/**
 * The machinery of writing the format to a generator: property names encoded once, strings,
 * numbers, texts, dates, words and lists, absent optional values and empty lists left out, and the
 * unknown properties kept by lenient reading merged back at the end of their objects. {@link
 * Writing} writes the model with it. Internal.
 */
class Generating {
  /** Every property name of the format, encoded once. */
  private static final ImmutableMap<String, SerializedString> NAMES =
      Formats.ALL_NAMES.stream()
          .collect(ImmutableMap.toImmutableMap(n -> n, SerializedString::new));

  final JsonGenerator g;
  final Map<String, Extended.Anchor> extras;
  private final boolean toBytes;

  Generating(JsonGenerator g, Map<String, Extended.Anchor> extras) {
    this(g, extras, false);
  }

  /**
   * A writer of the model.
   *
   * @param g the generator
   * @param extras the unknown properties to merge back, by the pointer of their object
   * @param toBytes whether the generator writes UTF-8 bytes itself rather than characters that an
   *     {@code OutputStreamWriter} encodes, so that a lone surrogate in a property name must become
   *     the {@code ?} that the writer would have made of it
   */
  Generating(JsonGenerator g, Map<String, Extended.Anchor> extras, boolean toBytes) {
    this.g = g;
    this.extras = extras;
    this.toBytes = toBytes;
  }

  void string(String name, String value) {
    name(name);
    string(value);
  }

  void number(String name, int value) {
    name(name);
    g.writeNumber(value);
  }

  void bool(String name, boolean value) {
    name(name);
    g.writeBoolean(value);
  }

  /**
   * Writes a property name: one of the format's as bytes encoded once, which the generator copies;
   * any other (a language tag, a dimension) as it is.
   */
  void name(String name) {
    @Nullable SerializedString encoded = NAMES.get(name);
    if (encoded == null) {
      g.writeName(name);
    } else {
      g.writeName(encoded);
    }
  }

  /**
   * Writes a string; a lone surrogate (text the model can hold but UTF-8 cannot encode) is written
   * as a JSON escape (a backslash, {@code u} and four hex digits), so that it survives any encoding
   * of the output.
   */
  void string(String value) {
    if (!hasLoneSurrogate(value)) {
      g.writeString(value);
      return;
    }
    char[] quoted = JsonStringEncoder.getInstance().quoteAsCharArray(value);
    StringBuilder out = new StringBuilder(quoted.length + 16).append('"');
    for (int i = 0; i < quoted.length; i++) {
      char c = quoted[i];
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < quoted.length
              && Character.isLowSurrogate(quoted[i + 1]);
      if (pair) {
        out.append(c).append(quoted[++i]);
      } else if (Character.isSurrogate(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    g.writeRawValue(out.append('"').toString());
  }

  /**
   * A dimension name (the only property name that comes from the data) as an {@code
   * OutputStreamWriter} in UTF-8 would encode it: a lone surrogate becomes a {@code ?}. Writing
   * UTF-8 bytes directly is faster, and this keeps its output the same.
   */
  String dimensionName(String name) {
    if (!toBytes || !hasLoneSurrogate(name)) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        out.append(c).append(name.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '?' : c);
      }
    }
    return out.toString();
  }

  static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  void unit(String name, OrgUnit u, String parent) {
    name(name);
    g.writeStartObject();
    u.code().ifPresent(x -> string(Names.CODE, x));
    text(Names.NAME, u.name());
    end(child(parent, name), null);
  }

  void text(String name, LocalizedText t) {
    name(name);
    g.writeStartObject();
    t.texts().forEach(this::string);
    g.writeEndObject();
  }

  void optText(String name, Optional<LocalizedText> t) {
    t.ifPresent(x -> text(name, x));
  }

  void texts(String name, ImmutableCollection<LocalizedText> items) {
    if (items.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (LocalizedText t : items) {
      g.writeStartObject();
      t.texts().forEach(this::string);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  void date(String name, PartialDate d) {
    string(name, d.toString());
  }

  void optDate(String name, Optional<PartialDate> d) {
    d.ifPresent(x -> date(name, x));
  }

  void word(String name, Enum<?> constant) {
    string(name, Formats.word(constant));
  }

  void strings(String name, ImmutableCollection<?> items) {
    if (items.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (Object item : items) {
      string(item.toString());
    }
    g.writeEndArray();
  }

  void ints(String name, ImmutableCollection<Integer> items) {
    if (items.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (int item : items) {
      g.writeNumber(item);
    }
    g.writeEndArray();
  }

  <T> void list(
      String name, ImmutableCollection<T> items, String parent, BiConsumer<T, String> write) {
    if (items.isEmpty()) {
      return;
    }
    String p = child(parent, name);
    name(name);
    g.writeStartArray();
    int index = 0;
    for (T item : items) {
      write.accept(item, extras.isEmpty() ? "" : Node.child(p, index));
      index++;
    }
    g.writeEndArray();
  }

  /**
   * The pointer of a property, which only finds kept unknown properties: without any, every object
   * is at "" (building a pointer for every object cost a tenth of all writing).
   */
  String child(String parent, String name) {
    return extras.isEmpty() ? "" : Node.child(parent, name);
  }

  /**
   * Writes the unknown properties kept for the object at this pointer (and with this id, if it has
   * one), then closes the object.
   */
  void end(String pointer, @Nullable String id) {
    Extended.Anchor anchor = extras.get(pointer);
    if (anchor != null && (anchor.id().isEmpty() || anchor.id().get().equals(id))) {
      for (Map.Entry<String, JsonNode> e : anchor.properties().entrySet()) {
        g.writeName(e.getKey());
        g.writeTree(e.getValue());
      }
    }
    g.writeEndObject();
  }
}
