package org.reformkit.examples.cli;

import java.util.Locale;
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
}
