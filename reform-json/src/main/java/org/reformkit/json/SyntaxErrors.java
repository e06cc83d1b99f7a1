package org.reformkit.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.text.SafeText;

/**
 * Says in plain words what is wrong with text that is not JSON, from the message that Jackson's
 * parser wrote for its own developers. The parser's message is read, never shown: no class name,
 * feature name, source description or character code reaches the reader. Internal.
 */
final class SyntaxErrors {
  private static final Pattern CHARACTER = Pattern.compile("\\bcode (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*)': was expecting");
  private static final Pattern CLOSE_MARKER =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array)");
  private static final Pattern CLOSE_NOTHING =
      Pattern.compile("Unexpected close marker '(.)': no open (Object|Array)");

  /** What a JSON value may be, for the messages that expected one. */
  private static final String VALUE_KINDS =
      "expected a value: a string in double quotes, a number, an object, an array, true, false or"
          + " null";

  private static final String SINGLE_QUOTE = "a single quote";

  private SyntaxErrors() {}

  /**
   * Returns the problem, in plain words, of text that the parser refused with the message.
   *
   * @param original the parser's message (never shown)
   * @return what is wrong, for a {@link ReformJsonException}
   */
  static String describe(String original) {
    String found = found(original);
    if (original.contains("Unexpected end-of-input")) {
      return endOfInput(original);
    }
    Matcher close = CLOSE_MARKER.matcher(original);
    if (close.find()) {
      return "'"
          + close.group(1)
          + "' cannot close the "
          + structure(close.group(3))
          + " that is open here; expected '"
          + close.group(2)
          + "'";
    }
    Matcher nothing = CLOSE_NOTHING.matcher(original);
    if (nothing.find()) {
      return "'" + nothing.group(1) + "' closes no " + structure(nothing.group(2));
    }
    String number = number(original);
    if (number != null) {
      return number;
    }
    if (original.contains("to start property name")) {
      return "expected a property name in double quotes, found "
          + found
          + ("'}'".equals(found) ? "; an object does not end with a comma" : "")
          + (SINGLE_QUOTE.equals(found) ? "; names are written in double quotes" : "");
    }
    if (original.contains("to separate Array entries")) {
      return "expected ',' or ']' after an element of an array, found " + found;
    }
    if (original.contains("to separate Object entries")) {
      return "expected ',' or '}' after the value of a property, found " + found;
    }
    if (original.contains("colon to separate")) {
      return "expected ':' after a property name, found " + found;
    }
    if (original.contains("Illegal unquoted character")) {
      return "a string holds the control character "
          + codePoint(original)
          + " as it is; write it as an escape such as \\n, \\t or \\u001b";
    }
    if (original.contains("Illegal character")) {
      return "the control character "
          + codePoint(original)
          + " is not allowed between values; only spaces, tabs and line breaks are"
          + (codePoint(original).equals("U+0000")
              ? " (a document saved as UTF-16 or UTF-32 has such characters: JSON is UTF-8)"
              : "");
    }
    if (original.contains("Unrecognized character escape")) {
      return "'\\"
          + character(original)
          + "' is not an escape of JSON; a backslash in a string starts \\\", \\\\, \\/, \\b,"
          + " \\f, \\n, \\r, \\t or \\u and four hexadecimal digits";
    }
    if (original.contains("hex-digit for character escape")) {
      return "a \\u escape needs four hexadecimal digits, found " + found;
    }
    if (original.toLowerCase(Locale.ROOT).contains("surrogate")) {
      return "a string holds half of a surrogate pair (an escape from \\ud800 to \\udfff)"
          + " without its other half";
    }
    Matcher token = TOKEN.matcher(original);
    if (token.find()) {
      return Node.quote(token.group(1))
          + " is not a JSON value; "
          + VALUE_KINDS
          + " (true, false and null in lower case)";
    }
    if (original.contains("root-level values")) {
      return "found " + found + " after a value; the document is one JSON object";
    }
    if (original.contains("Unexpected character")) {
      if (SINGLE_QUOTE.equals(found)) {
        return VALUE_KINDS + ", found a single quote; strings are written in double quotes";
      }
      return VALUE_KINDS + ", found " + found;
    }
    if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF-32")) {
      return "the input is not valid UTF-8; save the document as UTF-8";
    }
    return "the text is not valid JSON here";
  }

  /** The problem of a document that ends too early. */
  private static String endOfInput(String original) {
    String what;
    if (original.contains("closing quote")) {
      what = "inside a string; a string needs its closing double quote";
    } else if (original.contains("Object")) {
      what = "inside an object; every '{' needs its '}'";
    } else if (original.contains("Array")) {
      what = "inside an array; every '[' needs its ']'";
    } else if (original.contains("digit") || original.contains("number")) {
      what = "inside a number";
    } else if (original.contains("comment")) {
      what = "inside a comment";
    } else {
      what = "before it is complete";
    }
    return "the document ends " + what + " (truncated?)";
  }

  /** The problem of a malformed number, or null if the message is about something else. */
  private static @Nullable String number(String original) {
    String problem;
    if (original.contains("Leading zeroes")) {
      problem = "has a leading zero; a number starts with 0 only when it is 0 or 0.something";
    } else if (original.contains("plus sign")) {
      problem = "starts with '+'; a positive number is written without a sign";
    } else if (original.contains("minus sign") || original.contains("No digit following sign")) {
      problem = "has a minus sign with no digit after it";
    } else if (original.contains("Decimal point not followed")) {
      problem = "has a decimal point with no digit after it";
    } else if (original.contains("Exponent indicator")) {
      problem = "has an exponent (e or E) with no digit after it";
    } else if (original.contains("more than one decimal point")) {
      problem = "has more than one decimal point";
    } else if (original.contains("hexadecimal")) {
      problem = "is written in hexadecimal; JSON numbers are decimal";
    } else if (original.contains("Invalid numeric value")) {
      problem = "is not written as JSON writes numbers";
    } else {
      return null;
    }
    return "a number " + problem;
  }

  private static String structure(String jacksonName) {
    return "Object".equals(jacksonName) ? "object" : "array";
  }

  /** The character the parser found, quoted, with its code point when it is not plain ASCII. */
  private static String found(String original) {
    Matcher code = CHARACTER.matcher(original);
    if (!code.find()) {
      return "something else";
    }
    int c = Integer.parseInt(code.group(1));
    if (!Character.isValidCodePoint(c)) {
      return "something else";
    }
    if (c == '\'') {
      return SINGLE_QUOTE;
    }
    String quoted = SafeText.quote(new String(Character.toChars(c)));
    return c > 0x20 && c < 0x7f ? quoted : quoted + " (" + codePoint(c) + ")";
  }

  /** The character the parser names by its code, as it is. */
  private static String character(String original) {
    Matcher code = CHARACTER.matcher(original);
    if (!code.find()) {
      return "";
    }
    int c = Integer.parseInt(code.group(1));
    return Character.isValidCodePoint(c) ? SafeText.escape(new String(Character.toChars(c))) : "";
  }

  private static String codePoint(String original) {
    Matcher code = CHARACTER.matcher(original);
    return code.find() ? codePoint(Integer.parseInt(code.group(1))) : "U+0000";
  }

  private static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }
}
