package org.reformkit.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A duty station: a city and its country, by ISO 3166-1 alpha-2 code ({@code KE}, {@code CH}),
 * checked against the codes the JDK knows ({@link java.util.Locale#getISOCountries()}).
 *
 * <pre>{@code
 * DutyStation.of(LocalizedText.of("en", "Nairobi"), "KE");
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractDutyStation {
  private static final Set<String> COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

  /**
   * Returns the city.
   *
   * @return the city
   */
  public abstract LocalizedText city();

  /**
   * Returns the country's ISO 3166-1 alpha-2 code, in capitals.
   *
   * @return the country code
   */
  public abstract String country();

  /**
   * Whether a text is an ISO 3166-1 alpha-2 country code as this model accepts it (two capitals the
   * JDK knows).
   *
   * @param code the text
   * @return whether it is a country code
   */
  public static boolean isCountryCode(String code) {
    return COUNTRIES.contains(code);
  }

  @Value.Check
  void check() {
    if (!isCountryCode(country())) {
      throw new InvalidValueException(
          "duty station country '"
              + org.reformkit.core.text.SafeText.escape(country())
              + "' is not an ISO 3166-1 alpha-2 country code such as KE or CH");
    }
  }

  @Override
  public String toString() {
    return city() + " (" + country() + ")";
  }
}
