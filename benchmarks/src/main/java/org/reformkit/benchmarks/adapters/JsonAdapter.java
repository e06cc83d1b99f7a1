package org.reformkit.benchmarks.adapters;

import java.io.ByteArrayOutputStream;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.json.Layout;
import org.reformkit.json.ReadLimits;
import org.reformkit.json.ReformJson;
import org.reformkit.json.ReformJsonReader;
import org.reformkit.json.ReformJsonWriter;

/**
 * The benchmarks' one door to reformkit's JSON binding ({@code reform-json}): compact output, and
 * strict reading (an unknown property is an error), both on UTF-8 bytes as the plain baseline.
 */
public final class JsonAdapter {
  /**
   * The reader a user of a system-wide programme would configure: the default limits (16 MiB, five
   * million tokens) are too small for the system size (about 44 MiB of JSON).
   */
  private static final ReformJsonReader<ReformProgramme> READER =
      ReformJson.reader()
          .forProgramme()
          .withLimits(
              ReadLimits.defaults()
                  .withMaxDocumentSize(256L * 1024 * 1024)
                  .withMaxTokens(100_000_000L));

  /** The writer of programmes, compact. */
  private static final ReformJsonWriter<ReformProgramme> WRITER =
      ReformJson.writer().forProgramme().withLayout(Layout.COMPACT);

  private JsonAdapter() {}

  /**
   * Writes a programme as compact JSON in UTF-8.
   *
   * @param programme the programme
   * @return the JSON
   */
  public static byte[] write(ReformProgramme programme) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    WRITER.write(programme, out);
    return out.toByteArray();
  }

  /**
   * Reads a programme from JSON in UTF-8, as {@link #write} writes it, with limits raised for a
   * system-wide programme.
   *
   * @param json the JSON
   * @return the programme read
   */
  public static ReformProgramme read(byte[] json) {
    return READER.read(json);
  }
}
