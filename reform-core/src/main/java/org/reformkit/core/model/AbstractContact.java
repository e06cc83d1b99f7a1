package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A focal point or contact a paper names ("Technical questions: ..., Director, Change Management
 * Unit"; "Dispatch of documentation: ..."): who, in what role and unit, for what, and an e-mail
 * address where the paper gives one. At least a name, a unit or an e-mail address.
 *
 * <pre>{@code
 * Contact focal = Contact.builder()
 *     .name("A. Person")
 *     .role(LocalizedText.of("en", "Director"))
 *     .unit(OrgUnit.named(LocalizedText.of("en", "Change Management Unit")))
 *     .purpose(LocalizedText.of("en", "Technical questions"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ReformStyle
abstract class AbstractContact {
  /**
   * Returns the person's name as printed, if given.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * Returns the person's role or title ("Director"), if given.
   *
   * @return the role
   */
  public abstract Optional<LocalizedText> role();

  /**
   * Returns the unit the contact belongs to, if given.
   *
   * @return the unit
   */
  public abstract Optional<OrgUnit> unit();

  /**
   * Returns what to contact them for ("Technical questions", "Dispatch of documentation"), if
   * given.
   *
   * @return the purpose
   */
  public abstract Optional<LocalizedText> purpose();

  /**
   * Returns the e-mail address, if the paper gives one.
   *
   * @return the e-mail address
   */
  public abstract Optional<String> email();

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.nonBlank(n, "contact name"));
    email().ifPresent(e -> Checks.nonBlank(e, "contact e-mail"));
    if (name().isEmpty() && unit().isEmpty() && email().isEmpty()) {
      throw new InvalidValueException("a contact needs a name, a unit or an e-mail address");
    }
  }
}
