package org.reformkit.core.model;

/** Where a post comes from, or what happens to it. */
public enum OriginKind {
  /** A newly created post. */
  NEW,
  /** Transferred from another unit, which should be named. */
  TRANSFERRED,
  /** Redeployed from other work in the same unit or from elsewhere. */
  REDEPLOYED,
  /** Abolished by the reform. */
  ABOLISHED,
  /** An existing post that stays where it is. */
  EXISTING
}
