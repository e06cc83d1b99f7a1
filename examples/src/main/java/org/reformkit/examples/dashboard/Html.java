package org.reformkit.examples.dashboard;

/** HTML escaping for text and attribute values. */
final class Html {
  private Html() {}

  /**
   * Escapes text for use in HTML element content and in quoted attribute values.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
