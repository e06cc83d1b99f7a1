package org.reformkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.rules.Finding;
import org.reformkit.core.rules.Rule;
import org.reformkit.core.rules.Severity;
import org.reformkit.core.rules.ValidationResult;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds findings, the result of a validation, as they stream from the parser. A finding's values
 * read back as the JSON has them: a string as a {@code String}, a whole number as an {@code
 * Integer} (a {@code Long} or a {@code BigInteger} when larger), any other number as a {@code
 * BigDecimal}, true or false as a {@code Boolean}, a text by language as a {@code LocalizedText}
 * and an array as an {@code ImmutableList} of such values. Internal.
 */
final class FindingBinder {
  private static final Words<Severity> SEVERITY_WORDS = Words.of(Severity.class);

  private FindingBinder() {}

  static ValidationResult findings(Reading r) {
    Parsing.Obj o = r.begin(Formats.FINDINGS);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.FINDINGS -> r.each(findings::add, () -> finding(r));
        default -> o.unknown(name);
      }
    }
    return o.build(() -> ValidationResult.of(findings.build()));
  }

  static Finding finding(Reading r) {
    Parsing.Obj o = r.begin(Formats.FINDING);
    String code = "";
    @Nullable Severity severity = null;
    @Nullable ElementPath path = null;
    String message = "";
    String messageKey = "";
    ImmutableMap<String, Object> values = ImmutableMap.of();
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case Names.CODE -> code = code(r);
        case Names.SEVERITY -> severity = r.enumValue(SEVERITY_WORDS, "severity");
        case Names.PATH -> path = path(r);
        case Names.MESSAGE -> message = r.string();
        case Names.MESSAGE_KEY -> messageKey = r.string();
        case Names.VALUES -> values = values(r);
        default -> o.unknown(name);
      }
    }
    o.requireAll();
    String c = code;
    Severity s = Objects.requireNonNull(severity);
    ElementPath at = Objects.requireNonNull(path);
    String m = message;
    String k = messageKey;
    ImmutableMap<String, Object> v = values;
    return o.build(() -> Finding.of(c, s, at, m, k, v));
  }

  private static String code(Reading r) {
    String code = r.string();
    if (!Rule.isValidCode(code)) {
      throw r.failHere(
          Parsing.quote(code)
              + " is not a rule code; expected an upper-case letter, then upper-case letters,"
              + " digits and underscores, such as \"PHASE_ORDER\"");
    }
    return code;
  }

  private static ElementPath path(Reading r) {
    String text = r.string();
    return r.modelHere(() -> ElementPath.parse(text));
  }

  /** Reads the values of a finding: an object of names and values, in order. */
  private static ImmutableMap<String, Object> values(Reading r) {
    JsonParser p = r.p;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.expected("an object of names and values such as {\"phase\": \"c\"}");
    }
    ImmutableMap.Builder<String, Object> values = ImmutableMap.builder();
    Set<String> names = new HashSet<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (!names.add(name)) {
        throw r.duplicate(name);
      }
      p.nextToken();
      values.put(name, value(r));
    }
    return values.buildOrThrow();
  }

  private static Object value(Reading r) {
    JsonParser p = r.p;
    return switch (p.currentToken()) {
      case VALUE_STRING -> p.getString();
      case VALUE_TRUE, VALUE_FALSE -> r.bool();
      case VALUE_NUMBER_INT -> whole(r);
      case VALUE_NUMBER_FLOAT -> r.decimal();
      case START_OBJECT -> r.text();
      case START_ARRAY -> list(r);
      default -> throw r.expected("a string, a number, true or false, a text or an array");
    };
  }

  private static Object whole(Reading r) {
    JsonParser p = r.p;
    return switch (p.getNumberType()) {
      case INT -> p.getIntValue();
      case LONG -> p.getLongValue();
      default -> p.getBigIntegerValue();
    };
  }

  private static ImmutableList<Object> list(Reading r) {
    ImmutableList.Builder<Object> items = ImmutableList.builder();
    r.each(items::add, () -> value(r));
    return items.build();
  }
}
