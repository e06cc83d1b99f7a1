package org.reformkit.benchmarks.adapters;

import org.reformkit.benchmarks.plain.PlainConverter;
import org.reformkit.benchmarks.plain.PlainProgramme;
import org.reformkit.core.model.ReformProgramme;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks' one door to reformkit's JSON binding ({@code reform-json}, issue 4).
 *
 * <p>TODO(issue 4, after the json branch is merged): {@link #write} and {@link #read} call the
 * reform-json facade (compact output, strict mode), and {@link #wired()} returns {@code true}.
 * Until then they go through the plain classes with Jackson databind, so the "ours" figures are a
 * stand-in and RESULTS.md says so.
 */
public final class JsonAdapter {
  private static final JsonMapper STAND_IN = PlainJson.mapper();

  private JsonAdapter() {}

  /**
   * Whether the methods call reform-json rather than the stand-in.
   *
   * @return {@code false} until reform-json is wired
   */
  public static boolean wired() {
    return false;
  }

  /**
   * Writes a programme as compact JSON in UTF-8.
   *
   * <p>TODO(issue 4): the reform-json facade's write of a programme to bytes.
   *
   * @param programme the programme
   * @return the JSON
   */
  public static byte[] write(ReformProgramme programme) {
    return STAND_IN.writeValueAsBytes(PlainConverter.plain(programme));
  }

  /**
   * Reads a programme from JSON in UTF-8, as {@link #write} writes it.
   *
   * <p>TODO(issue 4): the reform-json facade's read of a programme from bytes, returning a
   * {@code ReformProgramme}.
   *
   * @param json the JSON
   * @return the programme read
   */
  public static Object read(byte[] json) {
    return STAND_IN.readValue(json, PlainProgramme.class);
  }
}
