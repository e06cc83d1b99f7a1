package org.reformkit.core.model;

/** The kind of work a post does, as reports group posts ("22 new technical posts"). */
public enum PostCategory {
  /** Technical (specialist) work for constituents. */
  TECHNICAL,
  /** Management of a unit or office. */
  MANAGERIAL,
  /** Administrative and business support in the Professional category. */
  ADMINISTRATIVE,
  /** General service support. */
  SUPPORT,
  /** Any other kind of post. */
  OTHER
}
