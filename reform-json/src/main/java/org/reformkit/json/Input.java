package org.reformkit.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns every kind of input into text, within the size limit, refusing a BOM and bad UTF-8. Internal. */
final class Input {
  private Input() {}

  static String text(String json) {
    return json;
  }

  static String reader(Reader reader) {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        out.append(buffer, 0, n);
        if (out.length() > Limits.MAX_DOCUMENT_SIZE) {
          throw tooLarge("characters");
        }
      }
    } catch (IOException e) {
      throw new ReformJsonException("", 0, 0, "could not read the input: " + e.getMessage(), e);
    }
    return out.toString();
  }

  static String stream(InputStream in) {
    try {
      return utf8(readAll(in));
    } catch (IOException e) {
      throw new ReformJsonException("", 0, 0, "could not read the input: " + e.getMessage(), e);
    }
  }

  static String file(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = readAll(in);
    } catch (NoSuchFileException e) {
      throw new ReformJsonException("", 0, 0, "no such file: " + file, e);
    } catch (IOException e) {
      // also when the path is a directory, which opens but cannot be read
      throw new ReformJsonException("", 0, 0, "could not read " + file + ": " + e.getMessage(), e);
    }
    return utf8(bytes);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      out.write(buffer, 0, n);
      if (out.size() > Limits.MAX_DOCUMENT_SIZE) {
        throw tooLarge("bytes");
      }
    }
    return out.toByteArray();
  }

  static ReformJsonException tooLarge(String unit) {
    return new ReformJsonException(
        "", 0, 0,
        "the document is larger than the limit of " + Limits.MAX_DOCUMENT_SIZE + " " + unit + " (16 MiB)");
  }

  static String utf8(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      throw new ReformJsonException(
          "", 1, 1, "the document starts with a UTF-8 byte-order mark; save it as UTF-8 without one");
    }
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      throw new ReformJsonException(
          "", 1, 1, "the document starts with a UTF-16 byte-order mark; JSON must be UTF-8");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.length(); i++) {
        if (out.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      int offset = in.position();
      throw new ReformJsonException(
          "", line, column,
          String.format(
              java.util.Locale.ROOT,
              "the input is not valid UTF-8: byte 0x%02X at offset %d; save the document as UTF-8",
              bytes[offset] & 0xFF,
              offset));
    }
    // a UTF-8 decoder keeps no state to flush: decode(..., true) has reported any incomplete sequence
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
