package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisational unit: a department, office, portfolio or institute, with its code where it has
 * one ({@code DDG/MR}) and its name in one or more languages.
 *
 * <pre>{@code
 * OrgUnit ddgMr = OrgUnit.of("DDG/MR", LocalizedText.zhEn("负责管理与改革的副局长办公室",
 *     "Office of the Deputy Director-General for Management and Reform"));
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractOrgUnit {
  /**
   * Returns the unit's code, if it has one.
   *
   * @return the unit's code, if it has one
   */
  public abstract Optional<String> code();

  /**
   * Returns the unit's name.
   *
   * @return the unit's name
   */
  public abstract LocalizedText name();

  /**
   * Returns a unit with a code.
   *
   * @param code the code, such as {@code DDG/MR}
   * @param name the name
   * @return the unit
   */
  public static OrgUnit of(String code, LocalizedText name) {
    return OrgUnit.of(Optional.of(code), name);
  }

  /**
   * Returns a unit known only by name.
   *
   * @param name the name
   * @return the unit
   */
  public static OrgUnit named(LocalizedText name) {
    return OrgUnit.of(Optional.empty(), name);
  }

  @Value.Check
  void check() {
    code().ifPresent(c -> Checks.nonBlank(c, "unit code"));
  }

  @Override
  public String toString() {
    return code().map(c -> c + " (" + name() + ")").orElse(name().toString());
  }
}
