package org.reformkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Turns every kind of input into text, within the size limit, refusing a BOM and bad UTF-8.
 * Internal.
 */
final class Input {
  private Input() {}

  /** The most a Java array can hold, which bounds any document limit. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  /** The document limit this reader can hold: the configured one, at most {@link #MAX_ARRAY}. */
  static long documentLimit(ReadLimits limits) {
    return Math.min(limits.maxDocumentSize(), MAX_ARRAY);
  }

  static String reader(Reader reader, ReadLimits limits) {
    long limit = documentLimit(limits);
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        out.append(buffer, 0, n);
        if (out.length() > limit) {
          throw tooLarge("characters", limit);
        }
      }
    } catch (IOException e) {
      throw new ReformJsonException("", 0, 0, "could not read the input: " + e.getMessage(), e);
    }
    return out.toString();
  }

  static Document stream(InputStream in, ReadLimits limits) {
    try {
      return document(readAll(in, documentLimit(limits)));
    } catch (IOException e) {
      throw new ReformJsonException("", 0, 0, "could not read the input: " + e.getMessage(), e);
    }
  }

  static Document bytes(byte[] json, ReadLimits limits) {
    long limit = documentLimit(limits);
    if (json.length > limit) {
      throw tooLarge("bytes", limit);
    }
    return document(json);
  }

  static Document file(Path file, ReadLimits limits) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = readAll(in, documentLimit(limits));
    } catch (NoSuchFileException e) {
      throw new ReformJsonException("", 0, 0, "no such file: " + file, e);
    } catch (IOException e) {
      // also when the path is a directory, which opens but cannot be read
      throw new ReformJsonException("", 0, 0, "could not read " + file + ": " + e.getMessage(), e);
    }
    return document(bytes);
  }

  /**
   * The bytes as a document to parse as they are, when they are well-formed UTF-8 without a
   * byte-order mark; otherwise the error that says where they are not.
   */
  static Document document(byte[] bytes) {
    checkByteOrderMark(bytes);
    if (!isWellFormedUtf8(bytes)) {
      throw notUtf8(bytes);
    }
    return Document.ofUtf8(bytes);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Whether the bytes are well-formed UTF-8 (the Unicode Standard's table 3-7), as Java's decoder
   * reads them when it reports malformed input: no overlong form, no surrogate, nothing above
   * U+10FFFF, no stray or missing continuation byte. Runs of ASCII are skipped sixteen or eight
   * bytes at a time.
   */
  static boolean isWellFormedUtf8(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      while (i + 16 <= n
          && (((long) LONGS.get(bytes, i) | (long) LONGS.get(bytes, i + 8)) & 0x8080808080808080L)
              == 0) {
        i += 16;
      }
      while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        return true;
      }
      int lead = bytes[i] & 0xFF;
      if (lead < 0x80) {
        i++;
      } else if (lead < 0xC2) {
        return false; // a continuation byte, or the lead of an overlong two-byte form
      } else if (lead < 0xE0) {
        if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (lead < 0xF0) {
        if (i + 2 >= n
            || !secondOfThree(lead, bytes[i + 1] & 0xFF)
            || !isContinuation(bytes[i + 2])) {
          return false;
        }
        i += 3;
      } else if (lead < 0xF5) {
        if (i + 3 >= n
            || !secondOfFour(lead, bytes[i + 1] & 0xFF)
            || !isContinuation(bytes[i + 2])
            || !isContinuation(bytes[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** The second byte of a three-byte form: not overlong after E0, not a surrogate after ED. */
  private static boolean secondOfThree(int lead, int second) {
    int low = lead == 0xE0 ? 0xA0 : 0x80;
    int high = lead == 0xED ? 0x9F : 0xBF;
    return second >= low && second <= high;
  }

  /** The second byte of a four-byte form: not overlong after F0, not above U+10FFFF after F4. */
  private static boolean secondOfFour(int lead, int second) {
    int low = lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xF4 ? 0x8F : 0xBF;
    return second >= low && second <= high;
  }

  /**
   * Reads the stream to its end, or to one byte over the limit. (Reading into one growing buffer
   * and copying it out cost five times the document in garbage; this costs about twice.)
   */
  private static byte[] readAll(InputStream in, long limit) throws IOException {
    // a stream that knows its length (bytes in memory, a file) is read in one piece
    int announced = in.available();
    if (announced > 0 && announced <= limit) {
      byte[] bytes = new byte[announced];
      int read = in.readNBytes(bytes, 0, announced);
      if (read < announced) {
        return Arrays.copyOf(bytes, read);
      }
      byte[] rest = in.readNBytes((int) (limit - announced) + 1);
      if (rest.length == 0) {
        return bytes;
      }
      bytes = Arrays.copyOf(bytes, announced + rest.length);
      System.arraycopy(rest, 0, bytes, announced, rest.length);
      return checkSize(bytes, limit);
    }
    return checkSize(in.readNBytes((int) limit + 1), limit);
  }

  private static byte[] checkSize(byte[] bytes, long limit) {
    if (bytes.length > limit) {
      throw tooLarge("bytes", limit);
    }
    return bytes;
  }

  static ReformJsonException tooLarge(String unit, long limit) {
    return new ReformJsonException(
        "",
        0,
        0,
        "the document is larger than the limit of " + limit + " " + unit + mebibytes(limit),
        ReadLimits.Limit.DOCUMENT_SIZE,
        null);
  }

  /** The limit in MiB, in parentheses after a space, when it is a whole number of them. */
  private static String mebibytes(long limit) {
    long mib = 1024 * 1024;
    return limit % mib == 0 ? " (" + limit / mib + " MiB)" : "";
  }

  private static void checkByteOrderMark(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      throw new ReformJsonException(
          "",
          1,
          1,
          "the document starts with a UTF-8 byte-order mark; save it as UTF-8 without one");
    }
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      throw new ReformJsonException(
          "", 1, 1, "the document starts with a UTF-16 byte-order mark; JSON must be UTF-8");
    }
  }

  /**
   * The error for bytes that are not well-formed UTF-8: where Java's strict decoder stops, as a
   * line, a column and a byte offset.
   */
  static ReformJsonException notUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    // the check that sent the bytes here agrees with this decoder (a test holds them to it), so the
    // decoder stops at a malformed sequence, or at the incomplete one that ends the input
    decoder.decode(in, out, true);
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
    int offset = Math.min(in.position(), bytes.length - 1);
    return new ReformJsonException(
        "",
        line,
        column,
        String.format(
            java.util.Locale.ROOT,
            "the input is not valid UTF-8: byte 0x%02X at offset %d; save the document as UTF-8",
            bytes[offset] & 0xFF,
            offset));
  }
}
