package org.reformkit.examples.cli;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.ValueParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for the tool's option values. */
final class Converters {
  private Converters() {}

  /** Reads {@code --as-of}: a partial date such as {@code 2015-11} or {@code 2016}. */
  static final class PartialDateConverter implements ITypeConverter<PartialDate> {
    @Override
    public PartialDate convert(String value) {
      try {
        return PartialDate.parse(value);
      } catch (ValueParseException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --lang}: {@code en}, {@code zh}, {@code fr} or {@code es}. */
  static final class LanguageConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      String language = Locale.forLanguageTag(value.strip()).getLanguage();
      if (language.equals("en")) {
        return Locale.ENGLISH;
      }
      if (language.equals("zh")) {
        return Locale.CHINESE;
      }
      if (language.equals("fr")) {
        return Locale.FRENCH;
      }
      if (language.equals("es")) {
        return Locale.forLanguageTag("es");
      }
      throw new TypeConversionException(
          "'" + value + "' is not a language of the tool; use en, zh, fr or es");
    }
  }

  /**
   * Reads {@code --max-size}: a number of bytes, alone or with a unit: {@code KiB}, {@code MiB},
   * {@code GiB} (powers of 1024), {@code KB}, {@code MB}, {@code GB} (powers of 1000) or {@code B};
   * letters in any case.
   */
  static final class ByteSizeConverter implements ITypeConverter<OptionalLong> {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,19})\\s*([A-Za-z]*)");

    @Override
    public OptionalLong convert(String value) {
      Matcher matcher = SIZE.matcher(value.strip());
      if (matcher.matches()) {
        long unit = unit(matcher.group(2).toLowerCase(Locale.ROOT));
        if (unit > 0) {
          try {
            long size = Math.multiplyExact(Long.parseLong(matcher.group(1)), unit);
            if (size > 0) {
              return OptionalLong.of(size);
            }
          } catch (ArithmeticException | NumberFormatException e) {
            throw new TypeConversionException(
                "'"
                    + value.strip()
                    + "' is too large a size; the largest is "
                    + Long.MAX_VALUE
                    + " bytes");
          }
        }
      }
      throw new TypeConversionException(
          "'"
              + value.strip()
              + "' is not a size; give a positive number of bytes, or one with a unit such as 256MiB"
              + " (KiB, MiB, GiB, KB, MB, GB)");
    }

    private static long unit(String unit) {
      return switch (unit) {
        case "", "b" -> 1L;
        case "kib" -> 1L << 10;
        case "mib" -> 1L << 20;
        case "gib" -> 1L << 30;
        case "kb" -> 1_000L;
        case "mb" -> 1_000_000L;
        case "gb" -> 1_000_000_000L;
        default -> 0L;
      };
    }
  }

  /**
   * Reads {@code --max-tokens}, {@code --max-depth}, {@code --max-string-length}: a positive count.
   */
  static final class CountConverter implements ITypeConverter<OptionalLong> {
    @Override
    public OptionalLong convert(String value) {
      String count = value.strip();
      if (count.matches("[0-9]{1,10}")) {
        long parsed = Long.parseLong(count);
        if (parsed > 0 && parsed <= Integer.MAX_VALUE) {
          return OptionalLong.of(parsed);
        }
      }
      throw new TypeConversionException(
          "'" + count + "' is not a count; give a whole number from 1 to " + Integer.MAX_VALUE);
    }
  }
}
