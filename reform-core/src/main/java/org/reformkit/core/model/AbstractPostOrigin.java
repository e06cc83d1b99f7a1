package org.reformkit.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where posts come from (new, transferred from a named unit, redeployed) or what happens to them
 * (abolished).
 *
 * <pre>{@code
 * PostOrigin.of(OriginKind.NEW);
 * PostOrigin.transferredFrom(OrgUnit.named(LocalizedText.zhEn("国际劳工研究所",
 *     "International Institute for Labour Studies")));
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractPostOrigin {
  /**
   * Returns the kind of origin.
   *
   * @return the kind of origin
   */
  public abstract OriginKind kind();

  /**
   * Returns the unit the posts come from, for transfers and redeployments, if named.
   *
   * @return the unit they come from
   */
  public abstract Optional<OrgUnit> from();

  /**
   * Returns an origin that names no unit.
   *
   * @param kind the kind of origin
   * @return the origin
   */
  public static PostOrigin of(OriginKind kind) {
    return PostOrigin.of(kind, Optional.empty());
  }

  /**
   * Returns a transfer from a named unit.
   *
   * @param unit the unit the posts come from
   * @return the origin
   */
  public static PostOrigin transferredFrom(OrgUnit unit) {
    return PostOrigin.of(OriginKind.TRANSFERRED, Optional.of(unit));
  }

  @Override
  public String toString() {
    String kind = kind().name().toLowerCase(java.util.Locale.ROOT);
    return from().map(u -> kind + " from " + u).orElse(kind);
  }
}
