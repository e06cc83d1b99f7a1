package org.reformkit.sheets;

/**
 * The escapes of Office Open XML strings ({@code ST_Xstring}): a character that XML 1.0 cannot hold
 * (a control character other than tab and line feed, a carriage return, U+FFFE, U+FFFF) is written
 * {@code _xHHHH_}, and a text that already looks like such an escape has its underscore written
 * {@code _x005F_}. Excel and LibreOffice read them back, and so does the reader: no character of a
 * text is lost. Internal.
 */
final class Escapes {
  private Escapes() {}

  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape = needsEscape(c) || (c == '_' && isEscape(text, i));
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("_x%04X_", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (isEscape(text, i)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF;
  }

  /** Whether {@code _xHHHH_} starts at index {@code i}. */
  private static boolean isEscape(String text, int i) {
    if (i + 7 > text.length()
        || text.charAt(i) != '_'
        || text.charAt(i + 1) != 'x'
        || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int j = i + 2; j < i + 6; j++) {
      if (Character.digit(text.charAt(j), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
