package org.reformkit.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns Jackson's exceptions into {@link ReformJsonException}s with a pointer and a plain message.
 * Internal.
 */
final class Errors {
  private static final java.util.regex.Pattern DUPLICATE =
      java.util.regex.Pattern.compile("Duplicate Object property \"(.*)\"");
  private static final java.util.regex.Pattern NON_STANDARD =
      java.util.regex.Pattern.compile("Non-standard token '([^']*)'");

  private Errors() {}

  static ReformJsonException fromJackson(JacksonException e, JsonParser parser, ReadLimits limits) {
    String pointer = pointerOfError(e, parser);
    // a limit trips somewhere inside the token, depending on buffering: report where the token
    // starts
    TokenStreamLocation at =
        e instanceof StreamConstraintsException || e.getLocation() == null
            ? parser.currentTokenLocation()
            : e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new ReformJsonException(pointer, line, column, describe(e, limits), limitOf(e), e);
  }

  /** The raisable limit that a constraint exception reports, if any. */
  static ReadLimits.@Nullable Limit limitOf(JacksonException e) {
    if (!(e instanceof StreamConstraintsException)) {
      return null;
    }
    String lower = originalMessage(e).toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return ReadLimits.Limit.DEPTH;
    }
    if (lower.contains("string value length")) {
      return ReadLimits.Limit.STRING_LENGTH;
    }
    if (lower.contains("document length")) {
      return ReadLimits.Limit.DOCUMENT_SIZE;
    }
    if (lower.contains("token count")) {
      return ReadLimits.Limit.TOKENS;
    }
    return null;
  }

  private static String originalMessage(JacksonException e) {
    return e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
  }

  /**
   * The pointer of the element in which the text went wrong. When the parser's last token ended a
   * value (a scalar, or the end of an object or array), the fault lies after that value, in the
   * object or array that holds it, so the value's last step is dropped. A limit or a duplicate name
   * is reported at the value or the name itself.
   */
  private static String pointerOfError(JacksonException e, JsonParser parser) {
    JsonPointer pointer = parser.streamReadContext().pathAsPointer();
    JsonToken last = parser.currentToken();
    boolean atItself =
        e instanceof StreamConstraintsException
            || DUPLICATE.matcher(String.valueOf(e.getOriginalMessage())).find();
    boolean valueEnded = !atItself && last != null && (last.isScalarValue() || last.isStructEnd());
    if (valueEnded && !pointer.matches()) {
      JsonPointer parent = pointer.head();
      return parent == null ? "" : parent.toString();
    }
    return pointer.toString();
  }

  static String describe(JacksonException e, ReadLimits limits) {
    String original = originalMessage(e);
    String lower = original.toLowerCase(java.util.Locale.ROOT);
    if (e instanceof StreamConstraintsException) {
      ReadLimits.@Nullable Limit limit = limitOf(e);
      if (limit != null) {
        return switch (limit) {
          case DEPTH ->
              "objects and arrays are nested more than "
                  + limits.maxDepth()
                  + " deep, the reader's limit";
          case STRING_LENGTH ->
              "a string is longer than "
                  + limits.maxStringLength()
                  + " characters, the reader's limit";
          case DOCUMENT_SIZE ->
              "the document is larger than the limit of "
                  + limits.maxDocumentSize()
                  + " characters";
          case TOKENS ->
              "the document has more than " + limits.maxTokens() + " tokens, the reader's limit";
        };
      }
      if (lower.contains("name length")) {
        return "a property name is longer than "
            + Limits.MAX_NAME_LENGTH
            + " characters, the reader's limit";
      }
      if (lower.contains("number value length")) {
        return "a number is longer than "
            + Limits.MAX_NUMBER_LENGTH
            + " characters, the reader's limit";
      }
      return "a limit of the reader was exceeded";
    }
    java.util.regex.Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return "duplicate property "
          + Node.quote(duplicate.group(1))
          + "; a property may appear only once in an object";
    }
    java.util.regex.Matcher token = NON_STANDARD.matcher(original);
    if (token.find()) {
      return Node.quote(token.group(1))
          + " is not a JSON number; NaN and Infinity cannot be written in JSON";
    }
    if (lower.contains("comment")) {
      return "comments are not allowed in JSON";
    }
    return SyntaxErrors.describe(original);
  }

  /** The problem of a number whose exponent no decimal can hold, as it was written. */
  static String exponentTooLarge(String number) {
    return "the number " + Node.shorten(number) + " is out of range; its exponent is too large";
  }
}
