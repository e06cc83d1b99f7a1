package org.reformkit.json;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input of one read: text, or bytes already checked to be well-formed UTF-8. Bytes are parsed
 * as they are, which spares decoding the whole document first; the text is made from them only when
 * an error must say in which column (a column counts characters, not bytes). Internal.
 */
final class Document {
  private @Nullable String text;
  private final byte @Nullable [] bytes;

  private Document(@Nullable String text, byte @Nullable [] bytes) {
    this.text = text;
    this.bytes = bytes;
  }

  static Document ofText(String text) {
    return new Document(text, null);
  }

  /** A document of bytes that {@link Input#isWellFormedUtf8} has accepted. */
  static Document ofUtf8(byte[] bytes) {
    return new Document(null, bytes);
  }

  /** Whether this document is text, so that its size is counted in characters. */
  boolean isText() {
    return bytes == null;
  }

  JsonParser open(JsonMapper mapper) {
    return bytes == null ? mapper.createParser(text()) : mapper.createParser(bytes);
  }

  /** The document as text, decoded from its bytes the first time it is asked for. */
  String text() {
    String decoded = text;
    if (decoded == null) {
      decoded = new String(java.util.Objects.requireNonNull(bytes), StandardCharsets.UTF_8);
      text = decoded;
    }
    return decoded;
  }
}
