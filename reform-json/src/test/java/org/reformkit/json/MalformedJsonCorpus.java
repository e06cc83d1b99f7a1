package org.reformkit.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus of malformed JSON, made case by case from RFC 8259's grammar: each broken fragment (of
 * numbers, strings and escapes, surrogates, literals, structure, whitespace, encodings and trailing
 * content) placed where a value, a property name or the whole document goes, in an otherwise valid
 * report.
 */
final class MalformedJsonCorpus {
  /** One malformed document: what is broken, where it was placed, and its bytes. */
  record Case(String name, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  private MalformedJsonCorpus() {}

  /** Broken values, each placed where a value goes. */
  static final List<String[]> VALUES =
      List.of(
          // numbers (RFC 8259 section 6)
          new String[] {"leading zero", "01"},
          new String[] {"leading zeros", "007"},
          new String[] {"plus sign", "+1"},
          new String[] {"lone minus", "-"},
          new String[] {"minus letter", "-x"},
          new String[] {"leading dot", ".5"},
          new String[] {"trailing dot", "1."},
          new String[] {"dot exponent", "1.e5"},
          new String[] {"empty exponent", "1e"},
          new String[] {"exponent sign only", "1e+"},
          new String[] {"double exponent", "1e5e5"},
          new String[] {"two dots", "1.2.3"},
          new String[] {"hex", "0x1F"},
          new String[] {"octal-like", "0o17"},
          new String[] {"infinity", "Infinity"},
          new String[] {"minus infinity", "-Infinity"},
          new String[] {"nan", "NaN"},
          new String[] {"digit then letter", "12a"},
          new String[] {"comma decimal", "1,5"},
          new String[] {"underscore digits", "1_000"},
          new String[] {"full-width digit", "\uff11"},
          // literals
          new String[] {"capital true", "True"},
          new String[] {"capital null", "NULL"},
          new String[] {"short true", "tru"},
          new String[] {"short false", "fals"},
          new String[] {"short null", "nul"},
          new String[] {"true with letters", "truex"},
          new String[] {"undefined", "undefined"},
          new String[] {"bare word", "done"},
          // strings and escapes (section 7)
          new String[] {"single quotes", "'done'"},
          new String[] {"unterminated string", "\"done"},
          new String[] {"bad escape", "\"a\\qb\""},
          new String[] {"escaped single quote", "\"a\\'b\""},
          new String[] {"short unicode escape", "\"\\u12\""},
          new String[] {"non-hex unicode escape", "\"\\u12G4\""},
          new String[] {"capital U escape", "\"\\U0041\""},
          new String[] {"hex escape", "\"\\x41\""},
          new String[] {"octal escape", "\"\\101\""},
          new String[] {"backslash at end", "\"abc\\\""},
          new String[] {"raw newline", "\"a\nb\""},
          new String[] {"raw tab", "\"a\tb\""},
          new String[] {"raw carriage return", "\"a\rb\""},
          new String[] {"raw NUL", "\"a\u0000b\""},
          new String[] {"raw escape", "\"a\u001bb\""},
          new String[] {"raw unit separator", "\"a\u001fb\""},
          // surrogates
          new String[] {"lone high surrogate escape", "\"\\ud800\""},
          new String[] {"lone low surrogate escape", "\"\\udc00\""},
          new String[] {"reversed surrogate escapes", "\"\\udc00\\ud800\""},
          new String[] {"high surrogate then letter", "\"\\ud800x\""},
          new String[] {"high surrogate then escape", "\"\\ud800\\n\""},
          // structure (sections 4 and 5)
          new String[] {"unclosed array", "[1, 2"},
          new String[] {"unclosed object", "{\"a\": 1"},
          new String[] {"array closed by brace", "[1, 2}"},
          new String[] {"object closed by bracket", "{\"a\": 1]"},
          new String[] {"trailing comma in array", "[1, 2,]"},
          new String[] {"trailing comma in object", "{\"a\": 1,}"},
          new String[] {"leading comma in array", "[,1]"},
          new String[] {"double comma", "[1,,2]"},
          new String[] {"missing comma in array", "[1 2]"},
          new String[] {"missing comma in object", "{\"a\": 1 \"b\": 2}"},
          new String[] {"missing colon", "{\"a\" 1}"},
          new String[] {"equals for colon", "{\"a\" = 1}"},
          new String[] {"double colon", "{\"a\":: 1}"},
          new String[] {"missing value", "{\"a\": }"},
          new String[] {"unquoted name", "{a: 1}"},
          new String[] {"single-quoted name", "{'a': 1}"},
          new String[] {"number as name", "{1: 1}"},
          new String[] {"array as name", "{[]: 1}"},
          new String[] {"stray closing bracket", "]"},
          new String[] {"stray closing brace", "}"},
          new String[] {"colon as value", ":"},
          new String[] {"comma as value", ","},
          new String[] {"empty value", ""},
          new String[] {"parentheses", "(1)"},
          // comments and other extensions
          new String[] {"line comment", "// note\n1"},
          new String[] {"block comment", "/* note */ 1"},
          new String[] {"hash comment", "# note\n1"},
          new String[] {"unterminated block comment", "/* note"},
          new String[] {"lone slash", "/"},
          // whitespace (section 2)
          new String[] {"form feed", "\f1"},
          new String[] {"vertical tab", "\u000b1"},
          new String[] {"no-break space", "\u00a01"},
          new String[] {"ideographic space", "\u30001"},
          new String[] {"zero-width space", "\u200b1"},
          new String[] {"byte order mark inside", "\ufeff1"},
          new String[] {"NUL between tokens", "\u00001"},
          new String[] {"escape between tokens", "\u001b[2J1"});

  /** Broken property names, each placed where a commitment's property goes. */
  static final List<String[]> NAMES =
      List.of(
          new String[] {"lone high surrogate in a name", "\"a\\ud800\": 1"},
          new String[] {"lone low surrogate in a name", "\"a\\udc00\": 1"},
          new String[] {"reversed surrogates in a name", "\"\\udc00\\ud800\": 1"},
          new String[] {"bad escape in a name", "\"a\\qb\": 1"},
          new String[] {"raw newline in a name", "\"a\nb\": 1"},
          new String[] {"raw escape in a name", "\"a\u001bb\": 1"},
          new String[] {"unterminated name", "\"affects: true}]}}"},
          new String[] {"unquoted name", "affects: 1"},
          new String[] {"single-quoted name", "'affects': 1"},
          new String[] {"name without value", "\"affects\""},
          new String[] {"name with colon and no value", "\"affects\":"},
          new String[] {"null as name", "null: 1"},
          new String[] {"empty name and no colon", "\"\" 1"});

  /** Broken or foreign bytes, each placed inside a string value. */
  static final List<Object[]> BYTES =
      List.of(
          new Object[] {"lone continuation byte", new byte[] {(byte) 0x80}},
          new Object[] {"invalid start byte FF", new byte[] {(byte) 0xff}},
          new Object[] {"invalid start byte C0", new byte[] {(byte) 0xc0, (byte) 0x80}},
          new Object[] {"overlong slash", new byte[] {(byte) 0xc0, (byte) 0xaf}},
          new Object[] {"truncated two-byte sequence", new byte[] {(byte) 0xc3}},
          new Object[] {"truncated three-byte sequence", new byte[] {(byte) 0xe4, (byte) 0xb8}},
          new Object[] {
            "truncated four-byte sequence", new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}
          },
          new Object[] {"encoded surrogate", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}},
          new Object[] {
            "beyond U+10FFFF", new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
          },
          new Object[] {"five-byte form", new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80}},
          new Object[] {"Latin-1 e acute", new byte[] {(byte) 0xe9}});

  /** Broken whole documents. */
  static final List<Object[]> DOCUMENTS =
      List.of(
          new Object[] {"empty document", new byte[0]},
          new Object[] {"only whitespace", " \n\t ".getBytes(StandardCharsets.UTF_8)},
          new Object[] {"two documents", "{} {}".getBytes(StandardCharsets.UTF_8)},
          new Object[] {"UTF-16 big-endian", "{}".getBytes(StandardCharsets.UTF_16BE)},
          new Object[] {"UTF-16 with mark", "{}".getBytes(StandardCharsets.UTF_16)},
          new Object[] {"UTF-32", new byte[] {0, 0, 0, '{', 0, 0, 0, '}'}},
          new Object[] {"a string", "\"report\"".getBytes(StandardCharsets.UTF_8)},
          new Object[] {"a number", "42".getBytes(StandardCharsets.UTF_8)},
          new Object[] {"null", "null".getBytes(StandardCharsets.UTF_8)},
          new Object[] {"an array", "[]".getBytes(StandardCharsets.UTF_8)},
          new Object[] {
            "byte order marks twice",
            new byte[] {
              (byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'
            }
          });

  /**
   * Every case: each broken value where the report's first phase status goes, as an element of its
   * commitments' array, after the whole report (trailing content) and as the whole document; each
   * broken name before a commitment's property; each broken byte sequence inside a title; each
   * broken document as it is.
   */
  static List<Case> cases(String report) {
    String status = "\"status\": \"completed\"";
    String commitments = "\"commitments\": [";
    List<Case> cases = new ArrayList<>();
    for (String[] value : VALUES) {
      cases.add(utf8(value[0] + " as a value", report.replace(status, "\"status\": " + value[1])));
      cases.add(
          utf8(
              value[0] + " in an array",
              report.replace(commitments, commitments + value[1] + ",")));
      if (!value[1].isEmpty()) {
        cases.add(utf8(value[0] + " after the document", report + value[1]));
      }
      cases.add(utf8(value[0] + " as the document", value[1]));
    }
    String property = "\"affectsStaff\": true";
    for (String[] name : NAMES) {
      cases.add(utf8(name[0], report.replace(property, name[1] + ", " + property)));
    }
    String title = "\"Data collection\"";
    int at = report.indexOf(title) + 5;
    byte[] before = report.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] after = report.substring(at).getBytes(StandardCharsets.UTF_8);
    for (Object[] bytes : BYTES) {
      byte[] middle = (byte[]) bytes[1];
      byte[] all = new byte[before.length + middle.length + after.length];
      System.arraycopy(before, 0, all, 0, before.length);
      System.arraycopy(middle, 0, all, before.length, middle.length);
      System.arraycopy(after, 0, all, before.length + middle.length, after.length);
      cases.add(new Case(bytes[0] + " in a string", all));
    }
    for (Object[] document : DOCUMENTS) {
      cases.add(new Case((String) document[0], (byte[]) document[1]));
    }
    return cases;
  }

  private static Case utf8(String name, String text) {
    return new Case(name, text.getBytes(StandardCharsets.UTF_8));
  }
}
