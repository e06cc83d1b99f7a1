package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a document symbol left to right, saying where it stops making sense. Internal. */
final class SymbolParser {
  private static final String EXPECTED =
      "; expected a symbol such as GB.325/INS/15/1, GB.323/INS/INF/2 or GB.326/INS/12(Add.)";

  private final String input;
  private int pos;

  SymbolParser(String input) {
    this.input = input;
  }

  DocumentSymbol parse() {
    String body = word("the body prefix (such as GB)");
    expect('.');
    int session = number("the session number");
    List<String> sections = new ArrayList<>();
    boolean information = false;
    expect('/');
    int sectionStart = pos;
    String firstSection = word("a section (such as INS)");
    if ("INF".equals(firstSection)) {
      pos = sectionStart;
      throw error("expected a section (such as INS) before INF");
    }
    sections.add(firstSection);
    Optional<Integer> item = Optional.empty();
    Optional<Integer> subItem = Optional.empty();
    while (pos < input.length() && input.charAt(pos) == '/') {
      pos++;
      if (pos >= input.length()) {
        throw error(
            item.isEmpty()
                ? "expected a section, INF or the item number after '/'"
                : subItem.isEmpty()
                    ? "expected the sub-item number after '/'"
                    : "nothing may follow the sub-item");
      }
      if (isAsciiDigit(input.charAt(pos))) {
        if (item.isEmpty()) {
          item = Optional.of(number("the item number"));
        } else if (subItem.isEmpty()) {
          subItem = Optional.of(number("the sub-item number"));
        } else {
          throw error("a symbol has at most an item and a sub-item");
        }
      } else {
        if (item.isPresent()) {
          throw error("a section cannot follow the item number");
        }
        if (information) {
          throw error("a section cannot follow INF");
        }
        String word = word("a section or a number");
        if ("INF".equals(word)) {
          information = true;
        } else {
          sections.add(word);
        }
      }
    }
    ImmutableList.Builder<String> suffixes = ImmutableList.builder();
    while (pos < input.length() && input.charAt(pos) == '(') {
      pos++;
      int start = pos;
      while (pos < input.length() && isAsciiLetter(input.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw error("expected a suffix word such as Add or Rev");
      }
      expect('.');
      while (pos < input.length() && isAsciiDigit(input.charAt(pos))) {
        pos++;
      }
      String suffix = input.substring(start, pos);
      expect(')');
      suffixes.add(suffix);
    }
    if (pos != input.length()) {
      throw error("unexpected '" + input.charAt(pos) + "'");
    }
    return DocumentSymbol.of(
        body, session, String.join("/", sections), information, item, subItem, suffixes.build());
  }

  private String word(String what) {
    int start = pos;
    if (pos < input.length() && isUpper(input.charAt(pos))) {
      pos++;
      while (pos < input.length()
          && (isUpper(input.charAt(pos)) || isAsciiDigit(input.charAt(pos)))) {
        pos++;
      }
    }
    if (pos == start) {
      throw error("expected " + what);
    }
    return input.substring(start, pos);
  }

  private int number(String what) {
    int start = pos;
    while (pos < input.length() && isAsciiDigit(input.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error("expected " + what);
    }
    if (input.charAt(start) == '0') {
      pos = start;
      throw error(what + " must not start with 0");
    }
    // any int the model accepts must read back: up to Integer.MAX_VALUE, not just six digits
    if (pos - start > 10 || Long.parseLong(input.substring(start, pos)) > Integer.MAX_VALUE) {
      pos = start;
      throw error(what + " is too large");
    }
    return Integer.parseInt(input.substring(start, pos));
  }

  private void expect(char c) {
    if (pos >= input.length() || input.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private ValueParseException error(String what) {
    String where = pos < input.length() ? "at index " + pos : "at the end";
    return new ValueParseException(
        "'" + input + "' is not a document symbol: " + what + " " + where + EXPECTED, input, pos);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
